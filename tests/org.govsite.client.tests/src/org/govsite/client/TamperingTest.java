package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.testing.RelayProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers changed on the way (a relay between client and server) are refused before their body is used; what the
 * client sends (idempotency key, If-Match) arrives signed.
 */
class TamperingTest {
    @TempDir
    Path folder;
    private TestPlatform platform;
    private RelayProxy proxy;
    private Operator editor;
    private PlatformClient client;

    @BeforeEach
    void start() throws Exception {
        platform = TestPlatform.start(folder);
        editor = platform.addOperator("zhang.wei", "content-editor");
        proxy = new RelayProxy(platform.server.uri());
        client = PlatformClient.open(platform.settings(editor.name(), proxy.uri));
        client.login(editor.passwordChars(), editor.key().privateKey());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        proxy.close();
        platform.close();
    }

    private ClientException refusedWith(UnaryOperator<RelayProxy.Answer> change) {
        proxy.tamper(change);
        ClientException e = assertThrows(ClientException.class, () -> client.get("/api/v1/organisations"));
        proxy.tamper(UnaryOperator.identity());
        return e;
    }

    private static RelayProxy.Answer withHeaders(RelayProxy.Answer answer, Map<String, String> changes) {
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.putAll(changes);
        headers.values().removeIf(String::isEmpty);
        return new RelayProxy.Answer(answer.status(), headers, answer.body());
    }

    @Test
    void aFlippedBodyByteIsABodyDigestFailure() {
        ClientException e = refusedWith(answer -> {
            byte[] body = answer.body().clone();
            body[body.length / 2] ^= 1;
            return new RelayProxy.Answer(answer.status(), answer.headers(), body);
        });
        assertEquals(ErrorCode.RESP_BODY_DIGEST, e.code());
        assertTrue(e.getLocalizedMessage().startsWith("响应体的 SM3 摘要与响应体不一致。"), e::getLocalizedMessage);
        assertTrue(client.get("/api/v1/organisations").path("organisations").isArray(), "untouched answers pass");
    }

    @Test
    void aReplacedBodyWithItsOwnDigestOrAChangedStatusIsABadSignature() {
        byte[] forged = "{\"organisations\":[{\"id\":\"fake\"}]}".getBytes(StandardCharsets.UTF_8);
        assertEquals(ErrorCode.RESP_BAD_SIGNATURE, refusedWith(answer -> withHeaders(
                new RelayProxy.Answer(answer.status(), answer.headers(), forged),
                Map.of(ProtocolHeaders.CONTENT_SM3.toLowerCase(), Sm3.digestHex(forged)))).code());
        assertEquals(ErrorCode.RESP_BAD_SIGNATURE, refusedWith(
                answer -> withHeaders(answer, Map.of(ProtocolHeaders.SERVER_MAC.toLowerCase(), ""))).code());
        ClientException status = assertThrows(ClientException.class, () -> {
            proxy.tamper(answer -> new RelayProxy.Answer(201, answer.headers(), answer.body()));
            client.get("/api/v1/organisations");
        });
        assertEquals(ErrorCode.RESP_BAD_SIGNATURE, status.code());
    }

    @Test
    void idempotencyKeyAndIfMatchArriveSignedAndAccepted() {
        String key = "0b6f1c7e-outbox-1";
        Versioned<?> created = client.post("/api/v1/organisations",
                Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"), key);
        Map<String, String> sent = proxy.requests().get(proxy.requests().size() - 1);
        assertEquals(key, sent.get(ProtocolHeaders.IDEMPOTENCY_KEY.toLowerCase()));
        assertTrue(sent.containsKey("authorization"));

        client.put("/api/v1/organisations/hz", Map.of("name", "杭州市政府", "kind", "GOVERNMENT"), created.version(), "0b6f1c7e-outbox-2");
        sent = proxy.requests().get(proxy.requests().size() - 1);
        assertEquals("\"1\"", sent.get("if-match"));
        assertEquals("0b6f1c7e-outbox-2", sent.get(ProtocolHeaders.IDEMPOTENCY_KEY.toLowerCase()));

        proxy.tamperRequests(headers -> {
            headers.put(ProtocolHeaders.IDEMPOTENCY_KEY.toLowerCase(), "another-key");
            return headers;
        });
        ClientException changed = assertThrows(ClientException.class, () -> client.post("/api/v1/organisations",
                Map.of("id", "nb", "name", "宁波市人民政府", "kind", "GOVERNMENT"), "0b6f1c7e-outbox-3"));
        assertEquals(ErrorCode.AUTH_BAD_SIGNATURE, changed.code(), "the signature covers the idempotency key");
    }
}
