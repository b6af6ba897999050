package org.govsite.migration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.testing.LegacySite;
import org.govsite.testing.SampleFiles;

/** The legacy sites the tests migrate, their mapping and template rules. */
final class LegacySites {
    static final byte[] PLAN_PDF = "%PDF-1.4 2019年政务公开工作要点".getBytes(StandardCharsets.UTF_8);
    /** The PNG signature, then text: a PNG as far as types go (docs/migration.md, "Attachments"). */
    static final byte[] PHOTO_PNG = SampleFiles.png("会议照片");
    /** A ZIP holding {@code word/document.xml}: a docx as far as types go. */
    static final byte[] FORM_DOCX = SampleFiles.zip("[Content_Types].xml", "word/document.xml");
    static final byte[] BIG_ZIP = new byte[100 * 1024];
    static final long MAX_ATTACHMENT = 64 * 1024;
    static final String NEW_SITE = "http://new.gov.cn/site/";

    private LegacySites() {
    }

    /**
     * The site: a home page; GBK pages (one with page tags, one with only a TRS layout and an undecodable byte) in
     * {@code art_1_*.html} style; {@code t2019xxxx_*.html} news; an undated page; a malformed page; one article under
     * three URLs; an archived notice; a page under a template rule; an unmapped page; attachments (one oversized); a
     * page only the known-URL list reaches (and a 404 on that list); a redirect and a page robots.txt disallows (both
     * seen live only).
     */
    static LegacySite standard() {
        return new LegacySite()
                .html("/", page("某市人民政府", "<ul><li><a href=\"/xxgk/art_1_101.html\">要点</a></li>"
                        + "<li><a href=\"/xxgk/art_1_102.html\">会议</a></li>"
                        + "<li><a href=\"news/t20190305_789.html\">新闻</a></li>"
                        + "<li><a href=\"/news/undated.html\">无日期</a></li>"
                        + "<li><a href=\"/bad.html\">坏页</a></li>"
                        + "<li><a href=\"/dup/a.html\">重复</a> <a href=\"/dup/a.html?from=index\">重复</a>"
                        + " <a href=\"/dup/b.html\">转载</a></li>"
                        + "<li><a href=\"/old/notice.html\">旧通知</a></li>"
                        + "<li><a href=\"/tpl/t20190401_1.html\">模板</a></li>"
                        + "<li><a href=\"/misc/about.html\">关于</a></li>"
                        + "<li><a href=\"/moved.html\">已迁移</a></li>"
                        + "<li><a href=\"/private/secret.html\">内部</a></li></ul>"))
                .add("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8))
                .redirect("/moved.html", "/xxgk/art_1_101.html")
                .liveOnly("/private/secret.html", page("内部", "<div class=\"article\"><p>内部文章。</p></div>"))
                .gbk("/xxgk/art_1_101.html", gbk("<html><head><meta charset=\"gb2312\">"
                        + "<title>关于印发2019年政务公开工作要点的通知_某市人民政府</title>"
                        + "<meta name=\"ArticleTitle\" content=\"关于印发2019年政务公开工作要点的通知\">"
                        + "<meta name=\"PubDate\" content=\"2019-03-05 10:20\">"
                        + "<meta name=\"ContentSource\" content=\"市政府办公室\">"
                        + "<meta name=\"Author\" content=\"张三\"></head><body><h1>要点</h1>"
                        + "<div class=\"TRS_Editor\"><p>各县（市、区）人民政府：现将要点印发给你们。</p>"
                        + "<p>另见<a href=\"art_1_102.html\">专题会议</a>。</p>"
                        + "<p><img src=\"/img/photo.png\"></p>"
                        + "<p>附件：<a href=\"/files/plan.pdf\">工作要点</a> <a href=\"/files/big.zip\">全部材料</a></p>"
                        + "</div></body></html>"))
                .gbk("/xxgk/art_1_102.html", concat(gbk("<html><head><meta http-equiv=\"Content-Type\" "
                        + "content=\"text/html; charset=GBK\"><title>会议_某市人民政府</title></head><body>"
                        + "<h1>市发改委召开专题会议</h1><div class=\"info\">发布时间：2019年3月6日 09:30 来源：市发改委 "
                        + "作者：李四</div><div id=\"zoom\"><p>会议部署了重点工作。"), new byte[] { (byte) 0xFF },
                        gbk("</p><p>详见<a href=\"/news/t20190305_789.html\">新闻</a>和"
                                + "<a href=\"/old/notice.html\">旧通知</a>。</p></div></body></html>")))
                .html("/news/t20190305_789.html", page("新闻_某市", "<div class=\"article\"><h1>市长调研春耕生产</h1>"
                        + "<p>3月5日，市长到农村调研春耕生产。</p><p>另见<a href=\"/dup/b.html#p2\">转载</a>和"
                        + "<a href=\"../misc/about.html\">本站简介</a>。</p></div>"))
                .html("/news/undated.html", page("一篇没有日期的文章", "<div class=\"content\"><p>正文没有写日期。</p></div>"))
                .html("/bad.html", "<html><head><title>坏页</title><body><p>没有正文容器<p><b>未闭合")
                .html("/dup/a.html", page("重复的文章", "<div class=\"article\"><p>日期：2019-05-01</p><p>同一篇文章。</p></div>"))
                .html("/dup/a.html?from=index", page("重复的文章", "<div class=\"article\"><p>日期：2019-05-01</p><p>同一篇文章。</p></div>"))
                .html("/dup/b.html", page("重复的文章", "<div class=\"article\"><p>日期：2019-05-01</p><p>同一篇文章。</p></div>"))
                .html("/old/notice.html", page("2015年的旧通知", "<div class=\"content\"><p>发布日期：2015-06-01</p>"
                        + "<p>旧通知。</p></div>"))
                .html("/tpl/t20190401_1.html", page("模板页", "<div class=\"wz\"><span class=\"bt\">模板标题</span>"
                        + "<span class=\"rq\">2019年4月2日 08:15</span><span class=\"ly\">市统计局</span>"
                        + "<span class=\"zz\">王五</span><div class=\"zw\"><p>模板正文。</p></div></div>"
                        + "<div class=\"fj\"><a href=\"/tpl/form.docx\">申请表</a></div>"))
                .html("/misc/about.html", page("关于本站", "<div class=\"content\"><p>时间：2018-01-02 08:00</p><p>本站简介。</p></div>"))
                .html("/listed/art_2_201.html", "<html><head><meta name=\"ArticleTitle\" content=\"只在清单中的文章\">"
                        + "<meta name=\"PubDate\" content=\"2019/3/7\"></head><body>"
                        + "<div class=\"article-content\"><p>没有链接指向这里。</p></div></body></html>")
                .add("/files/plan.pdf", "application/pdf", PLAN_PDF)
                .add("/files/big.zip", "application/zip", BIG_ZIP)
                .add("/img/photo.png", "image/png", PHOTO_PNG)
                .add("/tpl/form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        FORM_DOCX);
    }

    /** The known-URL list of the standard site: one page no link reaches, a 404, a page already linked. */
    static List<String> knownPaths() {
        return List.of("/listed/art_2_201.html", "/listed/missing.html", "/xxgk/art_1_101.html");
    }

    static Mapping mapping() {
        return new Mapping(List.of(
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/xxgk/**"), Outcome.REDIRECT, "xxgk",
                        "http://new.gov.cn/xxgk/{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.REGEX, "/news/t[0-9]{8}_[0-9]+\\.html"),
                        Outcome.REDIRECT, "news", "http://new.gov.cn/news/{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/news/*"), Outcome.REDIRECT, "news",
                        "http://new.gov.cn/news/old-{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/listed/**"), Outcome.REDIRECT, "xxgk",
                        "http://new.gov.cn/xxgk/{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/dup/*"), Outcome.REDIRECT, "dup",
                        "http://new.gov.cn/dup/{key}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/tpl/*.html"), Outcome.REDIRECT, "tpl",
                        "http://new.gov.cn/tpl/{name}.html"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/**"), Outcome.ARCHIVE, "",
                        "http://archive.new.gov.cn/old/{name}.html")));
    }

    static List<TemplateRule> templates() {
        return List.of(new TemplateRule("tpl", new UrlPattern(UrlPattern.Syntax.GLOB, "/tpl/**"), ".wz .bt",
                ".wz .rq", ".wz .ly", ".wz .zz", ".wz .zw", ".fj a"));
    }

    static MigrationSettings settings() {
        return new MigrationSettings(templates(), mapping(), MAX_ATTACHMENT,
                MigrationSettings.filesUnder(java.net.URI.create(NEW_SITE)), 2);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body
                + "</body></html>";
    }

    private static byte[] gbk(String html) {
        return html.getBytes(LegacySite.GBK);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
