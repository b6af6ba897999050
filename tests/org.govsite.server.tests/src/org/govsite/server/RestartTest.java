package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.govsite.crypto.Sm2PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lives only in memory: a restart keeps accounts, data, sessions, the log and the server key. */
class RestartTest {
    @TempDir
    Path folder;

    @Test
    void aRestartKeepsDataSessionsAndTheServerKey() throws Exception {
        Sm2PublicKey key;
        ApiClient.Session session;
        Account editor;
        try (TestServer first = TestServer.withAdministrator(folder)) {
            key = first.server.serverKey();
            editor = first.addOperator("zhang.wei", Role.CONTENT_EDITOR);
            session = first.client.login(editor);
            assertEquals(201, first.client.signed(session, "POST", "/api/v1/organisations",
                    TestServer.json(Map.of("id", "zj", "name", "浙江省人民政府", "kind", "GOVERNMENT"))).status());
        }
        try (TestServer second = TestServer.reopen(folder, null)) {
            assertEquals(key, second.server.serverKey());
            ApiClient.Reply read = second.client.signed(session, "GET", "/api/v1/organisations/zj", new byte[0]);
            assertEquals(200, read.status(), read::text);
            assertEquals("浙江省人民政府", TestServer.parse(read).get("name"));
            assertEquals(200, second.client.signed(second.client.login(editor), "GET", "/api/v1/organisations", new byte[0]).status());
            OperationLog.Verification verification = second.server.operationLog().verify();
            assertTrue(verification.intact(), verification::reason);
        }
    }

    @Test
    void aWrongPassphraseStopsTheStartWithAClearMessage() {
        try (TestServer first = TestServer.withAdministrator(folder)) {
            assertTrue(first.server.uri().getPort() > 0);
        }
        ServerConfig wrongPassphrase = ServerConfig.defaults(folder, "wrong passphrase".toCharArray()).withPort(0);
        ServerException wrong = assertThrows(ServerException.class, () -> PlatformServer.start(wrongPassphrase));
        assertTrue(wrong.getMessage().contains(folder.resolve("server-key.pem").toString()), wrong.getMessage());
    }
}
