package org.govsite.report.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.client.ArticlePage;
import org.govsite.crypto.Sm3;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Statistics read from, and reports published to, a real platform server on loopback. */
class ReportPublisherTest {
    @TempDir
    Path folder;
    private LoopbackPlatform platform;

    @BeforeEach
    void start() {
        platform = new LoopbackPlatform(folder);
        platform.editor.post("/api/v1/organisations", Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"));
        platform.site("hz-portal", "杭州市人民政府门户网站", "www.hangzhou.gov.cn", "3301000001");
        platform.column("hz-portal", "gk", "概况", "OVERVIEW", 0);
        platform.column("hz-portal", "nb", "政府网站工作年度报表", "OPEN_GOVERNMENT", 1);
        platform.editor.post("/api/v1/articles", Map.of("title", "杭州概况", "publishedAt", "2026-03-01 09:00",
                "source", "杭州市人民政府", "body", "<p>概况</p>", "columns", List.of("gk")));
        platform.editor.post("/api/v1/sites/hz-portal/messages", Map.of("id", "m1", "title", "咨询", "receivedAt",
                "2026-05-04 10:00"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void statisticsThroughTheClientAreThoseOfTheServersJson() throws Exception {
        Statistics fromPlatform = new PlatformStatistics(platform.editor).read(2026);
        byte[] json = platform.editor.statistics(2026).toString().getBytes(StandardCharsets.UTF_8);

        assertEquals(Statistics.read(new ByteArrayInputStream(json)), fromPlatform);
        assertEquals(2026, fromPlatform.year());
        SiteStatistics site = fromPlatform.sites().get(0);
        assertEquals("www.hangzhou.gov.cn", site.host());
        assertEquals(1, site.articles().total());
        assertEquals(1, site.articles().overview());
        assertEquals(1, site.messages().received());
        assertEquals(0, new PlatformStatistics(platform.editor).read(2025).sites().get(0).messages().received());
    }

    @Test
    void publishingTwiceKeepsOneArticleWithTheLatestAttachment() {
        ReportPublisher publisher = new ReportPublisher(platform.editor, ReportTexts.CHINESE);
        byte[] first = "first xlsx".getBytes(StandardCharsets.UTF_8);
        byte[] second = "corrected xlsx".getBytes(StandardCharsets.UTF_8);

        Published created = publisher.publish("hz-portal", 2026, first);
        String publishedAt = platform.editor.get("/api/v1/articles/" + created.articleId()).path("publishedAt").asText();
        Published updated = publisher.publish("hz-portal", 2026, second);

        assertTrue(created.created());
        assertFalse(updated.created());
        assertEquals(created.articleId(), updated.articleId());
        assertEquals(created.version() + 1, updated.version());
        ArticlePage listed = platform.editor.articles("nb", "", 100);
        assertEquals(1, listed.articles().size());
        JsonNode article = listed.articles().get(0);
        assertEquals("2026年政府网站工作年度报表", article.path("title").asText());
        assertEquals("杭州市人民政府门户网站", article.path("source").asText());
        assertEquals(List.of(Sm3.digestHex(second)), List.of(article.path("attachments").get(0).asText()));
        assertEquals(1, article.path("attachments").size());
        assertEquals(publishedAt, article.path("publishedAt").asText());
        assertArrayEquals(second, platform.editor.getBytes("/api/v1/attachments/" + updated.attachment()));
    }

    @Test
    void anotherYearIsAnotherArticle() {
        ReportPublisher publisher = new ReportPublisher(platform.editor, ReportTexts.CHINESE);
        publisher.publish("hz-portal", 2025, new byte[] { 1 });
        publisher.publish("hz-portal", 2026, new byte[] { 2 });

        assertEquals(List.of("2025年政府网站工作年度报表", "2026年政府网站工作年度报表"), platform.editor.articles("nb", "", 100)
                .articles().stream().map(a -> a.path("title").asText()).sorted().toList());
    }

    @Test
    void aSiteWithoutAnAnnualReportColumnIsAClearError() {
        platform.site("hz-fgw", "杭州市发展和改革委员会", "drc.hangzhou.gov.cn", "3301000002");
        platform.column("hz-fgw", "fg-gk", "概况", "OVERVIEW", 0);

        NoReportColumnException failure = assertThrows(NoReportColumnException.class,
                () -> new ReportPublisher(platform.editor, ReportTexts.CHINESE).publish("hz-fgw", 2026, new byte[] { 1 }));

        assertEquals("hz-fgw", failure.siteId());
        assertEquals("网站杭州市发展和改革委员会（hz-fgw）没有年度报表栏目（名称含“年度报表”的栏目），请先创建该栏目再发布", failure.getMessage());
    }
}
