package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/status: versions, database, change feed head and counts, for any logged-in operator. */
class StatusTest {
    @TempDir
    Path folder;
    private TestServer test;

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(folder);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void anyOperatorSeesTheStatus() {
        long before = Instant.now().getEpochSecond();
        ApiClient.Session editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
        Content content = new Content(test.client, editor);
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.create("/api/v1/sites/s1/columns", Content.column("news", null, "news"));

        ApiClient.Session auditor = test.client.login(test.addOperator("wang.fang", Role.AUDITOR));
        ApiClient.Reply reply = test.client.signed(auditor, "GET", "/api/v1/status", Content.NO_BODY);
        assertEquals(200, reply.status(), reply::text);
        Map<String, Object> status = TestServer.parse(reply);
        assertEquals("1.0.0", status.get("server"));
        assertEquals(1, status.get("protocol"));
        assertEquals(2, status.get("schema"));
        assertEquals("H2", status.get("database"));
        assertEquals(3, status.get("changeFeedHead"));
        assertEquals(3, status.get("operators"));
        assertEquals(1, status.get("sites"));
        assertEquals(0, status.get("articles"));
        long startedAt = ((Number) status.get("startedAt")).longValue();
        assertTrue(startedAt <= before + 1 && startedAt > before - 600, () -> startedAt + " vs " + before);
        assertEquals("GS-AUTH-MISSING-HEADER", test.client.unsigned("GET", "/api/v1/status", Content.NO_BODY).code());
    }
}
