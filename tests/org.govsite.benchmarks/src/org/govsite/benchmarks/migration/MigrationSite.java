package org.govsite.benchmarks.migration;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.govsite.migration.MigrationSettings;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.testing.LegacySite;

/**
 * The legacy site the {@code migration.} benchmarks migrate: {@value #PAGES} HTML pages served from memory by the
 * tests' {@link LegacySite} (Jetty on 127.0.0.1), four columns in the styles of the migration tests:
 * <ul>
 * <li>{@code xxgk}: {@code art_1_N.html} pages in GBK (declared only in a {@code <meta>}) with the Guide's page tags
 * (ArticleTitle, PubDate {@code 2019-03-05 10:20}, ContentSource, Author) and a TRS body;</li>
 * <li>{@code news}: {@code t2019MMDD_N.html} pages, UTF-8, {@code #zoom} body, a {@code 发布时间：2019年3月5日 09:30
 * 来源：… 作者：…} line;</li>
 * <li>{@code tzgg}: {@code art_3_N.html}, UTF-8, {@code div.article} with a {@code 日期：2019/3/5} line;</li>
 * <li>{@code bmdt}: {@code t2019MMDD_N.html} in a CMS layout only a template rule reads ({@code .wz .bt}, …).</li>
 * </ul>
 * Each column has list pages of {@value #PER_LIST} articles ({@code index.html}, {@code index_1.html}, …; page tags
 * ColumnName, the first list page links to every other), the home page links to each column's first list page, and
 * seven static pages complete the count. Every tenth article links a PDF of its own (16 KB), every fiftieth an image,
 * every hundredth the shared application form (one DOCX linked from many pages). Article bodies carry links to
 * other articles of the site, which the migration rewrites.
 */
final class MigrationSite {
    static final int PAGES = 20_000;
    static final int PER_LIST = 20;
    static final String NEW_SITE = "http://new.gov.cn/";
    static final List<String> COLUMNS = List.of("xxgk", "news", "tzgg", "bmdt");
    /** Articles per column: 4 columns of articles and their list pages, the home page and 7 static pages. */
    static final int ARTICLES = 4760;
    private static final int LISTS = (ARTICLES + PER_LIST - 1) / PER_LIST;
    private static final String[] STATIC = { "/about.html", "/contact.html", "/map.html", "/zwgk/gkzn.html",
            "/zwgk/gkzd.html", "/zwgk/ysqgk.html", "/help.html" };
    private static final byte[] FORM = pdfLike("申请表", 24 * 1024);

    private MigrationSite() {
    }

    /** @return the site, not started; {@link #PAGES} HTML pages and the attachments */
    static LegacySite generate() {
        LegacySite site = new LegacySite();
        StringBuilder home = new StringBuilder("<ul>");
        for (String column : COLUMNS) {
            home.append("<li><a href=\"/").append(column).append("/index.html\">").append(column).append("</a></li>");
        }
        for (String path : STATIC) {
            home.append("<li><a href=\"").append(path).append("\">").append(path).append("</a></li>");
            site.html(path, utf8Page("关于本站", "<div class=\"content\"><h1>关于本站</h1><p>本站由某市人民政府办公室主办。</p></div>"));
        }
        site.html("/", utf8Page("某市人民政府", home.append("</ul>").toString()));
        site.add("/files/sqb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FORM);
        for (int c = 0; c < COLUMNS.size(); c++) {
            column(site, c);
        }
        return site;
    }

    private static void column(LegacySite site, int c) {
        String column = COLUMNS.get(c);
        for (int list = 0; list < LISTS; list++) {
            StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><meta name=\"ColumnName\" content=\"")
                    .append(column).append("\"><meta name=\"ColumnType\" content=\"列表\"><title>").append(column)
                    .append("_某市人民政府</title></head><body><ul class=\"list\">");
            for (int i = list * PER_LIST; i < Math.min(ARTICLES, (list + 1) * PER_LIST); i++) {
                html.append("<li><a href=\"").append(articlePath(c, i)).append("\">").append(title(c, i))
                        .append("</a><span>").append(date(i)).append("</span></li>");
            }
            html.append("</ul><div class=\"page\">");
            for (int other = 0; other < LISTS; other++) {
                if (list == 0 || other == list - 1 || other == list + 1) {
                    html.append("<a href=\"").append(listPath(column, other)).append("\">").append(other + 1).append("</a> ");
                }
            }
            site.html(listPath(column, list), html.append("</div></body></html>").toString());
        }
        for (int i = 0; i < ARTICLES; i++) {
            article(site, c, i);
        }
    }

