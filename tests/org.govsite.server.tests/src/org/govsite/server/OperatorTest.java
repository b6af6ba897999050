package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators managed by system administrators: registration, roles, listing, deletion, unlocking, keys and passwords;
 * the high-risk ones need the operator's own SM2 signature; each change logged.
 */
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

    private List<String> logged(String action) throws Exception {
        return test.server.operationLog().read(0, 1000).stream().filter(e -> e.action().equals(action))
                .map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList();
    }

    private ApiClient.Reply changeKey(ApiClient.Session session, String name, Sm2KeyPair newKey, Sm2KeyPair signingKey) {
        return client.signed(session, "PUT", "/api/v1/operators/" + name + "/key",
                TestServer.json(Map.of("publicKey", newKey.publicKey().toPem())), Map.of(), signingKey);
    }

    private ApiClient.Reply changePassword(ApiClient.Session session, String name, Map<String, Object> body) {
        return client.signed(session, "PUT", "/api/v1/operators/" + name + "/password", TestServer.json(body));
    }

    private ApiClient.Reply delete(ApiClient.Session session, String name, Sm2KeyPair signingKey) {
        return client.signed(session, "DELETE", "/api/v1/operators/" + name, Content.NO_BODY, Map.of(), signingKey);
    }

    private void failLogins(Account account, int times) {
        for (int i = 0; i < times; i++) {
            client.login(account.name(), client.challenge(account.name()), account.key(), "wrong password");
        }
    }

    @Test
    void administratorsListOperatorsWithLockAndKeyFingerprint() {
        failLogins(editor, 5);
        ApiClient.Reply reply = client.signed(admin, "GET", "/api/v1/operators", Content.NO_BODY);
        assertEquals(200, reply.status(), reply::text);
        List<?> operators = TestServer.list(reply, "operators");
        assertEquals(2, operators.size());
        Map<?, ?> root = (Map<?, ?>) operators.get(0);
        assertEquals("root", root.get("name"));
        assertEquals(List.of("system-administrator"), root.get("roles"));
        assertEquals(false, root.get("locked"));
        assertTrue(root.containsKey("lockedUntil"));
        assertEquals(null, root.get("lockedUntil"));
        assertEquals(KeyFingerprint.of(test.admin.key().publicKey()), root.get("publicKeyFingerprint"));
        Map<?, ?> locked = (Map<?, ?>) operators.get(1);
        assertEquals(true, locked.get("locked"));
        assertTrue(((Number) locked.get("lockedUntil")).longValue() > System.currentTimeMillis() / 1000);
        assertEquals("GS-AUTH-ROLE", client.signed(client.login(test.addOperator("wang.fang", Role.AUDITOR)), "GET",
                "/api/v1/operators", Content.NO_BODY).code());
    }

    @Test
    void unlockingLetsTheOperatorLogInBeforeTheLockEnds() throws Exception {
        failLogins(editor, 5);
        assertEquals("GS-AUTH-LOCKED", client.login(editor.name(), client.challenge(editor.name()), editor.key(),
                editor.password()).code());
        ApiClient.Session other = client.login(test.addOperator("li.na", Role.CONTENT_EDITOR));
        assertEquals("GS-AUTH-ROLE", client.signed(other, "POST", "/api/v1/operators/zhang.wei/unlock", Content.NO_BODY).code());
        assertEquals("GS-REQ-NOT-FOUND", client.signed(admin, "POST", "/api/v1/operators/nobody/unlock", Content.NO_BODY).code());
        assertEquals(200, client.signed(admin, "POST", "/api/v1/operators/zhang.wei/unlock", Content.NO_BODY).status());
        client.login(editor);
        assertEquals(List.of("root zhang.wei "), logged("operator.unlock"));
    }

    @Test
    void deletingIsHighRiskAndNeverOneself() throws Exception {
        ApiClient.Session session = client.login(editor);
        assertEquals("GS-AUTH-OPERATOR-SIGNATURE-REQUIRED", delete(admin, editor.name(), null).code());
        assertEquals("GS-AUTH-BAD-OPERATOR-SIGNATURE", delete(admin, editor.name(), editor.key()).code());
        assertEquals("GS-AUTH-ROLE", delete(session, "root", editor.key()).code());
        assertEquals("GS-REQ-INVALID-FIELD", delete(admin, "root", test.admin.key()).code(), "not oneself");
        Account second = test.addOperator("admin2", Role.SYSTEM_ADMINISTRATOR);
        ApiClient.Session secondSession = client.login(second);
        assertEquals(200, delete(secondSession, "root", second.key()).status(), "another administrator may");
        assertEquals("GS-REQ-INVALID-FIELD", delete(secondSession, "admin2", second.key()).code());
        assertEquals(200, delete(secondSession, editor.name(), second.key()).status());
        assertEquals("GS-AUTH-UNKNOWN-SESSION", client.signed(session, "GET", "/api/v1/organisations", Content.NO_BODY).code(),
                "a deleted operator's sessions end");
        assertEquals("GS-REQ-NOT-FOUND", delete(secondSession, editor.name(), second.key()).code());
        assertEquals(List.of("admin2 root system-administrator", "admin2 zhang.wei content-editor"), logged("operator.delete"));
    }

    /** Two administrators deleting each other at once: the deletions take turns, one administrator stays. */
    @Test
    void theLastAdministratorStaysWhenAdministratorsDeleteEachOtherAtOnce() throws Exception {
        Account second = test.addOperator("admin2", Role.SYSTEM_ADMINISTRATOR);
        ApiClient.Session secondSession = client.login(second);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ApiClient.Reply> byRoot = pool.submit(() -> delete(admin, "admin2", test.admin.key()));
            Future<ApiClient.Reply> bySecond = pool.submit(() -> delete(secondSession, "root", second.key()));
            List<Integer> statuses = List.of(byRoot.get().status(), bySecond.get().status());
            assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, logged("operator.delete").size());
    }

    @Test
    void keysChangeWithTheOperatorsOwnSignature() throws Exception {
        ApiClient.Session session = client.login(editor);
        Sm2KeyPair newKey = Sm2KeyPair.generate();
        assertEquals("GS-AUTH-OPERATOR-SIGNATURE-REQUIRED", changeKey(session, editor.name(), newKey, null).code());
        assertEquals("GS-AUTH-BAD-OPERATOR-SIGNATURE", changeKey(session, editor.name(), newKey, newKey).code(),
                "signed with the current key, not the new one");
        assertEquals("GS-AUTH-ROLE", changeKey(session, "root", newKey, editor.key()).code());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(session, "PUT", "/api/v1/operators/zhang.wei/key",
                TestServer.json(Map.of("publicKey", "not a key")), Map.of(), editor.key()).code());
        ApiClient.Reply changed = changeKey(session, editor.name(), newKey, editor.key());
        assertEquals(200, changed.status(), changed::text);
        assertEquals(KeyFingerprint.of(newKey.publicKey()), TestServer.parse(changed).get("publicKeyFingerprint"));
        assertEquals("GS-AUTH-LOGIN-FAILED", client.login(editor.name(), client.challenge(editor.name()), editor.key(),
                editor.password()).code(), "the old key no longer logs in");
        Account renewed = new Account(editor.name(), newKey, editor.password());
        client.login(renewed);

        Sm2KeyPair byAdmin = Sm2KeyPair.generate();
        assertEquals(200, changeKey(admin, editor.name(), byAdmin, test.admin.key()).status(), "an administrator may");
        client.login(new Account(editor.name(), byAdmin, editor.password()));
        assertEquals(List.of("zhang.wei zhang.wei " + KeyFingerprint.of(newKey.publicKey()),
                "root zhang.wei " + KeyFingerprint.of(byAdmin.publicKey())), logged("operator.key"));
    }

    @Test
    void ownPasswordsChangeWithTheOldOneAdministratorsResetOthers() throws Exception {
        ApiClient.Session session = client.login(editor);
        ApiClient.Reply wrongOld = changePassword(session, editor.name(), Map.of("oldPassword", "not it", "newPassword", "new password 1"));
        assertEquals(403, wrongOld.status());
        assertEquals("GS-AUTH-OLD-PASSWORD", wrongOld.code());
        assertEquals(List.of("zhang.wei zhang.wei wrong old password"), logged("operator.password-refused"));
        assertEquals("GS-REQ-INVALID-FIELD", changePassword(session, editor.name(), Map.of("newPassword", "new password 1")).code());
        assertEquals("GS-REQ-INVALID-FIELD", changePassword(session, editor.name(),
                Map.of("oldPassword", editor.password(), "newPassword", "short")).code());
        assertEquals("GS-AUTH-ROLE", changePassword(session, "root", Map.of("newPassword", "new password 1")).code());
        assertEquals("GS-REQ-MALFORMED-JSON", client.signed(session, "PUT", "/api/v1/operators/zhang.wei/password",
                "{\"newPassword\":".getBytes(StandardCharsets.UTF_8)).code());
        assertEquals(200, changePassword(session, editor.name(), Map.of("oldPassword", editor.password(),
                "newPassword", "new password 1")).status());
        assertEquals(200, client.signed(session, "GET", "/api/v1/organisations", Content.NO_BODY).status(), "own session stays");
        Account changed = new Account(editor.name(), editor.key(), "new password 1");
        client.login(changed);

        assertEquals("GS-REQ-INVALID-FIELD", changePassword(admin, editor.name(), Map.of("oldPassword", "new password 1",
                "newPassword", "reset password 2")).code(), "a reset takes no old password");
        assertEquals(200, changePassword(admin, editor.name(), Map.of("newPassword", "reset password 2")).status());
        assertEquals("GS-AUTH-UNKNOWN-SESSION", client.signed(session, "GET", "/api/v1/organisations", Content.NO_BODY).code(),
                "a reset ends the operator's sessions");
        client.login(new Account(editor.name(), editor.key(), "reset password 2"));
        assertEquals(List.of("zhang.wei zhang.wei own", "root zhang.wei reset"), logged("operator.password"));
    }
}
