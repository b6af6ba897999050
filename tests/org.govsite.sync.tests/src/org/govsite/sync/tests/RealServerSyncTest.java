package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.client.Versioned;
import org.govsite.crypto.Sm3;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.Conflict;
import org.govsite.sync.Resolution;
import org.govsite.sync.SyncResult;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The engine over {@link ClientSyncRemote} against a real platform server: pull, push, each resolution, offline. */
class RealServerSyncTest extends RealServerTest {

    static final String ORG = "organisation";

    static ObjectNode organisation(String id, String name) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("name", name).put("kind", "GOVERNMENT");
    }

    private Versioned<JsonNode> server(String id) {
        return other.getVersioned("/api/v1/organisations/" + id);
    }

    @Test
    void pullBringsTheServersOrganisations() {
        for (int i = 0; i < 5; i++) {
            other.post("/api/v1/organisations", organisation("org-" + i, "机构" + i));
        }
        other.put("/api/v1/organisations/org-3", organisation("org-3", "机构三"), 1);
        SyncResult result = engine.pull(null);
        assertEquals(6, result.pulled());
        assertEquals(5, replica.count(ORG));
        Record three = replica.find(ORG, "org-3").orElseThrow();
        assertEquals(2, three.version());
        assertEquals("机构三", three.data().get("name").asText());
        assertEquals(server("org-3").value(), three.data());
        assertEquals(0, engine.pull(null).pulled());
    }

    @Test
    void pushCreatesUpdatesAndDeletesWithTheServersVersions() {
        other.post("/api/v1/organisations", organisation("gone", "将删除"));
        engine.pull(null);
        replica.queueUpsert(ORG, "new", 0, organisation("new", "新机构"));
        replica.queueUpsert(ORG, "new", 0, organisation("new", "新机构（改）"));
        replica.queueDelete(ORG, "gone", 1);
        assertEquals(new SyncResult(0, 3, 0, 0, replica.cursor(), false), engine.push(null));
        assertEquals(2, server("new").version());
        assertEquals("新机构（改）", server("new").value().get("name").asText());
        assertEquals(server("new").value(), replica.find(ORG, "new").orElseThrow().data());
        assertTrue(replica.find(ORG, "gone").isEmpty());
        assertEquals(List.of(), replica.outbox());
        engine.pull(null);
        assertEquals(List.of("new"), replica.list(ORG).stream().map(Record::id).toList());
        assertEquals(2, replica.find(ORG, "new").orElseThrow().version());
    }

    /** Their organisation "host", site "s1" and its column "news". */
    private void siteWithColumn() {
        other.post("/api/v1/organisations", organisation("host", "省政府办公厅"));
        other.post("/api/v1/sites", JsonNodeFactory.instance.objectNode().put("id", "s1").put("name", "省政府门户网站")
                .put("kind", "PORTAL").put("level", "PROVINCE").put("host", "host").put("mainDomain", "www.s1.gov.cn")
                .put("status", "RUNNING").set("aliases", JsonNodeFactory.instance.arrayNode()));
        other.post("/api/v1/sites/s1/columns", column("news", "新闻动态", "news"));
    }

    @Test
    void sitesAndColumnsArePulledAndPushedOnTheirNestedPaths() {
        siteWithColumn();
        assertEquals(3, engine.pull(null).pulled());
        assertEquals("省政府门户网站", replica.find("site", "s1").orElseThrow().data().get("name").asText());
        Record news = replica.find("column", "news").orElseThrow();
        assertEquals("s1", news.data().get("site").asText());

        replica.queueUpsert("column", "news", news.version(), ((ObjectNode) news.data().deepCopy()).put("name", "要闻"));
        replica.queueUpsert("column", "notice", 0, column("notice", "通知公告", "notice").put("site", "s1"));
        replica.queueDelete("column", "news", news.version());
        assertEquals(3, engine.push(null).pushed());
        assertEquals("通知公告", other.get("/api/v1/sites/s1/columns/notice").get("name").asText());
        engine.pull(null);
        assertEquals(List.of("notice"), replica.list("column").stream().map(Record::id).toList());
        assertEquals(other.get("/api/v1/sites/s1/columns/notice"), replica.find("column", "notice").orElseThrow().data());
    }

    @Test
    void articlesArePulledAndPushed() {
        siteWithColumn();
        ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", "a1").put("title", "关于政务公开的通知")
                .put("publishedAt", "2026-05-18 10:19").put("source", "省政府办公厅").put("body", "<p>正文。</p>");
        article.putArray("columns").add("news");
        other.post("/api/v1/articles", article);
        engine.pull(null);
        Record pulled = replica.find("article", "a1").orElseThrow();
        assertEquals(other.get("/api/v1/articles/a1"), pulled.data());
        replica.queueUpsert("article", "a1", pulled.version(), ((ObjectNode) pulled.data().deepCopy()).put("title", "关于政务公开的通知（修订）"));
        assertEquals(1, engine.push(null).pushed());
        Versioned<JsonNode> server = other.getVersioned("/api/v1/articles/a1");
        assertEquals("关于政务公开的通知（修订）", server.value().get("title").asText());
        assertEquals(new Record("article", "a1", server.version(), server.value()), replica.find("article", "a1").orElseThrow());
    }

    @Test
    void anArticlesKeptImageAndAttachmentAreStoredOnTheServerBeforeIt() {
        siteWithColumn();
        engine.pull(null);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String image = Sm3.digestHex(png);
        String attachment = Sm3.digestHex(pdf);
        replica.files().keep(new KeptFile(image, "image/png", "封面.png", png));
        replica.files().keep(new KeptFile(attachment, "application/pdf", "附件.pdf", pdf));
        ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", "a2").put("title", "带附件的通知")
                .put("publishedAt", "2026-05-18 10:19").put("source", "省政府办公厅").put("body", "<p>见附件。</p>")
                .put("image", image);
        article.putArray("columns").add("news");
        article.putArray("attachments").add(attachment);
        replica.queueUpsert("article", "a2", 0, article);
        assertEquals(1, engine.push(null).pushed());
        assertArrayEquals(png, other.getBytes("/api/v1/attachments/" + image));
        assertArrayEquals(pdf, other.getBytes("/api/v1/attachments/" + attachment));
        JsonNode stored = other.get("/api/v1/articles/a2");
        assertEquals(image, stored.get("image").asText());
        assertEquals(attachment, stored.get("attachments").get(0).asText());
        assertTrue(replica.files().find(image).isEmpty() && replica.files().find(attachment).isEmpty());
    }

    static ObjectNode column(String id, String name, String pathSegment) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("name", name).put("pathSegment", pathSegment)
                .put("category", "NEWS");
    }

    /** Both edit org a on version 1; theirs lands first. */
    private Conflict conflict() {
        other.post("/api/v1/organisations", organisation("a", "甲"));
        other.post("/api/v1/organisations", organisation("b", "乙"));
        engine.pull(null);
        replica.queueUpsert(ORG, "a", 1, organisation("a", "我的甲"));
        other.put("/api/v1/organisations/a", organisation("a", "他们的甲"), 1);
        replica.queueUpsert(ORG, "b", 1, organisation("b", "我的乙"));
        SyncResult result = engine.push(null);
        assertEquals(1, result.pushed());
        assertEquals(1, result.conflicts());
        assertEquals("我的乙", server("b").value().get("name").asText());
        List<Conflict> conflicts = engine.conflicts();
        assertEquals(1, conflicts.size());
        Conflict conflict = conflicts.get(0);
        assertEquals(OutboxEntry.CONFLICT, conflict.mine().state());
        assertEquals("我的甲", conflict.mine().data().get("name").asText());
        assertEquals(2, conflict.theirs().version());
        assertEquals(server("a").value(), conflict.theirs().data());
        assertEquals("他们的甲", server("a").value().get("name").asText());
        return conflict;
    }

    @Test
    void keepMineOverwritesTheirsOnlyAfterTheOperatorSaysSo() {
        Conflict conflict = conflict();
        assertEquals(0, engine.push(null).pushed());
        assertEquals("他们的甲", server("a").value().get("name").asText());
        engine.resolve(conflict, Resolution.KEEP_MINE, null);
        assertEquals(1, engine.push(null).pushed());
        assertEquals(3, server("a").version());
        assertEquals("我的甲", server("a").value().get("name").asText());
        assertEquals(server("a").value(), replica.find(ORG, "a").orElseThrow().data());
    }

    @Test
    void takeTheirsKeepsTheServersVersion() {
        engine.resolve(conflict(), Resolution.TAKE_THEIRS, null);
        engine.push(null);
        assertEquals(List.of(), replica.outbox());
        assertEquals(2, server("a").version());
        assertEquals("他们的甲", replica.find(ORG, "a").orElseThrow().data().get("name").asText());
    }

    @Test
    void mergePushesTheMergedFields() {
        Conflict conflict = conflict();
        ObjectNode merged = organisation("a", "我的甲").put("shortName", "他们的简称");
        engine.resolve(conflict, Resolution.MERGE, merged);
        engine.push(null);
        assertEquals(3, server("a").version());
        assertEquals("我的甲", server("a").value().get("name").asText());
        assertEquals("他们的简称", server("a").value().get("shortName").asText());
    }

    @Test
    void aStoppedServerLeavesTheQueueForLater() {
        replica.queueUpsert(ORG, "a", 0, organisation("a", "甲"));
        platform.stop();
        SyncResult offline = engine.push(null);
        assertTrue(offline.offline());
        assertTrue(engine.pull(null).offline());
        assertEquals(1, replica.outbox().size());
        platform.start();
        assertEquals(1, engine.push(null).pushed());
        assertEquals("甲", server("a").value().get("name").asText());
    }
}
