package org.govsite.store.tests;

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

import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file on disk: its size over repeated saves, and its lock against a second program. */
class StoreFileTest {

    /** Stated bound (docs/benchmarks.md): the SMALL province saved 5 times, every column changed each time. */
    private static final long SMALL_FIVE_SAVES_BOUND = 6L * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void repeatedSavesKeepTheFileSmall() throws IOException {
        Platform platform = Fixtures.small();
        for (int round = 0; round < 5; round++) {
            try (PlatformStore store = PlatformStore.open(folder)) {
                int suffix = round;
                Fixtures.allColumns(platform).forEach(column -> column.setKeywords("第" + suffix + "轮"));
                store.save(platform, null);
            }
        }
        long size = Files.size(folder.resolve(PlatformStore.DATABASE_NAME + ".mv.db"));
        System.out.println("store file after 5 saves of the SMALL province: " + size + " bytes");
        assertTrue(size < SMALL_FIVE_SAVES_BOUND, "database file has " + size + " bytes");
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedClearly() throws Exception {
        PlatformStore.open(folder).close();
        Process other = new ProcessBuilder(javaCommand(), "-cp", h2Jar(), "org.h2.tools.Shell", "-url",
                "jdbc:h2:file:" + folder.resolve(PlatformStore.DATABASE_NAME), "-user", "", "-password", "")
                .redirectErrorStream(true).start();
        try {
            awaitPrompt(other);
            StoreException failure = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> PlatformStore.open(folder));
            assertTrue(failure.getMessage().contains(folder.toString()), failure.getMessage());
        } finally {
            try (Writer in = other.outputWriter(StandardCharsets.UTF_8)) {
                in.write("exit\n");
            }
            assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other process did not end");
        }
        PlatformStore.open(folder).close();
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
