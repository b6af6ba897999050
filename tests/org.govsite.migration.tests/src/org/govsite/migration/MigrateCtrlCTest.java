package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.govsite.migration.cli.MigrateMain;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.testing.ChildJvm;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGTERM) to govsite migrate in a child JVM, started as the script starts it: on a flat class path. */
class MigrateCtrlCTest {
    /** The JVM's exit code after SIGTERM once its shutdown hooks have run (128 + 15). */
    private static final int TERMINATED = 143;

    @Test
    void ctrlCStopsTheRunAtTheNextPageAndSaysSo(@TempDir Path temp) throws Exception {
        try (LegacySite slow = LegacySites.standard().beforeAnswer(MigrateCtrlCTest::pause).start()) {
            Path mapping = temp.resolve("mapping.csv");
            try (Writer out = Files.newBufferedWriter(mapping)) {
                MappingCsv.write(LegacySites.mapping(), out);
            }
            try (ChildJvm child = ChildJvm.launcher(MigrateMain.class).args("--site", slow.url("/").toString(), "--mapping",
                    mapping.toString(), "--new-site", LegacySites.NEW_SITE, "--report", temp.resolve("r.json").toString(),
                    "--lang", "en").start()) {
                child.awaitLine(Pattern.compile("^\\[1\\] http://"), Duration.ofSeconds(60));
                child.stop(Duration.ofSeconds(30)); // SIGTERM, as Ctrl-C: the JVM's shutdown hooks run
                int exit = child.waitFor(Duration.ofSeconds(10)); // and all it printed read
                assertEquals(TERMINATED, exit, "ended by the signal once its hook returned, not killed: " + child.output());
                assertTrue(child.output().contains("Cancelled: no report was written."), child.output());
            }
            assertFalse(Files.exists(temp.resolve("r.json")));
        }
    }

    /** Each page of the legacy site takes a while, so that the crawl is still running when the signal comes. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
