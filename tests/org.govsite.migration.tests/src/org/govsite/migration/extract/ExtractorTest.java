package org.govsite.migration.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;

import org.govsite.migration.source.Download;
import org.govsite.migration.source.LegacySource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Automatic detection on single pages: the documented layouts in order, fallbacks, failures. */
class ExtractorTest {
    private static final URI PAGE = URI.create("http://old.gov.cn/art/art_1_2.html");
    private static final LegacySource NO_SOURCE = new LegacySource() {
        @Override
        public void read(java.util.function.Consumer<org.govsite.migration.source.SourcePage> sink,
                org.eclipse.core.runtime.IProgressMonitor monitor) {
        }

        @Override
        public Download fetch(URI url, long maxBytes) {
            return Download.unreachable("offline");
        }

        @Override
        public void close() {
        }
    };

    private static Extraction extract(URI url, String html) {
        Attachments attachments = new Attachments(NO_SOURCE, 1, AttachmentStore.DIGEST_ONLY, (d, u) -> null);
        return new Extractor(List.of(), attachments).extract(url, Jsoup.parse(html, url.toString()));
    }

    @Test
    void theDocumentedLayoutsAreTriedInOrder() {
        for (String selector : Layouts.BODIES) {
            String container = selector.startsWith("#") ? "<div id=\"" + selector.substring(1) + "\">"
                    : selector.startsWith(".") ? "<div class=\"" + selector.substring(1) + "\">"
                            : "<div class=\"" + selector.substring(selector.indexOf('.') + 1) + "\">";
            Article article = extract(PAGE, "<title>标题</title><div class=\"nav\">导航</div>" + container
                    + "<p>正文 " + selector + "</p></div>").article();
            assertEquals("<p>正文 " + selector + "</p>", article.body(), selector);
        }
        Article trs = extract(PAGE, "<title>t</title><div class=\"content\"><div class=\"TRS_Editor\"><p>内</p></div>"
                + "<p>外</p></div>").article();
        assertEquals("<p>内</p>", trs.body(), ".TRS_Editor before div.content");
    }

    @Test
    void titlesFallBackToHeadingsThenTheTitleElement() {
        assertEquals("标签标题", extract(PAGE, "<meta name=\"articletitle\" content=\" 标签标题 \"><title>网页标题</title>"
                + "<h1>一级标题</h1><div id=\"zoom\">正文</div>").article().title());
        assertEquals("一级标题", extract(PAGE, "<title>网页标题</title><h1>一级标题</h1><div id=\"zoom\">正文</div>")
                .article().title());
        assertEquals("网页标题", extract(PAGE, "<title>网页标题</title><div id=\"zoom\">正文</div>").article().title());
    }

    @Test
    void failuresHaveReasons() {
        assertEquals(ExtractionFailure.NO_BODY, extract(PAGE, "<title>t</title><p>无容器</p>").failure());
        assertEquals(ExtractionFailure.EMPTY_BODY, extract(PAGE, "<title>t</title><div id=\"zoom\"> </div>").failure());
        assertEquals(ExtractionFailure.NO_TITLE, extract(PAGE, "<div id=\"zoom\">正文</div>").failure());
        assertEquals(ExtractionFailure.NOT_ARTICLE, extract(URI.create("http://old.gov.cn/xxgk/"),
                "<title>t</title><div id=\"zoom\">正文</div>").failure());
        assertEquals(ExtractionFailure.NOT_ARTICLE, extract(PAGE, "<meta name=\"ColumnName\" content=\"通知\">"
                + "<title>t</title><div id=\"zoom\">正文</div>").failure());
        assertNull(extract(PAGE, "<title>t</title><div id=\"zoom\"><img src=\"a.png\"></div>").failure(),
                "an image is a body");
    }

    @Test
    void unreachableAttachmentsAreReportedAndKeepTheirLinks() {
        Article article = extract(PAGE, "<title>t</title><div id=\"zoom\"><a href=\"/f/a.PDF\">附件</a>"
                + "<a href=\"/other.html\">页面</a></div>").article();
        assertEquals(List.of(new AttachmentRef(URI.create("http://old.gov.cn/f/a.PDF"), Download.Status.UNREACHABLE,
                "", -1, "offline", null, "")), article.attachments());
        assertEquals("<a href=\"http://old.gov.cn/f/a.PDF\">附件</a><a href=\"http://old.gov.cn/other.html\">页面</a>",
                article.body(), "links made absolute: the old address, which the platform answers after the migration");
        assertEquals(List.of(URI.create("http://old.gov.cn/other.html")), article.pageLinks(), "an attachment is no page link");
    }

    @Test
    void linksToOtherOldPagesAreMadeAbsoluteAndListedOnce() {
        Article article = extract(PAGE, "<title>t</title><div id=\"zoom\"><a href=\"../b/p.html?x=1&amp;y=2#sec\">一</a>"
                + "<a href=\"#top\">顶部</a><a href=\"HTTP://OLD.GOV.CN:80/b/p.html?x=1&amp;y=2\">二</a>"
                + "<a href=\"http://www.gov.cn/\">外站</a><a href=\"mailto:a@old.gov.cn\">信箱</a></div>").article();
        assertEquals("<a href=\"http://old.gov.cn/b/p.html?x=1&amp;y=2#sec\">一</a><a href=\"#top\">顶部</a>"
                + "<a href=\"http://old.gov.cn/b/p.html?x=1&amp;y=2\">二</a><a href=\"http://www.gov.cn/\">外站</a>"
                + "<a href=\"mailto:a@old.gov.cn\">信箱</a>", article.body(),
                "normalised with the fragment kept; fragments of the page, other sites and other schemes as written");
        assertEquals(List.of(URI.create("http://old.gov.cn/b/p.html?x=1&y=2")), article.pageLinks());
    }
}
