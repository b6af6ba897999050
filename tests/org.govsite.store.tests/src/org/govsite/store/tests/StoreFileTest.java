package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.store.StoreException;
import org.govsite.store.internal.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file on disk: its size over repeated saves, and its lock against a second program. */
class StoreFileTest {

    /**
     * Stated bound (docs/store.md): the SMALL province saved 5 times, every column changed each time, stays under
     * 1 MB and under 1.5 times the file of its first save (measured: 0.5 MB both; 5 MB without compaction).
     */
    private static final long SMALL_FIVE_SAVES_BOUND = 1024L * 1024;

    @TempDir
    Path folder;

    @Test
    void repeatedSavesKeepTheFileSmall() throws IOException {
        Platform platform = Fixtures.small();
        Path file = folder.resolve(PlatformStore.DATABASE_NAME + ".mv.db");
        long firstSave = 0;
        for (int round = 0; round < 5; round++) {
            try (PlatformStore store = PlatformStore.open(folder)) {
                int suffix = round;
                Fixtures.allColumns(platform).forEach(column -> column.setKeywords("第" + suffix + "轮"));
                store.save(platform, null);
            }
            if (round == 0) {
                firstSave = Files.size(file);
            }
        }
        long size = Files.size(file);
        System.out.println("store file of the SMALL province: " + firstSave + " bytes after 1 save, " + size
                + " bytes after 5");
        assertTrue(size < SMALL_FIVE_SAVES_BOUND, "database file has " + size + " bytes");
        assertTrue(size < firstSave * 3 / 2, "database file grew from " + firstSave + " to " + size + " bytes");
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedClearly() throws Exception {
        PlatformStore.open(folder).close();
        Process other = new ProcessBuilder(javaCommand(), "-cp", h2Jar(), "org.h2.tools.Shell", "-url",
                "jdbc:h2:file:" + folder.resolve(PlatformStore.DATABASE_NAME), "-user", "", "-password", "")
                .redirectErrorStream(true).start();
        try {
            awaitPrompt(other);
            StoreException failure = assertThrows(StoreException.class,
                    () -> PlatformStore.open(folder));
            assertEquals(NLS.bind(Messages.InUse, folder.toRealPath()), failure.getMessage());
        } finally {
            try (Writer in = other.outputWriter(StandardCharsets.UTF_8)) {
                in.write("exit\n");
            }
            assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other process did not end");
        }
        PlatformStore.open(folder).close();
    }

    @Test
    void aDamagedFileIsReportedNotOverwritten() throws IOException {
        Path file = Files.write(folder.resolve(PlatformStore.DATABASE_NAME + ".mv.db"), new byte[] {'n', 'o', 't', 'h', '2'});
        StoreException failure = assertThrows(StoreException.class, () -> PlatformStore.open(folder));
        assertTrue(failure.getMessage().startsWith(NLS.bind(Messages.OpenFailed, folder.toRealPath(), "")),
                failure.getMessage());
        assertEquals("noth2", Files.readString(file));
        Files.delete(file);
        PlatformStore.open(folder).close();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws IOException {
        Path file = Files.writeString(folder.resolve("plain-file"), "x");
        StoreException failure = assertThrows(StoreException.class, () -> PlatformStore.open(file));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    }

    private static void awaitPrompt(Process other) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = out.read()) != -1) {
            seen.append((char) c);
            if (seen.toString().endsWith("sql> ")) {
                return;
            }
        }
        throw new IllegalStateException("H2 shell ended: " + seen);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    private static String h2Jar() throws URISyntaxException {
        return new File(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }
}