    private static void article(LegacySite site, int c, int i) {
        String path = articlePath(c, i);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            body.append("<p>").append(paragraph(c, i, p)).append("</p>");
        }
        body.append("<p>另见<a href=\"").append(articlePath((c + 1) % COLUMNS.size(), (i * 7 + 3) % ARTICLES))
                .append("\">相关文章</a>。</p>");
        if (i % 10 == 0) {
            String pdf = "/files/" + COLUMNS.get(c) + "/" + i + ".pdf";
            site.add(pdf, "application/pdf", pdfLike(title(c, i), 16 * 1024));
            body.append("<p>附件：<a href=\"").append(pdf).append("\">").append(title(c, i)).append("</a></p>");
        }
        if (i % 50 == 0) {
            String png = "/img/" + COLUMNS.get(c) + "/" + i + ".png";
            site.add(png, "image/png", pdfLike("会议照片 " + i, 8 * 1024));
            body.append("<p><img src=\"").append(png).append("\"></p>");
        }
        if (i % 100 == 0) {
            body.append("<p><a href=\"/files/sqb.docx\">申请表</a></p>");
        }
        String title = title(c, i);
        switch (COLUMNS.get(c)) {
        case "xxgk" -> site.gbk(path, ("<html><head><meta charset=\"gb2312\"><title>" + title + "_某市人民政府</title>"
                + "<meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\""
                + String.format("%s %02d:%02d", date(i), 8 + i % 10, i % 60) + "\">"
                + "<meta name=\"ContentSource\" content=\"市政府办公室\"><meta name=\"Author\" content=\"张三\"></head>"
                + "<body><h1>" + title + "</h1><div class=\"TRS_Editor\">" + body + "</div></body></html>")
                .getBytes(LegacySite.GBK));
        case "news" -> site.html(path, utf8Page(title + "_某市", "<h1>" + title + "</h1><div class=\"info\">发布时间："
                + chineseDate(i) + " 09:30 来源：市发改委 作者：李四</div><div id=\"zoom\">" + body + "</div>"));
        case "tzgg" -> site.html(path, utf8Page(title + "_某市", "<div class=\"article\"><h1>" + title
                + "</h1><p>日期：" + date(i).replace('-', '/') + "</p>" + body + "</div>"));
        default -> site.html(path, utf8Page(title, "<div class=\"wz\"><span class=\"bt\">" + title
                + "</span><span class=\"rq\">" + chineseDate(i) + " 08:15</span><span class=\"ly\">市统计局</span>"
                + "<span class=\"zz\">王五</span><div class=\"zw\">" + body + "</div></div>"));
        }
    }

    /** @return how the site is migrated: one redirect rule per column, the static pages archived */
    static MigrationSettings settings() {
        List<MappingRule> rules = new ArrayList<>();
        for (String column : COLUMNS) {
            rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/" + column + "/**"), Outcome.REDIRECT,
                    column, NEW_SITE + column + "/{name}.html"));
        }
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/**"), Outcome.ARCHIVE, "",
                "http://archive.new.gov.cn/{name}.html"));
        List<TemplateRule> templates = List.of(new TemplateRule("bmdt", new UrlPattern(UrlPattern.Syntax.GLOB,
                "/bmdt/**"), ".wz .bt", ".wz .rq", ".wz .ly", ".wz .zz", ".wz .zw", ""));
        return MigrationSettings.of(templates, new Mapping(rules), URI.create(NEW_SITE));
    }

    /** @return the articles the migration imports */
    static int articles() {
        return COLUMNS.size() * ARTICLES;
    }

    private static String listPath(String column, int list) {
        return "/" + column + (list == 0 ? "/index.html" : "/index_" + list + ".html");
    }

    private static String articlePath(int c, int i) {
        String column = COLUMNS.get(c);
        return switch (column) {
        case "xxgk" -> "/xxgk/art_1_" + (100_000 + i) + ".html";
        case "tzgg" -> "/tzgg/art_3_" + (300_000 + i) + ".html";
        default -> "/" + column + "/" + date(i).substring(0, 7).replace("-", "") + "/t" + date(i).replace("-", "")
                + "_" + (c * 1_000_000 + i) + ".html";
        };
    }

    private static String title(int c, int i) {
        return new String[] { "关于印发", "市长调研", "关于开展", "部门动态：" }[c] + "2019年第" + (i + 1) + "号工作通知";
    }

    private static String paragraph(int c, int i, int p) {
        return "各县（市、区）人民政府，市政府各部门：根据工作安排，现将第" + (i + 1) + "项重点工作的第" + (p + 1)
                + "条要求通知如下，请结合实际认真贯彻落实，确保各项任务按期完成。栏目" + c + "。";
    }

    /** @return a date of 2016 to 2019 as {@code yyyy-MM-dd} */
    private static String date(int i) {
        return String.format("%d-%02d-%02d", 2016 + i % 4, 1 + i % 12, 1 + i % 28);
    }

    private static String chineseDate(int i) {
        return (2016 + i % 4) + "年" + (1 + i % 12) + "月" + (1 + i % 28) + "日";
    }

    private static String utf8Page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body
                + "</body></html>";
    }

    /** @return {@code size} bytes starting with a PDF-like header and the text, distinct per text */
    private static byte[] pdfLike(String text, int size) {
        byte[] head = ("%PDF-1.4 " + text + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, Math.min(size, head.length));
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) (i * 31 + text.hashCode());
        }
        return bytes;
    }
}
