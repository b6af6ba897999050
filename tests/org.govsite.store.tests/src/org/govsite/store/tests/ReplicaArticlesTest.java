package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The records of an entity whose JSON text contains a text, read in one pass (the resource library's listing). */
class ReplicaArticlesTest {

    @TempDir
    Path folder;

    private static Change article(long seq, String id, String... columns) {
        var article = JsonNodeFactory.instance.objectNode().put("id", id).put("body", "<p>100%_done\\</p>");
        for (String column : columns) {
            article.withArray("columns").add(column);
        }
        return new Change(seq, "article", id, 1, "upsert", article);
    }

    @Test
    void forEachContainingGivesTheRecordsOfTheEntityNamingTheTextByIdAndCanBeEnded() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(article(1, "b", "c1", "c2"), article(2, "a", "c2"), article(3, "c", "c12"),
                    new Change(4, "column", "c1", 1, "upsert", JsonNodeFactory.instance.objectNode().put("id", "c1"))), 4, false));
            assertEquals(List.of("b"), ids(replica, "\"c1\""), "the quotes keep c12 and the column itself out");
            assertEquals(List.of("a", "b"), ids(replica, "\"c2\""));
            assertEquals(List.of("a", "b", "c"), ids(replica, "%_done\\"), "%, _ and \\ are the text itself");
            assertEquals(List.of(), ids(replica, "100%done"), "a % in the text is no wildcard");
            assertEquals(List.of(), ids(replica, "100%_d_ne"), "nor a _");
            List<String> seen = new ArrayList<>();
            assertThrows(IllegalStateException.class, () -> replica.forEachContaining("article", List.of("\"c2\""), record -> {
                seen.add(record.id());
                throw new IllegalStateException("cancelled");
            }));
            assertEquals(List.of("a"), seen, "an exception ends the pass");
            assertEquals(List.of("a", "b"), ids(replica, "\"c2\""), "and leaves the replica usable");
            List<String> either = new ArrayList<>();
            replica.forEachContaining("article", List.of("\"c1\"", "\"c12\""), record -> either.add(record.id()));
            assertEquals(List.of("b", "c"), either, "one pass for several texts, each record once");
            assertThrows(IllegalArgumentException.class, () -> replica.forEachContaining("article", List.of(), record -> {
            }));
        }
    }

    private static List<String> ids(Replica replica, String text) {
        List<String> ids = new ArrayList<>();
        replica.forEachContaining("article", List.of(text), (Record record) -> ids.add(record.id()));
        return ids;
    }
}
