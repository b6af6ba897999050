package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Replica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The files of queued edits: kept durably, found by digest, dropped once no outbox entry names them. */
class KeptFilesTest {

    private static final String IMAGE = "a".repeat(64);
    private static final String PDF = "b".repeat(64);

    @TempDir
    Path folder;

    private static KeptFile file(String digest, String name) {
        return new KeptFile(digest, "application/pdf", name, name.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode article(String image, String... attachments) {
        ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", "a1").put("image", image);
        List.of(attachments).forEach(article.putArray("attachments")::add);
        return article;
    }

    @Test
    void keptFilesOutliveARestartAndGoOnlyWhenNoEntryNamesThem() {
        try (Replica replica = Replica.open(folder)) {
            replica.files().keep(file(IMAGE, "封面.png"));
            replica.files().keep(file(PDF, "通知.pdf"));
            replica.files().keep(file(PDF, "通知.pdf"));
            replica.queueUpsert("article", "a1", 0, article(IMAGE, PDF));
        }
        try (Replica replica = Replica.open(folder)) {
            KeptFile pdf = replica.files().find(PDF).orElseThrow();
            assertEquals(List.of(PDF, "application/pdf", "通知.pdf"), List.of(pdf.digest(), pdf.contentType(), pdf.name()));
            assertArrayEquals("通知.pdf".getBytes(StandardCharsets.UTF_8), pdf.bytes());
            assertEquals(0, replica.files().dropUnreferenced(), "both are named by the queued article");

            OutboxEntry first = replica.outbox().get(0);
            replica.queueUpsert("article", "a1", 0, article(IMAGE));
            replica.drop(first);
            assertEquals(1, replica.files().dropUnreferenced(), "the attachment taken off the article goes");
            assertTrue(replica.files().find(PDF).isEmpty());
            assertTrue(replica.files().find(IMAGE).isPresent());

            replica.drop(replica.outbox().get(0));
            assertEquals(1, replica.files().dropUnreferenced());
            assertTrue(replica.files().find(IMAGE).isEmpty());
        }
    }
}
