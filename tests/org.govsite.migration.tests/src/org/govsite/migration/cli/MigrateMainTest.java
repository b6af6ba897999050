package org.govsite.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** govsite migrate as the script starts it on a flat class path: its arguments, streams and exit code. */
class MigrateMainTest {

    @Test
    void runsTheCommandWithItsArgumentsAndStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        for (int run = 0; run < 2; run++) { // the Ctrl-C hook of a run is gone once it ends: a second run is the same
            err.reset();
            assertEquals(MigrateCommand.USAGE, MigrateMain.run(List.of("--lang", "en", "--mirror", "mirror", "--new-site",
                    "http://new.gov.cn/"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--mapping is required"), err.toString());
        }
        assertEquals(MigrateCommand.OK, MigrateMain.run(List.of("--lang", "en", "--help"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: govsite migrate"), out.toString());
    }
}
