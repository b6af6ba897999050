package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;

import org.jsoup.Jsoup;

/** Pages written by the content tests: a clean article page whose tags and body each test changes. */
final class TestPages {
    static final URI PAGE = URI.create("http://www.hefei.gov.cn/zwdt/art_1.html");
    static final String FOOTER = "<div class=\"footer\">主办：合肥市人民政府办公室 网站标识码：3401000001 "
            + "皖ICP备05002528号 皖公网安备 34010402700602号</div>";
    static final String ARTICLE_BODY = "<h1>合肥市召开政务公开工作会议</h1><p class=\"info\">发布时间：2026-05-18 10:19 "
            + "信息来源：市政府办公室</p><p>会议要求，各单位要做好政务公开工作。</p>"
            + "<img src=\"/images/meeting.jpg\" alt=\"会议现场\"><a href=\"/zwdt/\">返回列表</a>" + FOOTER;

    private TestPages() {
    }

    /** @return the tags of a clean article page, in order, to change before {@link #html} */
    static Map<String, String> articleTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("SiteName", "合肥市人民政府");
        tags.put("SiteDomain", "www.hefei.gov.cn");
        tags.put("SiteIDCode", "3401000001");
        tags.put("ColumnName", "政务动态");
        tags.put("ColumnDescription", "合肥市政务动态");
        tags.put("ColumnKeywords", "政务动态,工作动态");
        tags.put("ColumnType", "工作动态");
        tags.put("ArticleTitle", "合肥市召开政务公开工作会议");
        tags.put("PubDate", "2026-05-18 10:19");
        tags.put("ContentSource", "市政府办公室");
        tags.put("Keywords", "政务公开");
        tags.put("Author", "张三");
        tags.put("Description", "合肥市召开政务公开工作会议");
        tags.put("Image", "http://www.hefei.gov.cn/images/meeting.jpg");
        tags.put("Url", "http://www.hefei.gov.cn/zwdt/art_1.html");
        return tags;
    }

    static String html(Map<String, String> tags, String head, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>");
        tags.forEach((name, content) -> html.append("<meta name=\"").append(name).append("\" content=\"")
                .append(content).append("\">"));
        return html.append(head).append("</head><body>").append(body).append("</body></html>").toString();
    }

    /** @return each finding as "RULE evidence" */
    static Set<String> check(ContentSettings settings, Map<String, String> tags, String head, String body) {
        return describe(new ContentChecks(settings).findings(PAGE, Jsoup.parse(html(tags, head, body), PAGE.toString())));
    }

    static Set<String> check(Map<String, String> tags, String body) {
        return check(ContentSettings.defaults(), tags, "", body);
    }

    static Set<String> describe(List<Finding> findings) {
        Set<String> described = new TreeSet<>();
        for (Finding finding : findings) {
            described.add(finding.ruleId() + " " + finding.evidence());
        }
        return described;
    }
}
