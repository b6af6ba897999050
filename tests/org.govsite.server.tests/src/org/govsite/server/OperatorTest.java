package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm2KeyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operators managed by system administrators; changing roles is high-risk and needs the operator's SM2 signature. */
class OperatorTest {
    @TempDir
    Path folder;
    private TestServer test;
    private ApiClient client;
    private ApiClient.Session admin;
    private Account editor;

    @BeforeEach
    void start() {
        test = TestServer.withAdministrator(folder);
        client = test.client;
        admin = client.login(test.admin);
        editor = test.addOperator("zhang.wei", Role.CONTENT_EDITOR);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private ApiClient.Reply changeRoles(ApiClient.Session session, String operator, Sm2KeyPair signingKey, String... roles) {
        return client.signed(session, "PUT", "/api/v1/operators/" + operator + "/roles",
                TestServer.json(Map.of("roles", List.of(roles))), Map.of(), signingKey);
    }

    @Test
    void changingRolesNeedsTheAdministratorsOwnSignature() {
        ApiClient.Reply unsigned = changeRoles(admin, editor.name(), null, "auditor");
        assertEquals(403, unsigned.status());
        assertEquals("GS-AUTH-OPERATOR-SIGNATURE-REQUIRED", unsigned.code());
        assertEquals("GS-AUTH-BAD-OPERATOR-SIGNATURE", changeRoles(admin, editor.name(), Sm2KeyPair.generate(), "auditor").code());

        ApiClient.Reply changed = changeRoles(admin, editor.name(), test.admin.key(), "auditor");
        assertEquals(200, changed.status(), changed::text);
        ApiClient.Session session = client.login(editor);
        assertEquals(200, client.signed(session, "GET", "/api/v1/log", new byte[0]).status());
        assertEquals("GS-AUTH-ROLE", client.signed(session, "GET", "/api/v1/organisations", new byte[0]).code());
    }

    @Test
    void onlyAdministratorsChangeRolesAndOneAdministratorStays() {
        ApiClient.Session session = client.login(editor);
        assertEquals("GS-AUTH-ROLE", changeRoles(session, editor.name(), editor.key(), "system-administrator").code());
        assertEquals("GS-REQ-INVALID-FIELD", changeRoles(admin, test.admin.name(), test.admin.key(), "auditor").code());
        assertEquals("GS-REQ-NOT-FOUND", changeRoles(admin, "nobody", test.admin.key(), "auditor").code());
        assertEquals("GS-REQ-INVALID-FIELD", changeRoles(admin, editor.name(), test.admin.key(), "king").code());
    }

    @Test
    void registeringOperatorsChecksEveryField() {
        String key = Sm2KeyPair.generate().publicKey().toPem();
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("name", "zhang.wei", "publicKey", key, "password", "long enough", "roles", List.of("auditor")),
                Map.of("name", " bad", "publicKey", key, "password", "long enough", "roles", List.of("auditor")),
                Map.of("name", "li.na", "publicKey", "not a key", "password", "long enough", "roles", List.of("auditor")),
                Map.of("name", "li.na", "publicKey", key, "password", "short", "roles", List.of("auditor")),
                Map.of("name", "li.na", "publicKey", key, "password", "long enough", "roles", List.of()))) {
            ApiClient.Reply reply = client.signed(admin, "POST", "/api/v1/operators", TestServer.json(body));
            assertEquals("GS-REQ-INVALID-FIELD", reply.code(), () -> body.toString());
        }
    }
}
