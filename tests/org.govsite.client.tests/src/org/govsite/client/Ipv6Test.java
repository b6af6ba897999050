package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.govsite.protocol.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client over IPv6 (the intensive platform must support IPv6): a platform at {@code http://[::1]:port}, its key
 * pinned, two-factor login, signed writes and reads with authenticated answers, and a wrong pinned key refused.
 */
class Ipv6Test {
    @TempDir
    Path folder;

    @Test
    void signedCallsWorkOverIpv6() {
        try (TestPlatform platform = TestPlatform.start(folder, 0, "::1")) {
            URI base = platform.server.uri();
            assertEquals("[::1]", base.getHost());
            Operator editor = platform.addOperator("zhang.wei", "content-editor");
            try (PlatformClient client = platform.login(editor)) {
                client.post("/api/v1/organisations", Map.of("id", "bd", "name", "保定市人民政府", "kind", "GOVERNMENT"));
                assertEquals("保定市人民政府", client.get("/api/v1/organisations/bd").path("name").asText());
            }
            ConnectionSettings wrongKey = platform.settings(editor.name()).withPinnedFingerprint("0".repeat(64));
            try (PlatformClient client = PlatformClient.open(wrongKey)) {
                ClientException refused = assertThrows(ClientException.class,
                        () -> client.login(editor.passwordChars(), editor.key().privateKey()));
                assertEquals(ErrorCode.RESP_SERVER_KEY_MISMATCH, refused.code());
            }
        }
    }
}
