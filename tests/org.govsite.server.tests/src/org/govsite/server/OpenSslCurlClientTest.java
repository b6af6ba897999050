package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.govsite.protocol.KeyFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party with only the {@code openssl} and {@code curl} command lines logs in to a real server, makes a
 * signed request and verifies the server's signature of the answer ({@code openssl-curl-client.sh}).
 */
class OpenSslCurlClientTest {
    @TempDir
    Path folder;

    @Test
    void opensslAndCurlLogInCallTheApiAndVerifyTheAnswer() throws Exception {
        try (TestServer test = TestServer.withAdministrator(folder.resolve("server"))) {
            Account auditor = test.addOperator("audit.curl", Role.AUDITOR);
            Path work = Files.createDirectories(folder.resolve("client"));
            Files.writeString(work.resolve("operator-key.pem"), auditor.key().privateKey().toPem());
            Files.writeString(work.resolve("password.txt"), auditor.password());
            String script;
            try (InputStream in = getClass().getResourceAsStream("openssl-curl-client.sh")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script, "client",
                    test.server.uri().toString(), auditor.name()).directory(work.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("fingerprint " + KeyFingerprint.of(test.server.serverKey())), output);
            assertTrue(output.contains("Signature Verified Successfully"), output);
            assertTrue(output.contains("response MAC verified"), output);
            assertTrue(output.contains("status 200"), output);
            assertTrue(output.contains("\"action\":\"session.login\""), output);
        }
    }
}
