package org.govsite.migration.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

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
        return new Extractor(List.of(), attachments, u -> Optional.empty()).extract(url, Jsoup.parse(html, url.toString()));
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
        assertEquals("<a href=\"/f/a.PDF\">附件</a><a href=\"/other.html\">页面</a>", article.body());
    }
}
