package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginTest {
    @TempDir
    Path folder;

    @Test
    void aNewServerHasNoAccountsAtAll() {
        ServerConfig config = TestServer.config(folder);
        try (PlatformServer server = PlatformServer.start(config)) {
            ApiClient client = new ApiClient(server.uri(), server.serverKey());
            for (String name : new String[] { "admin", "root", "administrator", "anonymous" }) {
                ApiClient.Reply reply = client.login(name, client.challenge(name), Sm2KeyPair.generate(), "admin");
                assertEquals(401, reply.status());
                assertEquals("GS-AUTH-LOGIN-FAILED", reply.code());
            }
        }
    }

    @Test
    void theFirstAdministratorIsCreatedByTheCommandLineOnlyOnce() throws Exception {
        Account admin = Account.generate("chief.admin");
        Path key = Files.writeString(folder.resolve("admin.pem"), admin.key().publicKey().toPem());
        Path password = Files.writeString(folder.resolve("password.txt"), admin.password() + "\n");
        Path passphrase = Files.writeString(folder.resolve("passphrase.txt"), TestServer.PASSPHRASE + "\n");
        Path data = folder.resolve("data");
        String[] args = { "--db", data.toString(), "--key-passphrase-file", passphrase.toString(), "--init-admin",
                admin.name(), "--admin-key", key.toString(), "--admin-password-file", password.toString() };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Optional.empty(), Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(KeyFingerprint.of(admin.key().publicKey())));

        ServerException again = assertThrows(ServerException.class, () -> Main.run(args, Map.of(), System.out));
        assertTrue(again.getMessage().contains("--init-admin") || again.getMessage().contains("API"), again.getMessage());

        try (TestServer test = TestServer.reopen(data, admin)) {
            ApiClient.Session session = test.client.login(admin);
            ApiClient.Reply reply = test.client.signed(session, "POST", "/api/v1/operators", TestServer.json(Map.of("name", "x",
                    "publicKey", Sm2KeyPair.generate().publicKey().toPem(), "password", "long enough", "roles", List.of("auditor"))));
            assertEquals(201, reply.status(), reply::text);
        }
    }

    @Test
    void theCommandLineNeedsThePassphrase() {
        ServerException missing = assertThrows(ServerException.class,
                () -> Main.run(new String[] { "--db", folder.toString(), "--port", "0" }, Map.of(), System.out));
        assertTrue(missing.getMessage().contains(Main.PASSPHRASE_VARIABLE));
        Optional<PlatformServer> started = Main.run(new String[] { "--db", folder.toString(), "--port", "0" },
                Map.of(Main.PASSPHRASE_VARIABLE, TestServer.PASSPHRASE), System.out);
        assertTrue(started.isPresent());
        started.get().stop();
    }

    @Test
    void loginUnwrapsTheSessionKeyAndTheSessionSignsRequests() {
        try (TestServer test = TestServer.withAdministrator(folder)) {
            ApiClient.Session session = test.client.login(test.admin);
            assertEquals(32, session.key().length);
            assertTrue(session.id().startsWith("gs_sess_"));
            Account auditor = test.addOperator("audit.li", Role.AUDITOR);
            ApiClient.Session audit = test.client.login(auditor);
            assertEquals(200, test.client.signed(audit, "GET", "/api/v1/log", new byte[0]).status());

            assertEquals(200, test.client.signed(audit, "DELETE", "/api/v1/session", new byte[0]).status());
            assertEquals("GS-AUTH-UNKNOWN-SESSION", test.client.signed(audit, "GET", "/api/v1/log", new byte[0]).code());
        }
    }

    @Test
    void wrongPasswordWrongKeyAndUnknownOperatorGetTheSameAnswer() {
        try (TestServer test = TestServer.withAdministrator(folder)) {
            Account admin = test.admin;
            ApiClient client = test.client;
            ApiClient.Reply wrongPassword = client.login(admin.name(), client.challenge(admin.name()), admin.key(), "wrong password");
            ApiClient.Reply wrongKey = client.login(admin.name(), client.challenge(admin.name()), Sm2KeyPair.generate(), admin.password());
            ApiClient.Reply unknown = client.login("nobody", client.challenge("nobody"), admin.key(), admin.password());
            for (ApiClient.Reply reply : new ApiClient.Reply[] { wrongPassword, wrongKey, unknown }) {
                assertEquals(401, reply.status());
                assertEquals("GS-AUTH-LOGIN-FAILED", reply.code());
                assertEquals(wrongPassword.text(), reply.text());
            }
            assertEquals(200, client.login(admin.name(), client.challenge(admin.name()), admin.key(), admin.password()).status());
        }
    }

    @Test
    void aChallengeServesOnceAndOnlyItsOperator() {
        try (TestServer test = TestServer.withAdministrator(folder)) {
            Account admin = test.admin;
            ApiClient client = test.client;
            String challenge = client.challenge(admin.name());
            assertEquals(200, client.login(admin.name(), challenge, admin.key(), admin.password()).status());
            assertEquals("GS-AUTH-CHALLENGE", client.login(admin.name(), challenge, admin.key(), admin.password()).code());
            assertEquals("GS-AUTH-CHALLENGE", client.login(admin.name(), "0123456789abcdef0123456789abcdef", admin.key(), admin.password()).code());
            String forOther = client.challenge("someone.else");
            assertEquals("GS-AUTH-CHALLENGE", client.login(admin.name(), forOther, admin.key(), admin.password()).code());
        }
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightFactors() throws Exception {
        try (TestServer test = TestServer.withAdministrator(folder)) {
            Account admin = test.admin;
            ApiClient client = test.client;
            for (int i = 0; i < 5; i++) {
                assertEquals("GS-AUTH-LOGIN-FAILED", client.login(admin.name(), client.challenge(admin.name()), admin.key(), "guess " + i).code());
            }
            ApiClient.Reply locked = client.login(admin.name(), client.challenge(admin.name()), admin.key(), admin.password());
            assertEquals(423, locked.status());
            assertEquals("GS-AUTH-LOCKED", locked.code());
            OperationLog.Verification verification = test.server.operationLog().verify();
            assertTrue(verification.intact());
            assertTrue(test.server.operationLog().read(0, 100).stream().anyMatch(e -> e.action().equals("session.locked")));
        }
    }

    @Test
    void malformedLoginBodiesAreRefusedWithTheirCode() {
        try (TestServer test = TestServer.withAdministrator(folder)) {
            assertEquals("GS-REQ-MALFORMED-JSON", test.client.unsigned("POST", "/api/v1/session", "{\"operator\":".getBytes()).code());
            assertEquals("GS-REQ-INVALID-FIELD", test.client.unsigned("POST", "/api/v1/session/challenge", "{\"operator\":\" bad\"}".getBytes()).code());
        }
    }
}
