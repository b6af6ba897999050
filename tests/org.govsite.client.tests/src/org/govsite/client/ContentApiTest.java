package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.KeyFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.protocol.PageTime;

/** The typed helpers and high-risk deletes on the content API: status, operators, change feed, sites, columns, articles, attachments. */
class ContentApiTest extends EditorTestBase {
    private static final Map<String, Object> PORTAL = Map.of("id", "hz-portal", "name", "杭州市人民政府门户网站", "kind",
            "PORTAL", "level", "CITY", "host", "hz", "mainDomain", "www.hangzhou.gov.cn", "aliases", List.of(),
            "idCode", "3301000001", "status", "RUNNING");

    @BeforeEach
    void createHost() {
        client.post("/api/v1/organisations", Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"));
    }

    @Test
    void statusCountsWhatTheServerHolds() {
        client.post("/api/v1/sites", PORTAL);
        ServerStatus status = client.status();
        assertEquals("H2", status.database());
        assertEquals(1, status.protocol());
        assertEquals(2, status.operators());
        assertEquals(1, status.sites());
        assertEquals(2, status.changeFeedHead());
        assertTrue(status.startedAt() > 0);
    }

    @Test
    void statisticsOfAYearAreReadSigned() {
        client.post("/api/v1/sites", PORTAL);
        client.post("/api/v1/sites/hz-portal/messages", Map.of("id", "m1", "title", "咨询", "receivedAt", "2025-12-31 16:00",
                "answeredAt", "2026-01-01 10:00", "closedAt", "2026-01-03 16:00", "publicAnswer", true));
        client.post("/api/v1/sites/hz-portal/messages", Map.of("id", "m2", "title", "投诉", "receivedAt", "2026-01-01 00:00"));
        try (PlatformClient auditor = platform.login(platform.addOperator("zhao.min", "auditor"))) {
            JsonNode statistics = auditor.statistics(2025);
            assertEquals(2025, statistics.path("year").asInt());
            JsonNode site = statistics.path("sites").get(0);
            assertEquals("hz-portal", site.path("siteId").asText());
            assertEquals("3301000001", site.path("idCode").asText());
            JsonNode messages = site.path("messages");
            assertEquals(List.of(1, 0, 1), List.of(messages.path("received").asInt(), messages.path("closed").asInt(),
                    messages.path("public").asInt()), "m1 is of 2025 and closed in 2026");
            assertEquals(1, client.statistics(2026).path("sites").get(0).path("messages").path("received").asInt());
            assertEquals(ErrorCode.REQ_INVALID_FIELD, assertThrows(ClientException.class, () -> auditor.statistics(0)).code());
        }
    }

    @Test
    void reviewersPublishASiteAndASecondPublishRendersOnlyWhatChanged() {
        client.post("/api/v1/sites", PORTAL);
        client.post("/api/v1/sites/hz-portal/columns", Map.of("id", "news", "name", "政务动态", "pathSegment", "zwdt",
                "category", "NEWS", "updatePeriodDays", 14, "position", 0));
        Map<String, Object> article = Map.of("id", "a1", "title", "通知", "publishedAt", "2026-05-18 09:30", "source", "市政府办公厅",
                "body", "<p>正文</p>", "columns", List.of("news"));
        client.post("/api/v1/articles", article);
        assertEquals(ErrorCode.AUTH_ROLE, assertThrows(ClientException.class, () -> client.publishSite("hz-portal")).code());
        try (PlatformClient reviewer = platform.login(platform.addOperator("li.na", "content-reviewer"))) {
            PublishedSite first = reviewer.publishSite("hz-portal");
            assertEquals("hz-portal", first.site());
            assertEquals(3, first.pages(), "home, the column's list, the article");
            assertEquals(3, first.rendered());
            assertEquals(List.of("www.hangzhou.gov.cn"), first.hosts());
            client.put("/api/v1/articles/a1", Map.of("id", "a1", "title", "通知", "publishedAt", "2026-05-18 09:30",
                    "source", "市政府办公厅", "body", "<p>正文（更正）</p>", "columns", List.of("news")), 1);
            PublishedSite second = reviewer.publishSite("hz-portal");
            assertEquals(3, second.pages());
            assertEquals(1, second.rendered(), "the article's page only");
            assertFalse(second.generation().equals(first.generation()));
            assertEquals(ErrorCode.REQ_NOT_FOUND, assertThrows(ClientException.class, () -> reviewer.publishSite("none")).code());
        }
    }

    @Test
    void administratorsListOperatorsWithTheirKeys() {
        try (PlatformClient admin = platform.login(platform.admin)) {
            List<OperatorInfo> operators = admin.operators();
            OperatorInfo zhang = operators.stream().filter(o -> o.name().equals(editor.name())).findFirst().orElseThrow();
            assertEquals(List.of("content-editor"), zhang.roles());
            assertFalse(zhang.locked());
            assertNull(zhang.lockedUntil());
            assertEquals(KeyFingerprint.of(editor.key().publicKey()), zhang.publicKeyFingerprint());
            assertEquals(2, operators.size());
        }
        assertEquals(ErrorCode.AUTH_ROLE, assertThrows(ClientException.class, client::operators).code());
    }

    @Test
    void theChangeFeedPagesByCursorAndDeletingASiteIsHighRisk() {
        Versioned<JsonNode> site = client.post("/api/v1/sites", PORTAL);
        client.post("/api/v1/sites/hz-portal/columns", Map.of("id", "zwgk", "name", "政务公开", "pathSegment", "zwgk",
                "category", "OVERVIEW", "updatePeriodDays", 30, "position", 0));

        ChangePage first = client.changes(0, 2);
        assertEquals(2, first.changes().size());
        assertTrue(first.more());
        assertEquals(first.changes().get(1).seq(), first.cursor());
        ChangePage second = client.changes(first.cursor(), 2);
        assertEquals(List.of("column"), second.changes().stream().map(Change::entity).toList());
        assertFalse(second.more());
        Change portal = first.changes().get(1);
        assertEquals("site", portal.entity());
        assertEquals("upsert", portal.op());
        assertEquals("杭州市人民政府门户网站", portal.data().path("name").asText());

        ClientException unsigned = assertThrows(ClientException.class, () -> client.delete("/api/v1/sites/hz-portal", site.version()));
        assertEquals(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, unsigned.code());
        client.deleteHighRisk("/api/v1/sites/hz-portal", site.version(), editor.key().privateKey());
        assertEquals(ErrorCode.REQ_NOT_FOUND, assertThrows(ClientException.class, () -> client.get("/api/v1/sites/hz-portal")).code());
        List<Change> deletes = client.changes(second.cursor(), 10).changes();
        assertTrue(deletes.stream().anyMatch(c -> c.entity().equals("site") && c.op().equals("delete") && c.data() == null), deletes::toString);
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswerAndChangesNothing() {
        Versioned<JsonNode> first = client.post("/api/v1/sites", PORTAL, "outbox-7f3a");
        Versioned<JsonNode> repeat = client.post("/api/v1/sites", PORTAL, "outbox-7f3a");
        assertEquals(first.version(), repeat.version());
        assertEquals(first.value(), repeat.value());
        assertEquals(2, client.changes(0, 100).changes().size());
        assertEquals(ErrorCode.REQ_INVALID_FIELD,
                assertThrows(ClientException.class, () -> client.post("/api/v1/sites", PORTAL, "outbox-other")).code());
    }

    @Test
    void columnsArticlePagesAndAttachmentsByDigest() {
        client.post("/api/v1/sites", PORTAL);
        client.post("/api/v1/sites/hz-portal/columns", Map.of("id", "zwgk", "name", "政务公开", "pathSegment", "zwgk",
                "category", "OPEN_GOVERNMENT", "position", 1));
        client.post("/api/v1/sites/hz-portal/columns", Map.of("id", "gk", "name", "概况", "pathSegment", "gk",
                "category", "OVERVIEW", "position", 0));
        for (String id : List.of("a1", "a2", "a3")) {
            client.post("/api/v1/articles", Map.of("id", id, "title", "文章" + id, "publishedAt", "2026-03-01 09:00",
                    "source", "杭州市人民政府", "body", "<p/>", "columns", List.of("zwgk")));
        }

        assertEquals(List.of("gk", "zwgk"), client.columns("hz-portal").stream().map(c -> c.path("id").asText()).toList());
        ArticlePage first = client.articles("zwgk", "", 2);
        assertEquals(List.of("a1", "a2"), first.articles().stream().map(a -> a.path("id").asText()).toList());
        assertTrue(first.more());
        ArticlePage second = client.articles("zwgk", first.next(""), 2);
        assertEquals("a3", second.articles().get(0).path("id").asText());
        assertFalse(second.more());
        assertEquals(0, client.articles("gk", "", 2).articles().size());

        byte[] bytes = "年度报表".getBytes(StandardCharsets.UTF_8);
        String digest = client.putAttachment(bytes, "text/plain");
        assertEquals(Sm3.digestHex(bytes), digest);
        assertEquals(digest, client.putAttachment(bytes, "text/plain"));
        assertArrayEquals(bytes, client.getBytes("/api/v1/attachments/" + digest));
        byte[] other = "监管报表".getBytes(StandardCharsets.UTF_8);
        ClientException wrong = assertThrows(ClientException.class, () -> client.putAttachment(digest, other, "text/plain"));
        assertEquals(ErrorCode.REQ_CONTENT_DIGEST, wrong.code(), "the platform checks the digest a caller gives");
        assertArrayEquals(bytes, client.getBytes("/api/v1/attachments/" + digest), "the stored file unchanged");
        assertThrows(IllegalArgumentException.class, () -> client.putAttachment("../sessions", other, "text/plain"));
        assertEquals(Sm3.digestHex(other), client.putAttachment(Sm3.digestHex(other), other, "text/plain"));
    }

    @Test
    void articlesInABatchEachWithItsOwnOutcome() {
        client.post("/api/v1/sites", PORTAL);
        client.post("/api/v1/sites/hz-portal/columns", Map.of("id", "zwgk", "name", "政务公开", "pathSegment", "zwgk",
                "category", "OPEN_GOVERNMENT", "position", 1));
        Map<String, Object> first = article("b1", "zwgk");
        Versioned<JsonNode> single = client.post("/api/v1/articles", first, "import-b1");
        List<ArticleBatchItem> items = List.of(new ArticleBatchItem("import-b1", first),
                new ArticleBatchItem("import-b2", article("b2", "zwgk")), new ArticleBatchItem("import-b3", article("b3", "no-such-column")),
                new ArticleBatchItem(null, article("b4", "zwgk")));
        List<ArticleBatchResult> results = client.createArticles(items);
        assertEquals(List.of(true, true, false, true), results.stream().map(ArticleBatchResult::isCreated).toList());
        assertTrue(results.get(0).replayed(), "the key of the single create answers its answer");
        assertEquals(single.value(), results.get(0).created().value());
        assertEquals(1, results.get(1).created().version());
        assertEquals("b2", results.get(1).created().value().path("id").asText());
        ClientException refusal = results.get(2).refusal();
        assertEquals(ErrorCode.REQ_INVALID_FIELD, refusal.code());
        assertEquals(400, refusal.status());
        assertTrue(refusal.detail().contains("no-such-column"), refusal::getMessage);
        assertEquals(ErrorCode.REQ_NOT_FOUND, assertThrows(ClientException.class, () -> client.get("/api/v1/articles/b3")).code());

        List<ArticleBatchResult> again = client.createArticles(items.subList(0, 3));
        assertEquals(List.of(true, true, false), again.stream().map(ArticleBatchResult::replayed).toList());
        assertEquals(results.get(1).created(), again.get(1).created());
        assertEquals(3, client.articles("zwgk", "", 10).articles().size());

        List<ArticleBatchItem> tooMany = java.util.stream.IntStream.rangeClosed(1, PlatformClient.MAX_ARTICLES_PER_BATCH + 1)
                .mapToObj(i -> new ArticleBatchItem("k" + i, article("m" + i, "zwgk"))).toList();
        assertEquals(ErrorCode.REQ_INVALID_FIELD, assertThrows(ClientException.class, () -> client.createArticles(tooMany)).code());
    }

    private static Map<String, Object> article(String id, String column) {
        return Map.of("id", id, "title", "文章" + id, "publishedAt", "2026-03-01 09:00", "source", "杭州市人民政府", "body",
                "<p/>", "columns", List.of(column));
    }

    @Test
    void migrationNoticesAndArchiveSnapshotsAreTypedAndTheirRefusalsExplained() {
        client.post("/api/v1/sites", PORTAL);
        LocalDateTime now = LocalDateTime.now(PageTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        ClientException tooShort = assertThrows(ClientException.class, () -> client.putMigrationNotice("www.old.gov.cn",
                new MigrationNotice.Draft("hz-portal", "hz-portal", "网站迁移公告", "已迁移。", null, now.plusDays(29))));
        assertEquals(ErrorCode.NOTICE_TOO_SHORT, tooShort.code());
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.getLocalizedMessage().startsWith(ErrorCode.NOTICE_TOO_SHORT.message()), tooShort.getLocalizedMessage());
        assertTrue(client.migrationNotice("www.old.gov.cn").isEmpty());

        MigrationNotice notice = client.putMigrationNotice("www.old.gov.cn",
                new MigrationNotice.Draft("hz-portal", "hz-portal", "网站迁移公告", "已迁移。", null, now.plusDays(31)));
        assertEquals("https://www.hangzhou.gov.cn/", notice.address());
        assertTrue(notice.active());
        assertEquals(now.plusDays(31), notice.endTime());
        assertFalse(notice.startTime().isBefore(now.minusMinutes(1)));
        assertEquals(Optional.of(notice), client.migrationNotice("www.old.gov.cn"));
        ClientException locked = assertThrows(ClientException.class, () -> client.deleteMigrationNotice("www.old.gov.cn"));
        assertEquals(ErrorCode.NOTICE_LOCKED, locked.code());
        assertEquals(409, locked.status());

        byte[] html = "<html><body><p>旧页面</p></body></html>".getBytes(StandardCharsets.UTF_8);
        String digest = client.putAttachment(html, "text/html; charset=utf-8");
        List<ArchiveSnapshot> stored = client.putArchiveSnapshots("www.old.gov.cn", Map.of("/old/a.html", SnapshotContent.of(digest)));
        assertEquals(1, stored.size());
        assertEquals("/old/a.html", stored.get(0).path());
        assertEquals(digest, stored.get(0).digest());
        assertTrue(stored.get(0).address().matches("/govsite-archive/[0-9a-f]{64}\\.html"), stored.get(0).address());
        assertTrue(stored.get(0).archivedAt().matches("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}"), stored.get(0).archivedAt());
        assertEquals(stored, client.archiveSnapshots("www.old.gov.cn", "", 10));
        assertEquals(List.of(), client.archiveSnapshots("www.old.gov.cn", "/old/a.html", 10));
        assertEquals(1, client.deleteArchiveSnapshots("www.old.gov.cn", List.of("/old/a.html", "/old/b.html")));
        assertEquals(List.of(), client.archiveSnapshots("www.old.gov.cn", "", 10));
        assertEquals(0, client.deleteArchiveSnapshots("www.old.gov.cn", List.of("/old/a.html")), "deleted already");

        client.putBytes("/api/v1/redirects/www.old.gov.cn", ("{\"entries\":[{\"path\":\"/old/a.html\",\"status\":301,"
                + "\"target\":\"https://new.gov.cn/a.html\"}]}").getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(1, client.get("/api/v1/redirects/www.old.gov.cn").path("entries").size());
        assertEquals(1, client.deleteRedirects("www.old.gov.cn", List.of("/old/a.html")));
        assertEquals(0, client.get("/api/v1/redirects/www.old.gov.cn").path("entries").size());
        ClientException bad = assertThrows(ClientException.class, () -> client.deleteRedirects("www.old.gov.cn", List.of("a.html")));
        assertEquals(ErrorCode.REQ_INVALID_FIELD, bad.code());
    }
}
