package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server instances on one database behave as one: a session opened at one is valid at the other, a nonce used
 * at one is a replay at the other, a challenge issued by one is consumed by the other. (Both run in this JVM on one
 * embedded H2 database; separate processes need PostgreSQL or an H2 server, see docs/server.md.)
 */
class TwoInstancesTest {
    @TempDir
    Path folder;

    @Test
    void sessionsNoncesAndChallengesAreShared() {
        try (TestServer first = TestServer.withAdministrator(folder);
                PlatformServer second = PlatformServer.start(TestServer.config(folder))) {
            ApiClient other = new ApiClient(second.uri(), second.serverKey());
            Account auditor = first.addOperator("audit.li", Role.AUDITOR);

            String challenge = first.client.challenge(auditor.name());
            ApiClient.Reply login = other.login(auditor.name(), challenge, auditor.key(), auditor.password());
            assertEquals(200, login.status(), login::text);
            assertEquals("GS-AUTH-CHALLENGE", first.client.login(auditor.name(), challenge, auditor.key(), auditor.password()).code());

            ApiClient.Session session = first.client.login(auditor);
            Map<String, String> headers = new LinkedHashMap<>();
            session.signer().sign("GET", "/api/v1/log", headers, new byte[0]);
            assertEquals(200, other.send("GET", "/api/v1/log", headers, new byte[0]).status());
            assertEquals("GS-AUTH-REPLAY", first.client.send("GET", "/api/v1/log", headers, new byte[0]).code());
        }
    }
}
