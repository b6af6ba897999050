package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.govsite.protocol.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server key is pinned on first connection; a server with another key at the same address is refused. */
class PinningTest {
    @TempDir
    Path folder;

    @Test
    void firstConnectionPinsTheKeyTheServerSignsWith() {
        try (TestPlatform platform = TestPlatform.start(folder.resolve("a"));
                PlatformClient client = PlatformClient.open(new ConnectionSettings("新连接", platform.server.uri(), "root", null))) {
            assertThrows(IllegalStateException.class, () -> client.get("/api/v1/health"));
            ServerIdentity identity = client.fetchServerIdentity();
            assertEquals(platform.server.serverKey(), identity.key());
            assertEquals(platform.fingerprint(), identity.fingerprint());
            assertSame(identity, client.serverIdentity());
            assertEquals("UP", client.get("/api/v1/health").path("status").asText());
            assertEquals(identity, client.fetchServerIdentity());
            ConnectionSettings pinned = client.settings().withPinnedFingerprint(identity.fingerprint().toUpperCase());
            assertEquals(identity.fingerprint(), pinned.pinnedFingerprint());
        }
    }

    @Test
    void anotherServerKeyAtThePinnedAddressIsRefused() {
        TestPlatform first = TestPlatform.start(folder.resolve("a"));
        ConnectionSettings settings = first.settings("root");
        PlatformClient pinnedEarlier = PlatformClient.open(settings);
        pinnedEarlier.fetchServerIdentity();
        first.close();
        try (TestPlatform impostor = TestPlatform.start(folder.resolve("b"), settings.baseUri().getPort());
                PlatformClient client = PlatformClient.open(settings)) {
            ClientException mismatch = assertThrows(ClientException.class, client::fetchServerIdentity);
            assertEquals(ErrorCode.RESP_SERVER_KEY_MISMATCH, mismatch.code());
            assertTrue(mismatch.getLocalizedMessage().startsWith("服务器公钥与已固定的公钥不一致"), mismatch::getLocalizedMessage);
            ClientException lazy = assertThrows(ClientException.class, () -> client.get("/api/v1/health"));
            assertEquals(ErrorCode.RESP_SERVER_KEY_MISMATCH, lazy.code());
            assertNull(client.serverIdentity());

            ClientException signedByOther = assertThrows(ClientException.class, () -> pinnedEarlier.get("/api/v1/health"));
            assertEquals(ErrorCode.RESP_BAD_SIGNATURE, signedByOther.code());
            assertEquals(ErrorCode.RESP_SERVER_KEY_MISMATCH,
                    assertThrows(ClientException.class, pinnedEarlier::fetchServerIdentity).code());
        } finally {
            pinnedEarlier.close();
        }
    }
}
