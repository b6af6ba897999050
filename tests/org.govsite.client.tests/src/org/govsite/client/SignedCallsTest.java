package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Signed calls of a logged-in client: ETag flow and conflicts, roles, high-risk operations, many threads. */
class SignedCallsTest extends EditorTestBase {
    private static final Map<String, String> HANGZHOU = Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT",
            "divisionCode", "330100");

    @Test
    void versionsTravelAsETagAndIfMatchAndAStaleOneIsAConflict() {
        Versioned<JsonNode> created = client.post("/api/v1/organisations", HANGZHOU);
        assertEquals(1, created.version());
        assertEquals("杭州市人民政府", created.value().path("name").asText());
        Versioned<JsonNode> read = client.getVersioned("/api/v1/organisations/hz");
        assertEquals(1, read.version());

        Versioned<JsonNode> renamed = client.put("/api/v1/organisations/hz", Map.of("name", "杭州市政府", "kind", "GOVERNMENT"), read.version());
        assertEquals(2, renamed.version());
        assertEquals("杭州市政府", client.get("/api/v1/organisations/hz").path("name").asText());

        ClientException stale = assertThrows(ClientException.class,
                () -> client.put("/api/v1/organisations/hz", Map.of("name", "旧名", "kind", "GOVERNMENT"), 1));
        assertEquals(ErrorCode.CONFLICT_ETAG, stale.code());
        assertEquals(412, stale.status());
        assertTrue(stale.getLocalizedMessage().startsWith("对象已被他人修改（版本冲突）。"), stale::getLocalizedMessage);
        assertEquals(ErrorCode.CONFLICT_ETAG,
                assertThrows(ClientException.class, () -> client.delete("/api/v1/organisations/hz", 1)).code());

        client.delete("/api/v1/organisations/hz", 2);
        ClientException gone = assertThrows(ClientException.class, () -> client.get("/api/v1/organisations/hz"));
        assertEquals(ErrorCode.REQ_NOT_FOUND, gone.code());
        assertEquals(404, gone.status());
    }

    @Test
    void invalidBodiesAndMissingRolesAreTypedErrors() {
        ClientException invalid = assertThrows(ClientException.class,
                () -> client.post("/api/v1/organisations", Map.of("name", "无类型")));
        assertEquals(ErrorCode.REQ_INVALID_FIELD, invalid.code());
        assertTrue(!invalid.detail().isEmpty() && invalid.getLocalizedMessage().contains(invalid.detail()));
        assertEquals(ErrorCode.AUTH_ROLE, assertThrows(ClientException.class, () -> client.log(0, 10)).code());
    }

    @Test
    void roleChangesCarryTheAdministratorsOwnSignature() {
        try (PlatformClient admin = platform.login(platform.admin)) {
            ClientException wrongKey = assertThrows(ClientException.class,
                    () -> admin.changeRoles(editor.name(), Set.of("auditor"), Sm2KeyPair.generate().privateKey()));
            assertEquals(ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE, wrongKey.code());
            admin.changeRoles(editor.name(), Set.of("auditor"), platform.admin.key().privateKey());
        }
        client.login(editor.passwordChars(), editor.key().privateKey());
        assertTrue(client.log(0, 10).entries().stream().anyMatch(e -> e.action().equals("operator.roles")));
        assertEquals(ErrorCode.AUTH_ROLE,
                assertThrows(ClientException.class, () -> client.get("/api/v1/organisations")).code());
    }

    @Test
    void highRiskCallsNeedASession() {
        client.logout();
        assertThrows(IllegalStateException.class,
                () -> client.deleteHighRisk("/api/v1/sites/hz", 1, editor.key().privateKey()));
    }

    @Test
    void threadsShareOneClientAndItsSession() throws Exception {
        client.post("/api/v1/organisations", HANGZHOU);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> names = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                names.add(threads.submit(() -> client.get("/api/v1/organisations/hz").path("name").asText()));
            }
            for (Future<String> name : names) {
                assertEquals("杭州市人民政府", name.get());
            }
        } finally {
            threads.shutdown();
        }
    }
}
