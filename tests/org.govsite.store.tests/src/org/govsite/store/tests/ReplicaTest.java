package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.govsite.store.StoreException;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Rejection;
import org.govsite.store.replica.Replica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class ReplicaTest {

    @TempDir
    Path folder;

    static JsonNode data(String id, String name) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("name", name);
    }

    static Change upsert(long seq, String id, long version, String name) {
        return new Change(seq, "organisation", id, version, "upsert", data(id, name));
    }

    @Test
    void aNewReplicaIsEmptyAtCursorZero() {
        try (Replica replica = Replica.open(folder)) {
            assertEquals(0, replica.cursor());
            assertEquals(List.of(), replica.list("organisation"));
            assertEquals(List.of(), replica.outbox());
            assertTrue(replica.find("organisation", "a").isEmpty());
        }
    }

    @Test
    void applyStoresThePageAndItsCursorAndSurvivesReopening() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 1, "A"), upsert(2, "b", 1, "B")), 2, false));
        }
        try (Replica replica = Replica.open(folder)) {
            assertEquals(2, replica.cursor());
            assertEquals(List.of(new Record("organisation", "a", 1, data("a", "A")),
                    new Record("organisation", "b", 1, data("b", "B"))), replica.list("organisation"));
            assertEquals(2, replica.count("organisation"));
        }
    }

    @Test
    void aChangeNotNewerThanTheStoredRecordChangesNothing() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 3, "three")), 1, false));
            replica.apply(new ChangePage(List.of(upsert(2, "a", 2, "two"), upsert(3, "a", 3, "other three")), 3, false));
            assertEquals(new Record("organisation", "a", 3, data("a", "three")), replica.find("organisation", "a").orElseThrow());
            assertEquals(3, replica.cursor());
        }
    }

    @Test
    void applyingAPageTwiceLeavesTheSameRecords() {
        ChangePage page = new ChangePage(List.of(upsert(1, "a", 1, "A"), upsert(2, "a", 2, "A2"),
                new Change(3, "organisation", "b", 1, "upsert", data("b", "B")),
                new Change(4, "organisation", "b", 2, "delete", null)), 4, false);
        try (Replica replica = Replica.open(folder)) {
            replica.apply(page);
            List<Record> once = replica.list("organisation");
            replica.apply(page);
            assertEquals(once, replica.list("organisation"));
            assertEquals(List.of(new Record("organisation", "a", 2, data("a", "A2"))), once);
        }
    }

    @Test
    void aDeleteRemovesTheRecord() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 1, "A"), upsert(2, "b", 1, "B")), 2, true));
            replica.apply(new ChangePage(List.of(new Change(3, "organisation", "a", 2, "delete", null)), 3, false));
            assertEquals(List.of("b"), replica.list("organisation").stream().map(Record::id).toList());
        }
    }

    @Test
    void entitiesAreSeparate() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "x", 1, "org"),
                    new Change(2, "site", "x", 1, "upsert", data("x", "site"))), 2, false));
            assertEquals("org", replica.find("organisation", "x").orElseThrow().data().get("name").asText());
            assertEquals("site", replica.find("site", "x").orElseThrow().data().get("name").asText());
        }
    }

    @Test
    void queuedEditsKeepTheirOrderKeysAndDataAcrossReopening() {
        OutboxEntry first;
        OutboxEntry second;
        try (Replica replica = Replica.open(folder)) {
            first = replica.queueUpsert("organisation", "a", 0, data("a", "new"));
            second = replica.queueDelete("organisation", "b", 4);
        }
        try (Replica replica = Replica.open(folder)) {
            assertEquals(List.of(first, second), replica.outbox());
        }
        assertTrue(first.seq() < second.seq());
        assertNotEquals(first.idempotencyKey(), second.idempotencyKey());
        assertEquals(OutboxEntry.QUEUED, first.state());
        assertTrue(second.isDelete());
        assertNull(second.data());
    }

    @Test
    void pushedRemovesTheEntryStoresTheAnswerAndRebasesLaterEditsOfTheSameObject() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 3, "A")), 1, false));
            OutboxEntry first = replica.queueUpsert("organisation", "a", 3, data("a", "A1"));
            OutboxEntry second = replica.queueUpsert("organisation", "a", 3, data("a", "A2"));
            OutboxEntry other = replica.queueUpsert("organisation", "b", 3, data("b", "B"));
            replica.pushed(first, new Record("organisation", "a", 4, data("a", "A1")));
            assertEquals(List.of(4L, 3L), replica.outbox().stream().map(OutboxEntry::baseVersion).toList());
            assertEquals(List.of(second.seq(), other.seq()), replica.outbox().stream().map(OutboxEntry::seq).toList());
            assertEquals(4, replica.find("organisation", "a").orElseThrow().version());
        }
    }

    @Test
    void aPushedDeleteRemovesTheRecord() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 3, "A")), 1, false));
            replica.pushed(replica.queueDelete("organisation", "a", 3), null);
            assertEquals(Optional.empty(), replica.find("organisation", "a"));
            assertEquals(List.of(), replica.outbox());
        }
    }

    @Test
    void conflictMarksTheEntryAndKeepsTheirRecord() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 1, "A"), upsert(2, "b", 1, "B")), 2, false));
            OutboxEntry mine = replica.queueUpsert("organisation", "a", 1, data("a", "mine"));
            OutboxEntry gone = replica.queueUpsert("organisation", "b", 1, data("b", "mine"));
            Record theirs = new Record("organisation", "a", 5, data("a", "theirs"));
            replica.conflict(mine, Optional.of(theirs));
            replica.conflict(gone, Optional.empty());
            assertEquals(List.of(OutboxEntry.CONFLICT, OutboxEntry.CONFLICT),
                    replica.outbox().stream().map(OutboxEntry::state).toList());
            assertEquals(theirs, replica.find("organisation", "a").orElseThrow());
            assertTrue(replica.find("organisation", "b").isEmpty());
            assertEquals(data("a", "mine"), replica.outbox().get(0).data());
        }
    }

    @Test
    void rejectMarksTheEntryWithTheServersErrorAndKeepsTheRecord() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, "a", 1, "A")), 1, false));
            OutboxEntry mine = replica.queueUpsert("organisation", "a", 1, data("a", "mine"));
            OutboxEntry other = replica.queueUpsert("organisation", "b", 0, data("b", "B"));
            replica.reject(mine, "GS-REQ-INVALID-FIELD", "kind must be one of GOVERNMENT, DEPARTMENT");
            assertEquals(List.of(OutboxEntry.REJECTED, OutboxEntry.QUEUED),
                    replica.outbox().stream().map(OutboxEntry::state).toList());
            OutboxEntry rejected = replica.outbox().get(0);
            assertEquals(List.of(new Rejection(rejected, "GS-REQ-INVALID-FIELD",
                    "kind must be one of GOVERNMENT, DEPARTMENT")), replica.rejections());
            assertEquals(List.of(mine.seq(), mine.idempotencyKey(), data("a", "mine")),
                    List.of(rejected.seq(), rejected.idempotencyKey(), rejected.data()));
            assertEquals(data("a", "A"), replica.find("organisation", "a").orElseThrow().data());
            assertEquals(Optional.of(other), replica.nextQueued(0));
            assertThrows(StoreException.class, () -> replica.reject(new OutboxEntry(99, "k", "organisation", "x", 0,
                    OutboxEntry.UPSERT, null, OutboxEntry.QUEUED), "GS-REQ-NOT-FOUND", ""));
        }
    }

    @Test
    void dropAllRemovesEveryEntryOfOneObject() {
        try (Replica replica = Replica.open(folder)) {
            replica.queueUpsert("column", "c", 0, data("c", "new"));
            OutboxEntry other = replica.queueUpsert("column", "d", 0, data("d", "D"));
            replica.queueUpsert("column", "c", 0, data("c", "renamed"));
            assertEquals(2, replica.dropAll("column", "c"));
            assertEquals(List.of(other), replica.outbox());
        }
    }

    @Test
    void requeueReplacesTheEntryAtTheEndWithANewKey() {
        try (Replica replica = Replica.open(folder)) {
            OutboxEntry first = replica.queueUpsert("organisation", "a", 1, data("a", "mine"));
            OutboxEntry later = replica.queueUpsert("organisation", "b", 1, data("b", "B"));
            replica.conflict(first, Optional.of(new Record("organisation", "a", 2, data("a", "theirs"))));
            OutboxEntry again = replica.requeue(first, 2, OutboxEntry.UPSERT, data("a", "merged"));
            assertEquals(List.of(later, again), replica.outbox());
            assertNotEquals(first.idempotencyKey(), again.idempotencyKey());
            assertEquals(2, again.baseVersion());
            assertEquals(OutboxEntry.QUEUED, again.state());
            replica.drop(again);
            assertEquals(List.of(later), replica.outbox());
            assertThrows(StoreException.class, () -> replica.drop(again));
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefused() {
        try (Replica replica = Replica.open(folder)) {
            assertThrows(StoreException.class, () -> Replica.open(folder));
        }
        Replica.open(folder).close();
    }

    @Test
    void aClosedReplicaRefusesCalls() {
        Replica replica = Replica.open(folder);
        replica.close();
        replica.close();
        assertThrows(StoreException.class, replica::cursor);
    }

    @Test
    void largePagesAreAppliedInBatches() {
        try (Replica replica = Replica.open(folder)) {
            for (int page = 0; page < 5; page++) {
                long first = page * 2500L + 1;
                List<Change> changes = LongStream.range(first, first + 2500)
                        .mapToObj(seq -> upsert(seq, "o" + seq, 1, "n" + seq)).toList();
                replica.apply(new ChangePage(changes, first + 2499, page < 4));
            }
            assertEquals(12_500, replica.count("organisation"));
            assertEquals(12_500, replica.cursor());
            assertEquals("n777", replica.find("organisation", "o777").orElseThrow().data().get("name").asText());
        }
    }
}
