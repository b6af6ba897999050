package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.HighRiskOperations;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.ReplayPolicy;
import org.govsite.protocol.RequestSigner;
import org.govsite.protocol.RequestVerifier;
import org.govsite.protocol.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the OpenSSL commands of docs/protocol.md on the files of its worked example and checks that OpenSSL gives the
 * documented digests, HMACs, fingerprint and session key, verifies the documented and fresh Java signatures, and that
 * its own signatures are accepted by {@link LoginProof} and {@link RequestVerifier}.
 */
class WorkedExampleOpenSslTest {
    private static final String VERIFY_DELETE_SIGNATURE = "delete.sig";

    private final DocumentedExample doc = DocumentedExample.get();
    private final Sm2PrivateKey operatorKey = Sm2PrivateKey.fromPem(doc.file("operator-key.pem"));
    private final byte[] sessionKey = HexFormat.of().parseHex(doc.file("session-key.hex"));
    private Shell shell;
    private Path folder;

    @BeforeEach
    void writeExampleFiles(@TempDir Path tempDir) {
        Shell.assumeOpenSsl();
        folder = tempDir;
        doc.writeFiles(folder);
        shell = new Shell(folder);
    }

    @Test
    void everyCheckingCommandGivesTheDocumentedResult() {
        int checked = 0;
        for (DocumentedExample.Command command : doc.commands()) {
            String spec = command.spec();
            if (spec.startsWith("expect=")) {
                assertEquals(doc.file(spec.substring("expect=".length())).strip(), shell.run(command.script()), spec);
            } else if (spec.startsWith("expect-text=")) {
                assertEquals(spec.substring("expect-text=".length()), shell.run(command.script()), command.script());
            } else if (spec.startsWith("expect-header=")) {
                String[] fileAndHeader = spec.substring("expect-header=".length()).split(":");
                assertEquals(doc.headers(fileAndHeader[0]).get(fileAndHeader[1]), shell.run(command.script()), spec);
            } else if (!spec.startsWith("openssl-")) {
                fail("unknown run block kind in docs/protocol.md: " + spec);
            } else {
                continue;
            }
            checked++;
        }
        assertTrue(checked >= 9, "checked " + checked + " documented commands");
    }

    @Test
    void openSslLoginSignatureVerifiesInJava() {
        String[] lines = doc.file("login.txt").split("\n");
        byte[] signature = Base64.getDecoder().decode(shell.run(doc.command("openssl-login-signature").script()));
        LoginProof proof = new LoginProof(lines[1], lines[2], Long.parseLong(lines[3]), lines[4]);
        assertTrue(proof.verify(operatorKey.publicKey(), signature));
        LoginProof otherChallenge = new LoginProof(lines[1], "0".repeat(32), Long.parseLong(lines[3]), lines[4]);
        assertFalse(otherChallenge.verify(operatorKey.publicKey(), signature));
    }

    @Test
    void openSslOperatorSignatureIsAcceptedByTheVerifier() {
        Map<String, String> headers = doc.headers("delete-headers.txt");
        String openSslSignature = shell.run(doc.command("openssl-operator-signature").script());
        assertNotEquals(headers.get(ProtocolHeaders.OPERATOR_SIGNATURE), openSslSignature, "random k");
        headers.put(ProtocolHeaders.OPERATOR_SIGNATURE, openSslSignature);

        Verdict verdict = verifierAt(headers).verify("DELETE", doc.file("delete-target.txt"), headers, new byte[0]);

        assertTrue(verdict.accepted(), verdict::toString);
        assertEquals(headers.get(ProtocolHeaders.OPERATOR), verdict.operator());
    }

    @Test
    void freshJavaOperatorSignatureVerifiesWithOpenSsl() throws IOException {
        Map<String, String> documented = doc.headers("delete-headers.txt");
        Map<String, String> headers = new LinkedHashMap<>();
        String nonce = documented.get(ProtocolHeaders.NONCE);
        new RequestSigner(documented.get(ProtocolHeaders.OPERATOR), documented.get(ProtocolHeaders.SESSION), sessionKey,
                clockAt(documented.get(ProtocolHeaders.TIMESTAMP)), () -> nonce)
                .sign("DELETE", doc.file("delete-target.txt"), headers, new byte[0], Sm2Signer.forSigning(operatorKey));
        assertNotEquals(documented.get(ProtocolHeaders.OPERATOR_SIGNATURE), headers.get(ProtocolHeaders.OPERATOR_SIGNATURE));
        Files.writeString(folder.resolve("delete-headers.txt"), headers.entrySet().stream()
                .map(h -> h.getKey() + ": " + h.getValue()).collect(Collectors.joining("\n")), StandardCharsets.US_ASCII);
        String verify = verifyDeleteSignatureScript();

        assertEquals("Signature Verified Successfully", shell.run(verify));

        Files.writeString(folder.resolve("canonical-delete.txt"),
                doc.file("canonical-delete.txt").replace("zj-hz-0001", "zj-hz-0002"), StandardCharsets.UTF_8);
        assertNotEquals(0, shell.execute(verify).exitCode(), "OpenSSL must refuse the signature for another path");
    }

    private String verifyDeleteSignatureScript() {
        return doc.commands().stream().map(DocumentedExample.Command::script)
                .filter(script -> script.contains(VERIFY_DELETE_SIGNATURE)).findFirst()
                .orElseThrow(() -> new AssertionError("no documented check of the operator signature"));
    }

    private RequestVerifier verifierAt(Map<String, String> headers) {
        TestSessions sessions = new TestSessions().add(headers.get(ProtocolHeaders.SESSION),
                headers.get(ProtocolHeaders.OPERATOR), sessionKey, operatorKey.publicKey());
        return new RequestVerifier(sessions, sessions, ReplayPolicy.standard(), HighRiskOperations.V1,
                clockAt(headers.get(ProtocolHeaders.TIMESTAMP)));
    }

    private static Clock clockAt(String epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epochSeconds)), ZoneOffset.UTC);
    }
}
