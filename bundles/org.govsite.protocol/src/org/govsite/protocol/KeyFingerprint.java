package org.govsite.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm3;

/**
 * The fingerprint of an SM2 public key: SM3 of its SubjectPublicKeyInfo DER (91 bytes), 64 lower-case hex digits;
 * what {@code openssl pkey -pubin -in pub.pem -outform DER | openssl dgst -sm3} prints.
 */
public final class KeyFingerprint {
    private KeyFingerprint() {
    }

    /** @return the fingerprint of {@code key} */
    public static String of(Sm2PublicKey key) {
        return Sm3.digestHex(key.toDer());
    }

    /** @return whether {@code key} has fingerprint {@code fingerprint} (compared in constant time; case matters) */
    public static boolean matches(Sm2PublicKey key, String fingerprint) {
        return MessageDigest.isEqual(of(key).getBytes(StandardCharsets.US_ASCII),
                fingerprint.getBytes(StandardCharsets.US_ASCII));
    }
}
