package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Failures to reach the server are offline failures, without an error code, with a Chinese message. */
class OfflineTest {
    private static final String FINGERPRINT = "f0c38155b595f98cacf2ed62203db94e6ced7e8590c2303d0ed0d0a6a9cb14ab";

    private static ClientException failure(URI base, ClientOptions options) {
        try (PlatformClient client = PlatformClient.open(new ConnectionSettings("离线", base, "root", FINGERPRINT), options)) {
            return assertThrows(ClientException.class, client::fetchServerIdentity);
        }
    }

    private static void assertOffline(ClientException e) {
        assertTrue(e.isOffline(), e::getMessage);
        assertNull(e.code());
        assertEquals(0, e.status());
        assertTrue(e.getLocalizedMessage().startsWith("无法连接平台服务器"), e::getLocalizedMessage);
    }

    @Test
    void aClosedPortIsOffline() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertOffline(failure(URI.create("http://127.0.0.1:" + port), ClientOptions.DEFAULTS));
    }

    @Test
    void aServerThatNeverAnswersIsOfflineAfterTheResponseTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            long start = System.nanoTime();
            assertOffline(failure(URI.create("http://127.0.0.1:" + silent.getLocalPort()),
                    new ClientOptions(Duration.ofSeconds(2), Duration.ofMillis(300), 2)));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
        }
    }

    @Test
    void anUnknownHostIsOffline() {
        assertOffline(failure(URI.create("http://govsite-platform.invalid:8443"), ClientOptions.DEFAULTS));
    }
}
