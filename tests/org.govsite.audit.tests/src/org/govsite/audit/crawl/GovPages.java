package org.govsite.audit.crawl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Clean government pages for the freshness and audit tests (every page tag, the footer's identity, the source):
 * home, column list and article pages of 合肥市人民政府 (SiteIDCode 3401000001), dated relative to {@link #TODAY}.
 */
final class GovPages {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final String FOOTER = "<div class=\"footer\">主办：合肥市人民政府办公室 网站标识码：3401000001 "
            + "皖ICP备05002528号 皖公网安备 34010402700602号</div>";

    private GovPages() {
    }

    /** @return the date {@code days} before {@link #TODAY}, as YYYY-MM-DD */
    static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }

    /** @return a list entry linking to {@code href}, showing {@code date} */
    static String item(String href, String title, String date) {
        return "<li><a href=\"" + href + "\">" + title + "</a><span class=\"date\">" + date + "</span></li>";
    }

    static Map<String, String> siteTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("SiteName", "合肥市人民政府");
        tags.put("SiteDomain", "www.hefei.gov.cn");
        tags.put("SiteIDCode", "3401000001");
        return tags;
    }

    static Map<String, String> columnTags(String name, String type) {
        Map<String, String> tags = siteTags();
        tags.put("ColumnName", name);
        tags.put("ColumnDescription", name);
        tags.put("ColumnKeywords", name);
        tags.put("ColumnType", type);
        return tags;
    }

    static String home(String body) {
        return html(siteTags(), body);
    }

    /** @return a column list page; {@code items} are {@link #item}s, put in a list */
    static String column(String name, String type, String items) {
        return html(columnTags(name, type), "<h1>" + name + "</h1><ul class=\"list\">" + items + "</ul>");
    }

    /** @return an article page of the column, published at {@code pubDate} (YYYY-MM-DD HH:MM) */
    static String article(String column, String type, String title, String pubDate, String text) {
        Map<String, String> tags = columnTags(column, type);
        tags.put("ArticleTitle", title);
        tags.put("PubDate", pubDate);
        tags.put("ContentSource", "市政府办公室");
        tags.put("Keywords", column);
        tags.put("Author", "张三");
        tags.put("Description", title);
        tags.put("Image", "http://www.hefei.gov.cn/images/a.jpg");
        tags.put("Url", "http://www.hefei.gov.cn/a.html");
        return html(tags, "<h1>" + title + "</h1><p class=\"info\">发布时间：" + pubDate + " 信息来源：市政府办公室</p><p>"
                + text + "</p>");
    }

    static String html(Map<String, String> tags, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>合肥</title>");
        tags.forEach((name, content) -> html.append("<meta name=\"").append(name).append("\" content=\"")
                .append(content).append("\">"));
        return html.append("</head><body>").append(body).append(FOOTER).append("</body></html>").toString();
    }

    /** Serves the page at {@code path}. */
    static void serve(TestSite site, String path, String html) {
        site.bytes(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
