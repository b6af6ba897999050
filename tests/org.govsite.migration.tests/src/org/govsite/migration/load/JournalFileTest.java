package org.govsite.migration.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file: the last entry of a key wins across reopenings, a torn last line is dropped, damage refused. */
class JournalFileTest {
    private static final URI OLD = URI.create("http://old.gov.cn/xxgk/art_1_101.html");
    private static final URI NEW = URI.create("http://new.gov.cn/xxgk/art_1_101.html");

    @TempDir
    Path temp;

    @Test
    void theLastEntryOfAKeyIsItsStateAfterReopening() {
        Path path = temp.resolve("journal.jsonl");
        try (JournalFile journal = JournalFile.open(path)) {
            journal.record(JournalEntry.pending("a", OLD));
            journal.record(JournalEntry.pending("b", OLD));
            journal.record(JournalEntry.imported("a", OLD, "a", 1, NEW));
            journal.record(JournalEntry.failed("b", OLD, "没有栏目"));
        }
        try (JournalFile journal = JournalFile.open(path)) {
            assertEquals(Optional.of(JournalEntry.imported("a", OLD, "a", 1, NEW)), journal.entry("a"));
            assertEquals(Optional.of(JournalEntry.failed("b", OLD, "没有栏目")), journal.entry("b"));
            assertEquals(Optional.empty(), journal.entry("c"));
        }
    }

    /** @return a journal holding one line: key {@code a} pending */
    private Path pendingA() {
        Path path = temp.resolve("journal.jsonl");
        try (JournalFile journal = JournalFile.open(path)) {
            journal.record(JournalEntry.pending("a", OLD));
        }
        return path;
    }

    @Test
    void aLineTornByACrashIsDroppedAndTheJournalGoesOn() throws Exception {
        Path path = pendingA();
        Files.writeString(path, "{\"key\":\"a\",\"url\":\"http://old", StandardOpenOption.APPEND);
        try (JournalFile journal = JournalFile.open(path)) {
            assertEquals(JournalEntry.State.PENDING, journal.entry("a").orElseThrow().state());
            journal.record(JournalEntry.imported("a", OLD, "a", 1, NEW));
        }
        try (JournalFile journal = JournalFile.open(path)) {
            assertEquals(JournalEntry.State.IMPORTED, journal.entry("a").orElseThrow().state());
        }
        assertEquals(2, Files.readAllLines(path, StandardCharsets.UTF_8).size(), "the torn bytes are gone");
    }

    @Test
    void aDamagedLineIsRefusedNamingIt() throws Exception {
        Path path = pendingA();
        Files.writeString(path, "not json\n{\"key\":\"b\",\"url\":null}\n", StandardOpenOption.APPEND);
        JournalException damaged = assertThrows(JournalException.class, () -> JournalFile.open(path));
        assertTrue(damaged.getMessage().startsWith(NLS.bind(Messages.JournalDamaged, new Object[] { path, 2, "" })),
                damaged.getMessage());
        Files.writeString(path, Files.readAllLines(path).get(0) + "\n{\"key\":\"b\",\"url\":null}\n");
        JournalException incomplete = assertThrows(JournalException.class, () -> JournalFile.open(path));
        assertTrue(incomplete.getMessage().startsWith(NLS.bind(Messages.JournalDamaged, new Object[] { path, 2, "" })),
                incomplete.getMessage());
    }
}
