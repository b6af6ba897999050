package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.LocalizedMessages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2Cipher;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SM2 keys, signatures and ciphertexts exchanged with the OpenSSL 3 command line, both ways. */
class Sm2OpenSslTest {
    private static final String DISTID = "distid:" + Sm2Signer.DEFAULT_USER_ID;
    private static final byte[] MESSAGE = "POST /api/v1/sites\n{\"name\":\"浙江省人民政府\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    private OpenSsl openssl;

    @BeforeEach
    void requireOpenSsl() {
        OpenSsl.assumeAvailable();
        openssl = new OpenSsl(folder);
    }

    /** @return an OpenSSL-generated SM2 key, file key.pem, with its public key in pub.pem */
    private Sm2KeyPair opensslKey() {
        openssl.run("genpkey", "-algorithm", "SM2", "-out", "key.pem");
        openssl.run("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        return new Sm2KeyPair(Sm2PrivateKey.fromPem(openssl.readText("key.pem")), Sm2PublicKey.fromPem(openssl.readText("pub.pem")));
    }

    @Test
    void importsOpenSslGeneratedKeysInEveryPemForm() {
        Sm2KeyPair pair = opensslKey();
        openssl.run("ec", "-in", "key.pem", "-out", "sec1.pem"); // "SM2 PRIVATE KEY" (SEC1)
        assertTrue(openssl.readText("sec1.pem").startsWith("-----BEGIN SM2 PRIVATE KEY-----"));
        assertArrayEquals(pair.privateKey().toScalar(), Sm2PrivateKey.fromPem(openssl.readText("sec1.pem")).toScalar());

        openssl.run("ecparam", "-name", "SM2", "-genkey", "-out", "ecparam.pem"); // "SM2 PARAMETERS" block, then the key
        openssl.run("pkey", "-in", "ecparam.pem", "-pubout", "-out", "ecparam-pub.pem");
        assertEquals(Sm2PublicKey.fromPem(openssl.readText("ecparam-pub.pem")),
                Sm2PrivateKey.fromPem(openssl.readText("ecparam.pem")).publicKey());

        openssl.run("pkey", "-in", "key.pem", "-aes-128-cbc", "-passout", "pass:secret", "-out", "encrypted.pem");
        assertMessage("PEM_ENCRYPTED_KEY", assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPem(openssl.readText("encrypted.pem"))));
    }

    @Test
    void openSslReadsJavaGeneratedKeys() {
        Sm2KeyPair pair = Sm2KeyPair.generate();
        openssl.write("java-key.pem", pair.privateKey().toPem());
        openssl.write("java-pub.pem", pair.publicKey().toPem());
        // OpenSSL derives the same public key from the Java private key, and writes it exactly as Java does
        assertEquals(pair.publicKey().toPem(), new String(openssl.run("pkey", "-in", "java-key.pem", "-pubout"), StandardCharsets.US_ASCII));
        assertArrayEquals(pair.publicKey().toDer(), openssl.run("pkey", "-pubin", "-in", "java-pub.pem", "-outform", "DER"));
        String text = openssl.runText("pkey", "-in", "java-key.pem", "-text", "-noout");
        assertTrue(text.contains("ASN1 OID: SM2"), text);
        // OpenSSL's own re-encoding of the private key still holds the same scalar
        openssl.run("pkey", "-in", "java-key.pem", "-out", "reencoded.pem");
        assertArrayEquals(pair.privateKey().toScalar(), Sm2PrivateKey.fromPem(openssl.readText("reencoded.pem")).toScalar());
    }

    @Test
    void javaVerifiesOpenSslSignatures() {
        Sm2KeyPair pair = opensslKey();
        String message = openssl.write("message", MESSAGE);
        Sm2Signer verifier = Sm2Signer.forVerifying(pair.publicKey());

        openssl.run("pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-inkey", "key.pem", "-pkeyopt", DISTID, "-in", message,
                "-out", "pkeyutl.sig");
        assertTrue(verifier.verify(MESSAGE, openssl.read("pkeyutl.sig")), "openssl pkeyutl -sign");

        openssl.run("dgst", "-sm3", "-sign", "key.pem", "-sigopt", DISTID, "-out", "dgst.sig", message);
        assertTrue(verifier.verify(MESSAGE, openssl.read("dgst.sig")), "openssl dgst -sign");

        openssl.run("pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-inkey", "key.pem", "-pkeyopt", "distid:ops-01@zj.gov.cn",
                "-in", message, "-out", "custom.sig");
        assertTrue(Sm2Signer.forVerifying(pair.publicKey(), "ops-01@zj.gov.cn").verify(MESSAGE, openssl.read("custom.sig")));
        assertFalse(verifier.verify(MESSAGE, openssl.read("custom.sig")), "signed with another user ID");

        // the pitfall: without distid, OpenSSL 3.0 uses an empty user ID
        openssl.run("pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-inkey", "key.pem", "-in", message, "-out", "no-distid.sig");
        assertFalse(verifier.verify(MESSAGE, openssl.read("no-distid.sig")), "OpenSSL without distid, default ID here");
        assertTrue(Sm2Signer.forVerifying(pair.publicKey(), "").verify(MESSAGE, openssl.read("no-distid.sig")));
    }

    @Test
    void openSslVerifiesJavaSignatures() {
        Sm2KeyPair pair = Sm2KeyPair.generate();
        String publicKey = openssl.write("pub.pem", pair.publicKey().toPem());
        String message = openssl.write("message", MESSAGE);
        String signature = openssl.write("java.sig", Sm2Signer.forSigning(pair.privateKey()).sign(MESSAGE));

        String verified = openssl.runText("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pubin", "-inkey", publicKey,
                "-pkeyopt", DISTID, "-in", message, "-sigfile", signature);
        assertEquals("Signature Verified Successfully", verified);
        assertEquals("Verified OK", openssl.runText("dgst", "-sm3", "-verify", publicKey, "-sigopt", DISTID, "-signature",
                signature, message));

        OpenSsl.Result wrongId = openssl.execute("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pubin", "-inkey", publicKey,
                "-pkeyopt", "distid:1234567812345679", "-in", message, "-sigfile", signature);
        assertNotEquals(0, wrongId.exitCode(), "OpenSSL must reject the signature under another user ID");
        String tampered = openssl.write("tampered", "POST /api/v1/sites\n{}".getBytes(StandardCharsets.UTF_8));
        OpenSsl.Result wrongMessage = openssl.execute("dgst", "-sm3", "-verify", publicKey, "-sigopt", DISTID, "-signature",
                signature, tampered);
        assertNotEquals(0, wrongMessage.exitCode(), "OpenSSL must reject the signature of another message");
    }

    @Test
    void encryptionInteroperatesThroughTheAsn1Form() {
        Sm2KeyPair pair = opensslKey();
        String message = openssl.write("message", MESSAGE);

        openssl.run("pkeyutl", "-encrypt", "-pubin", "-inkey", "pub.pem", "-in", message, "-out", "openssl.ct");
        assertArrayEquals(MESSAGE, Sm2Cipher.decrypt(pair.privateKey(), Sm2Cipher.fromAsn1(openssl.read("openssl.ct"))));

        String javaCiphertext = openssl.write("java.ct", Sm2Cipher.toAsn1(Sm2Cipher.encrypt(pair.publicKey(), MESSAGE)));
        assertArrayEquals(MESSAGE, openssl.run("pkeyutl", "-decrypt", "-inkey", "key.pem", "-in", javaCiphertext));
    }
}
