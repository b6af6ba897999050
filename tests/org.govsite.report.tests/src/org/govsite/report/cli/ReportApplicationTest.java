package org.govsite.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.govsite.testing.ApplicationContexts;
import org.junit.jupiter.api.Test;

/** The Equinox application org.govsite.report.cli as the launcher starts it: its arguments, streams and exit code. */
class ReportApplicationTest {

    @Test
    void runsTheCommandWithTheApplicationArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Object exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = new ReportApplication().start(ApplicationContexts.of("--lang", "en", "--year", "2026"));
        } finally {
            System.setErr(stderr);
        }
        assertEquals(Integer.valueOf(ReportCommand.USAGE), exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--output is required"), err.toString());
    }
}
