package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.govsite.migration.cli.MigrateApplication;
import org.govsite.migration.cli.MigrateCommand;
import org.govsite.testing.ApplicationContexts;
import org.junit.jupiter.api.Test;

/** The Equinox application org.govsite.migration.cli as the launcher starts it: its arguments, streams, exit code. */
class MigrateApplicationTest {

    @Test
    void runsTheCommandWithTheApplicationArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Object exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = new MigrateApplication().start(ApplicationContexts.of("--lang", "en", "--mirror", "mirror",
                    "--new-site", "http://new.gov.cn/"));
        } finally {
            System.setErr(stderr);
        }
        assertEquals(Integer.valueOf(MigrateCommand.USAGE), exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--mapping is required"), err.toString());
    }
}
