package org.govsite.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.protocol.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-factor login through the client: success, each refusal with its code and Chinese message, logout, close. */
class LoginTest {
    @TempDir
    Path folder;
    private TestPlatform platform;
    private Operator editor;

    @BeforeEach
    void start() {
        platform = TestPlatform.start(folder);
        editor = platform.addOperator("zhang.wei", "content-editor");
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private ClientException refused(String operator, String password, Sm2PrivateKey key) {
        try (PlatformClient client = PlatformClient.open(platform.settings(operator))) {
            ClientException e = assertThrows(ClientException.class, () -> client.login(password.toCharArray(), key));
            assertFalse(client.isLoggedIn());
            return e;
        }
    }

    @Test
    void bothFactorsOpenASessionThatSignsRequests() {
        char[] password = editor.passwordChars();
        try (PlatformClient client = PlatformClient.open(platform.settings(editor.name()))) {
            client.login(password, editor.key().privateKey());
            assertArrayEquals(editor.passwordChars(), password, "the caller's array is the caller's to wipe");
            assertTrue(client.isLoggedIn());
            assertTrue(client.get("/api/v1/organisations").path("organisations").isArray());
            client.logout();
            assertFalse(client.isLoggedIn());
            ClientException unsigned = assertThrows(ClientException.class, () -> client.get("/api/v1/organisations"));
            assertEquals(ErrorCode.AUTH_MISSING_HEADER, unsigned.code());
            assertEquals(401, unsigned.status());
        }
    }

    @Test
    void wrongPasswordWrongKeyAndUnknownOperatorAreTheSameRefusal() {
        for (ClientException e : new ClientException[] {
                refused(editor.name(), "wrong password", editor.key().privateKey()),
                refused(editor.name(), editor.password(), Sm2KeyPair.generate().privateKey()),
                refused("nobody", editor.password(), editor.key().privateKey()) }) {
            assertEquals(ErrorCode.AUTH_LOGIN_FAILED, e.code());
            assertEquals(401, e.status());
            assertEquals("", e.detail());
            assertEquals("登录失败：口令或密钥错误。", e.getLocalizedMessage());
            assertFalse(e.isOffline());
        }
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightFactors() {
        for (int i = 0; i < 5; i++) {
            assertEquals(ErrorCode.AUTH_LOGIN_FAILED, refused(editor.name(), "wrong password", editor.key().privateKey()).code());
        }
        ClientException locked = refused(editor.name(), editor.password(), editor.key().privateKey());
        assertEquals(ErrorCode.AUTH_LOCKED, locked.code());
        assertEquals(423, locked.status());
        assertTrue(locked.getLocalizedMessage().startsWith("多次登录失败，账号已被锁定。"), locked::getLocalizedMessage);
    }

    @Test
    void closeEndsTheSessionOnTheServer() {
        Operator auditor = platform.addOperator("li.na", "auditor");
        PlatformClient client = platform.login(editor);
        client.close();
        assertFalse(client.isLoggedIn());
        try (PlatformClient audit = platform.login(auditor)) {
            LogPage page = audit.log(0, 1000);
            LogEntry last = page.entries().stream().filter(e -> e.operator().equals(editor.name())).reduce((a, b) -> b).orElseThrow();
            assertEquals("session.logout", last.action());
            assertEquals(page.entries().get(page.entries().size() - 1).seq(), page.next(0));
        }
    }
}
