package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.govsite.client.ClientException;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Rejection;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.Resolution;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncResult;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Edits the real server refuses for a reason of their own become REJECTED with its error while the others are
 * pushed; dropping and requeueing them; failures that are not the entry's leave the queue alone; site deletes are
 * signed with the operator's key, and rejected cleanly without one.
 */
class RejectedSyncTest extends RealServerTest {

    private static final String ORG = RealServerSyncTest.ORG;

    private static ObjectNode invalid(String id) {
        return RealServerSyncTest.organisation(id, "无效机构").put("kind", "NOT-A-KIND");
    }

    private int status(String path) {
        return assertThrows(ClientException.class, () -> other.get(path)).status();
    }

    /** Organisation a on version 1 on the server and in the replica; my invalid edit of it, then b, then a again. */
    private Rejection rejectedEditOfA() {
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("a", "甲"));
        engine.pull(null);
        replica.queueUpsert(ORG, "a", 1, invalid("a"));
        replica.queueUpsert(ORG, "b", 0, RealServerSyncTest.organisation("b", "乙"));
        replica.queueUpsert(ORG, "a", 1, RealServerSyncTest.organisation("a", "甲（后改）"));
        assertEquals(new SyncResult(0, 1, 0, 1, replica.cursor(), false), engine.push(null));
        assertEquals("乙", other.get("/api/v1/organisations/b").get("name").asText(), "the valid edit after it went");
        List<Rejection> rejections = engine.rejections();
        assertEquals(1, rejections.size());
        Rejection rejection = rejections.get(0);
        assertEquals(ErrorCode.REQ_INVALID_FIELD.code(), rejection.code());
        assertFalse(rejection.message().isBlank(), "the server's detail is kept");
        assertEquals("NOT-A-KIND", rejection.mine().data().get("kind").asText());
        assertEquals(List.of(OutboxEntry.REJECTED, OutboxEntry.QUEUED),
                replica.outbox().stream().map(OutboxEntry::state).toList());
        assertEquals("甲", other.get("/api/v1/organisations/a").get("name").asText());
        return rejection;
    }

    @Test
    void anInvalidEditIsRejectedAndTheObjectsLaterEditsWaitBehindIt() {
        rejectedEditOfA();
        assertEquals(new SyncResult(0, 0, 0, 0, replica.cursor(), false), engine.push(null));
        assertEquals(1, other.getVersioned("/api/v1/organisations/a").version(), "the later edit waits");
        assertEquals(2, replica.outbox().size());
    }

    @Test
    void droppingARejectedEditKeepsTheRecordAndLetsTheLaterEditsGo() {
        engine.resolve(rejectedEditOfA(), Resolution.TAKE_THEIRS, null);
        assertEquals(List.of(), engine.rejections());
        assertEquals("甲", replica.find(ORG, "a").orElseThrow().data().get("name").asText());
        assertEquals(1, engine.push(null).pushed());
        assertEquals("甲（后改）", other.get("/api/v1/organisations/a").get("name").asText());
        assertEquals(List.of(), replica.outbox());
    }

    @Test
    void aCorrectedEditIsRequeuedAtTheEndWithANewKey() {
        Rejection rejection = rejectedEditOfA();
        replica.drop(replica.outbox().get(1));
        engine.resolve(rejection, Resolution.MERGE, RealServerSyncTest.organisation("a", "甲（更正）"));
        OutboxEntry requeued = replica.outbox().get(0);
        assertEquals(OutboxEntry.QUEUED, requeued.state());
        assertEquals(1, requeued.baseVersion());
        assertTrue(requeued.seq() > rejection.mine().seq(), "at the end of the queue");
        assertNotEquals(rejection.mine().idempotencyKey(), requeued.idempotencyKey());
        assertEquals(new SyncResult(0, 1, 0, 0, replica.cursor(), false), engine.push(null));
        assertEquals("甲（更正）", other.get("/api/v1/organisations/a").get("name").asText());
        assertEquals(2, replica.find(ORG, "a").orElseThrow().version());
    }

    @Test
    void anEndedSessionStopsThePushWithoutRejectingAnything() {
        replica.queueUpsert(ORG, "a", 0, invalid("a"));
        replica.queueUpsert(ORG, "b", 0, RealServerSyncTest.organisation("b", "乙"));
        mine.logout();
        assertThrows(ClientException.class, () -> engine.push(null));
        assertEquals(List.of(OutboxEntry.QUEUED, OutboxEntry.QUEUED),
                replica.outbox().stream().map(OutboxEntry::state).toList());
        platform.stop();
        assertTrue(new SyncEngine(replica, new ClientSyncRemote(other)).push(null).offline());
        assertEquals(List.of(), engine.rejections());
        assertEquals(2, replica.outbox().size());
        platform.start();
    }

    /** Their organisation "host" and site "s1" (version 1), pulled. */
    private void site() {
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("host", "省政府办公厅"));
        other.post("/api/v1/sites", JsonNodeFactory.instance.objectNode().put("id", "s1").put("name", "省政府门户网站")
                .put("kind", "PORTAL").put("level", "PROVINCE").put("host", "host").put("mainDomain", "www.s1.gov.cn")
                .put("status", "RUNNING"));
        engine.pull(null);
    }

    @Test
    void aQueuedSiteDeleteIsSignedWithTheOperatorKeyAskedForWhenItIsPushed() {
        site();
        AtomicInteger asked = new AtomicInteger();
        SyncEngine signing = new SyncEngine(replica, new ClientSyncRemote(mine, () -> {
            asked.incrementAndGet();
            return Optional.of(me.key().privateKey());
        }));
        replica.queueUpsert(ORG, "b", 0, RealServerSyncTest.organisation("b", "乙"));
        assertEquals(1, signing.push(null).pushed());
        assertEquals(0, asked.get(), "no site delete, no key asked for");
        replica.queueDelete("site", "s1", 1);
        assertEquals(new SyncResult(0, 1, 0, 0, replica.cursor(), false), signing.push(null));
        assertEquals(1, asked.get());
        assertEquals(404, status("/api/v1/sites/s1"));
        assertTrue(replica.find("site", "s1").isEmpty());
    }

    @Test
    void aSiteDeleteWithoutAKeyIsRejectedAndGoesOnceTheKeyIsThere() {
        site();
        replica.queueDelete("site", "s1", 1);
        replica.queueUpsert(ORG, "b", 0, RealServerSyncTest.organisation("b", "乙"));
        assertEquals(new SyncResult(0, 1, 0, 1, replica.cursor(), false),
                new SyncEngine(replica, new ClientSyncRemote(mine, Optional::empty)).push(null));
        Rejection rejection = engine.rejections().get(0);
        assertEquals(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED.code(), rejection.code());
        assertEquals("省政府门户网站", other.get("/api/v1/sites/s1").get("name").asText());

        engine.resolve(rejection, Resolution.KEEP_MINE, null);
        SyncEngine signing = new SyncEngine(replica, new ClientSyncRemote(mine, () -> Optional.of(me.key().privateKey())));
        assertEquals(1, signing.push(null).pushed());
        assertEquals(404, status("/api/v1/sites/s1"));
        assertEquals(List.of(), replica.outbox());
    }
}
