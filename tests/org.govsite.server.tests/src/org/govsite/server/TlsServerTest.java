package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.govsite.testing.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server speaking https itself ({@code --tls-keystore}, {@code --tls-password-file}) instead of behind a proxy. */
class TlsServerTest {
    @TempDir
    Path folder;

    @Test
    void theServerSpeaksHttpsWithTheKeyStoreGiven() throws Exception {
        Path keyStore = Tls.keyStore(folder);
        Path password = Files.writeString(folder.resolve("tls-password.txt"), Tls.PASSWORD + "\n");
        PlatformServer server = Main.run(new String[] { "--db", folder.resolve("data").toString(), "--port", "0",
                "--tls-keystore", keyStore.toString(), "--tls-password-file", password.toString() },
                Map.of(Main.PASSPHRASE_VARIABLE, TestServer.PASSPHRASE), System.out).orElseThrow();
        try {
            assertEquals("https", server.uri().getScheme());
            HttpClient https = HttpClient.newBuilder().sslContext(Tls.trusting(keyStore)).build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/health"))
                    .header("X-GovSite-Nonce", "0123456789abcdef0123456789abcdef").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health::body);
            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()), "the JDK does not trust the certificate");
        } finally {
            server.stop();
        }
    }

    @Test
    void aKeyStoreNeedsItsPasswordAndAWrongOneStopsTheStart() throws Exception {
        Path keyStore = Tls.keyStore(folder);
        ServerException missing = assertThrows(ServerException.class, () -> Main.run(new String[] { "--db",
                folder.resolve("data").toString(), "--port", "0", "--tls-keystore", keyStore.toString() },
                Map.of(Main.PASSPHRASE_VARIABLE, TestServer.PASSPHRASE), System.out));
        assertTrue(missing.getMessage().contains("--tls-password-file"), missing.getMessage());
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "not the password\n");
        ServerException refused = assertThrows(ServerException.class, () -> Main.run(new String[] { "--db",
                folder.resolve("data").toString(), "--port", "0", "--tls-keystore", keyStore.toString(), "--tls-password-file",
                wrong.toString() }, Map.of(Main.PASSPHRASE_VARIABLE, TestServer.PASSPHRASE), System.out));
        assertTrue(refused.getMessage().startsWith("The server cannot listen on") || refused.getMessage().startsWith("服务器无法"),
                refused.getMessage());
    }
}
