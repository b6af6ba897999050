package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.govsite.testing.RelayProxy;
import org.govsite.testing.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client over https, the platform behind a TLS-terminating proxy (docs/server.md) or speaking https itself
 * ({@code --tls-keystore}), its certificate one the JDK does not trust (as a provincial or 政务外网 CA's): with the
 * certificate trusted ({@link ClientOptions#withTrust}) the signed calls work; without, the handshake is refused with
 * a message saying so, before anything is sent.
 */
class TlsTest {
    @TempDir
    Path folder;

    @Test
    void aPlatformBehindTlsIsReachedWhenItsCertificateIsTrustedAndRefusedOtherwise() throws Exception {
        Path keyStore = Tls.keyStore(folder);
        try (TestPlatform platform = TestPlatform.start(folder.resolve("server"));
                RelayProxy https = new RelayProxy(platform.server.uri(), keyStore)) {
            assertEquals("https", https.uri.getScheme());
            Operator editor = platform.addOperator("zhang.wei", "content-editor");
            ClientOptions trusting = ClientOptions.DEFAULTS.withTrust(Tls.trusting(keyStore));
            try (PlatformClient client = PlatformClient.open(platform.settings(editor.name(), https.uri), trusting)) {
                client.login(editor.passwordChars(), editor.key().privateKey());
                client.post("/api/v1/organisations", Map.of("id", "bd", "name", "保定市人民政府", "kind", "GOVERNMENT"));
                assertEquals("保定市人民政府", client.get("/api/v1/organisations/bd").path("name").asText());
            }
            int relayed = https.requests().size();
            try (PlatformClient client = PlatformClient.open(platform.settings(editor.name(), https.uri))) {
                ClientException refused = assertThrows(ClientException.class,
                        () -> client.login(editor.passwordChars(), editor.key().privateKey()));
                assertNull(refused.code());
                assertFalse(refused.isOffline(), "the server was reached: its certificate is not trusted");
                assertTrue(refused.getLocalizedMessage().startsWith("平台服务器的 TLS 证书不受信任"), refused.getLocalizedMessage());
            }
            assertEquals(relayed, https.requests().size(), "nothing went through an untrusted connection");
        }
    }

    @Test
    void aPlatformSpeakingHttpsItselfIsReachedWithItsCertificateTrusted() throws Exception {
        Path keyStore = Tls.keyStore(folder);
        try (TestPlatform platform = TestPlatform.startHttps(folder.resolve("server"), keyStore)) {
            assertEquals("https", platform.server.uri().getScheme());
            Operator editor = platform.addOperator("zhang.wei", "content-editor");
            try (PlatformClient client = platform.login(editor)) {
                client.post("/api/v1/organisations", Map.of("id", "bd", "name", "保定市人民政府", "kind", "GOVERNMENT"));
                assertEquals("保定市人民政府", client.get("/api/v1/organisations/bd").path("name").asText());
            }
            try (PlatformClient client = PlatformClient.open(platform.settings(editor.name()))) {
                ClientException refused = assertThrows(ClientException.class, client::fetchServerIdentity);
                assertTrue(refused.getLocalizedMessage().startsWith("平台服务器的 TLS 证书不受信任"), refused.getLocalizedMessage());
            }
        }
    }
}
