package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.govsite.audit.cli.AuditApplication;
import org.govsite.testing.ApplicationContexts;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Equinox application org.govsite.audit.cli as the launcher starts it: the application arguments from the
 * context, the report on System.out, progress on System.err, the exit code as the returned Integer.
 */
class AuditApplicationTest {

    @Test
    void runsTheCommandWithTheApplicationArguments() throws Exception {
        try (TestSite site = new TestSite().bytes("/", 200, "text/html; charset=utf-8",
                "<html><body><a href=\"/gone.html\">旧栏目</a></body></html>".getBytes(StandardCharsets.UTF_8))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            Object exit;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = new AuditApplication()
                        .start(ApplicationContexts.of("--lang", "en", "--timeout", "5", site.uri.toString()));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            assertEquals(Integer.valueOf(1), exit);
            JsonNode json = new ObjectMapper().readTree(out.toByteArray());
            assertEquals(site.uri.toString(), json.get("sites").get(0).get("home").asText());
            assertTrue(json.get("findings").findValuesAsText("rule").contains("LINK-BROKEN"), json.toString());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("[1] " + site.uri), err.toString());
        }
    }

    @Test
    void noArgumentsIsBadUsage() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(Integer.valueOf(2), new AuditApplication().start(ApplicationContexts.of()));
        } finally {
            System.setErr(stderr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("URL"), err.toString());
    }
}
