package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2Cipher;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2Signer;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.LoginProof;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.SessionKeyWrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The key-possession factor of the login and the delivery of the session key. */
class LoginTest {
    private static final Sm2KeyPair OPERATOR = Sm2KeyPair.generate();
    private static final String FINGERPRINT = KeyFingerprint.of(Sm2KeyPair.generate().publicKey());
    private static final String CHALLENGE = "4b1f0c2e9a7d3f6051c8e2a4b9d07f13";

    private final LoginProof proof = new LoginProof("zhang.wei", CHALLENGE, 1_795_510_800L, FINGERPRINT);
    private final byte[] signature = proof.sign(Sm2Signer.forSigning(OPERATOR.privateKey()));

    @Test
    void rightProofVerifies() {
        assertTrue(proof.verify(OPERATOR.publicKey(), signature));
        assertEquals(String.join("\n", "GOVSITE-LOGIN-V1", "zhang.wei", CHALLENGE, "1795510800", FINGERPRINT),
                proof.canonicalString());
    }

    @Test
    void proofByAnotherKeyFails() {
        assertFalse(proof.verify(Sm2KeyPair.generate().publicKey(), signature));
        assertFalse(proof.verify(OPERATOR.publicKey(),
                proof.sign(Sm2Signer.forSigning(Sm2KeyPair.generate().privateKey()))));
    }

    @Test
    void proofForAnotherChallengeOperatorTimeOrServerFails() {
        assertFalse(new LoginProof("zhang.wei", "0".repeat(32), 1_795_510_800L, FINGERPRINT)
                .verify(OPERATOR.publicKey(), signature));
        assertFalse(new LoginProof("zhang.wei2", CHALLENGE, 1_795_510_800L, FINGERPRINT)
                .verify(OPERATOR.publicKey(), signature));
        assertFalse(new LoginProof("zhang.wei", CHALLENGE, 1_795_510_801L, FINGERPRINT)
                .verify(OPERATOR.publicKey(), signature));
        assertFalse(new LoginProof("zhang.wei", CHALLENGE, 1_795_510_800L, "f".repeat(64))
                .verify(OPERATOR.publicKey(), signature));
    }

    @Test
    void malformedSignatureFails() {
        assertFalse(proof.verify(OPERATOR.publicKey(), new byte[] { 0x30, 0x00 }));
    }

    @Test
    void malformedFieldsAreRefused() {
        assertInvalid(() -> new LoginProof("张伟", CHALLENGE, 1L, FINGERPRINT));
        assertInvalid(() -> new LoginProof("zhang.wei", CHALLENGE.toUpperCase(), 1L, FINGERPRINT));
        assertInvalid(() -> new LoginProof("zhang.wei", CHALLENGE, -1L, FINGERPRINT));
        assertInvalid(() -> new LoginProof("zhang.wei", CHALLENGE, 1L, "abc"));
        assertInvalid(() -> new LoginProof("zhang.wei\nx", CHALLENGE, 1L, FINGERPRINT));
    }

    @Test
    void sessionKeyRoundTripsOnlyForTheOperator() {
        byte[] key = SessionKeyWrap.newSessionKey();

        String wrapped = SessionKeyWrap.wrap(key, OPERATOR.publicKey());

        assertEquals(SessionKeyWrap.KEY_LENGTH, key.length);
        assertArrayEquals(key, SessionKeyWrap.unwrap(wrapped, OPERATOR.privateKey()));
        assertThrows(CryptoException.class, () -> SessionKeyWrap.unwrap(wrapped, Sm2KeyPair.generate().privateKey()));
    }

    @Test
    void wrappedSessionKeyIsTheAsn1FormOfC1C3C2() {
        byte[] key = SessionKeyWrap.newSessionKey();
        byte[] der = Base64.getDecoder().decode(SessionKeyWrap.wrap(key, OPERATOR.publicKey()));

        byte[] c1c3c2 = Sm2Cipher.fromAsn1(der);

        assertEquals(Sm2Cipher.OVERHEAD + key.length, c1c3c2.length);
        assertArrayEquals(key, Sm2Cipher.decrypt(OPERATOR.privateKey(), c1c3c2));
    }

    @Test
    void alteredOrMalformedWrappedKeysAreRefused() {
        byte[] der = Base64.getDecoder()
                .decode(SessionKeyWrap.wrap(SessionKeyWrap.newSessionKey(), OPERATOR.publicKey()));
        der[der.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(der);

        assertThrows(CryptoException.class, () -> SessionKeyWrap.unwrap(altered, OPERATOR.privateKey()));
        ProtocolException notBase64 = assertThrows(ProtocolException.class,
                () -> SessionKeyWrap.unwrap("not base64!", OPERATOR.privateKey()));
        assertEquals(ErrorCode.REQ_INVALID_FIELD, notBase64.errorCode());
        String shortKey = Base64.getEncoder().encodeToString(
                Sm2Cipher.toAsn1(Sm2Cipher.encrypt(OPERATOR.publicKey(), new byte[16])));
        assertEquals(ErrorCode.REQ_INVALID_FIELD, assertThrows(ProtocolException.class,
                () -> SessionKeyWrap.unwrap(shortKey, OPERATOR.privateKey())).errorCode());
        assertThrows(IllegalArgumentException.class, () -> SessionKeyWrap.wrap(new byte[16], OPERATOR.publicKey()));
    }

    private static void assertInvalid(Executable construction) {
        assertEquals(ErrorCode.REQ_INVALID_FIELD, assertThrows(ProtocolException.class, construction).errorCode());
    }
}
