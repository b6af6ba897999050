package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.Conflict;
import org.govsite.sync.Resolution;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The engine's own rules, against {@link ModelServer}. */
class SyncEngineTest {

    private static final String ORG = "organisation";

    @TempDir
    Path folder;

    private final ModelServer server = new ModelServer();
    private Replica replica;
    private SyncEngine engine;

    static ObjectNode named(String id, String name) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("name", name);
    }

    @BeforeEach
    void open() {
        replica = Replica.open(folder);
        engine = new SyncEngine(replica, server);
    }

    @AfterEach
    void close() {
        replica.close();
    }

    @Test
    void pullAppliesEveryPageAndASecondPullFindsNothingNew() {
        for (int i = 0; i < 2500; i++) {
            server.edit(ORG, "o" + i, named("o" + i, "n" + i));
        }
        server.edit(ORG, "o7", named("o7", "renamed"));
        SyncResult first = engine.pull(new NullProgressMonitor());
        assertEquals(new SyncResult(2501, 0, 0, 0, 2501, false), first);
        assertEquals(2500, replica.count(ORG));
        assertEquals(new Record(ORG, "o7", 2, named("o7", "renamed")), replica.find(ORG, "o7").orElseThrow());
        assertEquals(new SyncResult(0, 0, 0, 0, 2501, false), engine.pull(null));
    }

    @Test
    void smallPagesBringTheSameRecords() {
        for (int i = 0; i < 20; i++) {
            server.edit(ORG, "o" + (i % 8), named("o" + (i % 8), "n" + i));
        }
        assertThrows(IllegalArgumentException.class, () -> new SyncEngine(replica, server, 0));
        assertThrows(IllegalArgumentException.class, () -> new SyncEngine(replica, server, SyncEngine.PAGE_SIZE + 1));
        assertEquals(new SyncResult(20, 0, 0, 0, 20, false), new SyncEngine(replica, server, 7).pull(null));
        assertEquals(8, replica.count(ORG));
        assertEquals(new Record(ORG, "o3", 3, named("o3", "n19")), replica.find(ORG, "o3").orElseThrow());
    }

    @Test
    void cancelStopsBetweenPagesKeepingTheAppliedPages() {
        for (int i = 0; i < 2500; i++) {
            server.edit(ORG, "o" + i, named("o" + i, "n" + i));
        }
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(replica.cursor() > 0);
            }
        };
        assertThrows(OperationCanceledException.class, () -> engine.pull(monitor));
        assertEquals(SyncEngine.PAGE_SIZE, replica.cursor());
        assertEquals(SyncEngine.PAGE_SIZE, replica.count(ORG));
    }

    @Test
    void cancelStopsPushBetweenEntriesKeepingTheRest() {
        for (int i = 0; i < 5; i++) {
            replica.queueUpsert(ORG, "o" + i, 0, named("o" + i, "n" + i));
        }
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(server.record(ORG, "o1").isPresent());
            }
        };
        assertThrows(OperationCanceledException.class, () -> engine.push(monitor));
        assertEquals(List.of("o2", "o3", "o4"), replica.outbox().stream().map(OutboxEntry::id).toList());
        assertEquals(List.of("o0", "o1"), replica.list(ORG).stream().map(Record::id).toList());
    }

    @Test
    void pushSendsQueuedEditsInOrderAndKeepsTheServersAnswers() {
        server.edit(ORG, "a", named("a", "A"));
        engine.pull(null);
        replica.queueUpsert(ORG, "a", 1, named("a", "A1"));
        replica.queueUpsert(ORG, "a", 1, named("a", "A2"));
        replica.queueUpsert(ORG, "b", 0, named("b", "B"));
        assertEquals(new SyncResult(0, 3, 0, 0, 1, false), engine.push(null));
        assertEquals(List.of(), replica.outbox());
        assertEquals(new Record(ORG, "a", 3, named("a", "A2")), server.record(ORG, "a").orElseThrow());
        assertEquals(server.record(ORG, "a"), replica.find(ORG, "a"));
        assertEquals(server.record(ORG, "b"), replica.find(ORG, "b"));
        List<Record> before = replica.list(ORG);
        engine.pull(null);
        assertEquals(before, replica.list(ORG));
    }

    @Test
    void aDeleteIsPushedAndRemovesTheRecord() {
        server.edit(ORG, "a", named("a", "A"));
        engine.pull(null);
        replica.queueDelete(ORG, "a", 1);
        engine.push(null);
        assertTrue(server.record(ORG, "a").isEmpty());
        assertTrue(replica.find(ORG, "a").isEmpty());
        engine.pull(null);
        assertTrue(replica.find(ORG, "a").isEmpty());
    }

    @Test
    void keptFilesGoBeforeTheEntryNamingThemAndAreDroppedOnlyOnceNoEntryNamesThem() {
        String image = "c".repeat(64);
        String unused = "d".repeat(64);
        replica.files().keep(new KeptFile(image, "image/png", "封面.png", new byte[] { 1, 2 }));
        replica.files().keep(new KeptFile(unused, "application/pdf", "草稿.pdf", new byte[] { 3 }));
        replica.queueUpsert("article", "a1", 0, named("a1", "文章").put("image", image));
        server.offline(true);
        assertTrue(engine.push(null).offline());
        assertTrue(replica.files().find(image).isPresent(), "still named by the queued article");
        assertTrue(replica.files().find(unused).isEmpty(), "named by nothing");
        server.offline(false);
        assertEquals(1, engine.push(null).pushed());
        assertEquals(List.of(2), List.of(server.file(image).orElseThrow().bytes().length));
        assertTrue(server.file(unused).isEmpty());
        assertTrue(replica.files().find(image).isEmpty(), "pushed: no entry names it");
    }

    @Test
    void aRepeatAfterACrashIsAnsweredWithoutApplyingTwice() {
        OutboxEntry entry = replica.queueUpsert(ORG, "a", 0, named("a", "A"));
        server.push(entry, List.of());
        int writes = server.writes();
        assertEquals(new SyncResult(0, 1, 0, 0, 0, false), engine.push(null));
        assertEquals(writes, server.writes());
        assertEquals(1, replica.find(ORG, "a").orElseThrow().version());
        assertEquals(List.of(), replica.outbox());
    }

    @Test
    void offlineStopsPushAndPullAndKeepsTheQueue() {
        replica.queueUpsert(ORG, "a", 0, named("a", "A"));
        server.offline(true);
        assertTrue(engine.push(null).offline());
        assertTrue(engine.pull(null).offline());
        assertEquals(1, replica.outbox().size());
        server.offline(false);
        assertEquals(1, engine.push(null).pushed());
    }

    /** Both sides edited a; b has no conflict; a second edit of a waits behind the conflict. */
    private Conflict conflictOnA() {
        server.edit(ORG, "a", named("a", "A"));
        server.edit(ORG, "b", named("b", "B"));
        engine.pull(null);
        OutboxEntry mine = replica.queueUpsert(ORG, "a", 1, named("a", "mine"));
        server.edit(ORG, "a", named("a", "theirs"));
        replica.queueUpsert(ORG, "b", 1, named("b", "B1"));
        SyncResult result = engine.push(null);
        assertEquals(new SyncResult(0, 1, 1, 0, 2, false), result);
        List<Conflict> conflicts = engine.conflicts();
        assertEquals(1, conflicts.size());
        Conflict conflict = conflicts.get(0);
        assertEquals(mine.seq(), conflict.mine().seq());
        assertEquals(OutboxEntry.CONFLICT, conflict.mine().state());
        assertEquals(named("a", "mine"), conflict.mine().data());
        assertEquals(new Record(ORG, "a", 2, named("a", "theirs")), conflict.theirs());
        assertEquals("B1", server.record(ORG, "b").orElseThrow().data().get("name").asText());
        return conflict;
    }

    @Test
    void aConflictIsNeverOverwrittenByPushingAgain() {
        conflictOnA();
        replica.queueUpsert(ORG, "a", 1, named("a", "mine again"));
        assertEquals(new SyncResult(0, 0, 0, 0, 2, false), engine.push(null));
        assertEquals("theirs", server.record(ORG, "a").orElseThrow().data().get("name").asText());
        assertEquals(2, replica.outbox().size());
    }

    @Test
    void keepMinePushesMineOnTheirVersion() {
        engine.resolve(conflictOnA(), Resolution.KEEP_MINE, null);
        assertEquals(1, engine.push(null).pushed());
        assertEquals(new Record(ORG, "a", 3, named("a", "mine")), server.record(ORG, "a").orElseThrow());
        assertEquals(server.record(ORG, "a"), replica.find(ORG, "a"));
        assertEquals(List.of(), engine.conflicts());
    }

    @Test
    void takeTheirsDropsMine() {
        int writes = server.writes();
        engine.resolve(conflictOnA(), Resolution.TAKE_THEIRS, null);
        assertEquals(List.of(), replica.outbox());
        engine.push(null);
        assertEquals(writes + 4, server.writes());
        assertEquals(new Record(ORG, "a", 2, named("a", "theirs")), replica.find(ORG, "a").orElseThrow());
    }

    @Test
    void mergePushesTheMergedData() {
        Conflict conflict = conflictOnA();
        JsonNode merged = named("a", "mine").put("shortName", "theirs");
        assertThrows(IllegalArgumentException.class, () -> engine.resolve(conflict, Resolution.MERGE, null));
        engine.resolve(conflict, Resolution.MERGE, merged);
        engine.push(null);
        assertEquals(new Record(ORG, "a", 3, merged), server.record(ORG, "a").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> engine.resolve(new Conflict(replica.queueUpsert(ORG, "c", 0,
                named("c", "C")), null), Resolution.TAKE_THEIRS, null));
    }

    @Test
    void keepingMyDeleteOfAnObjectTheyDeletedDropsIt() {
        server.edit(ORG, "a", named("a", "A"));
        engine.pull(null);
        replica.queueDelete(ORG, "a", 1);
        OutboxEntry theirDelete = new OutboxEntry(0, "their-key", ORG, "a", 1, OutboxEntry.DELETE, null, OutboxEntry.QUEUED);
        server.push(theirDelete, List.of());
        engine.push(null);
        Conflict conflict = engine.conflicts().get(0);
        assertNull(conflict.theirs());
        engine.resolve(conflict, Resolution.KEEP_MINE, null);
        assertEquals(List.of(), replica.outbox());
    }
}
