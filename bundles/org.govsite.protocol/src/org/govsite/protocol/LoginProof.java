package org.govsite.protocol;

import java.nio.charset.StandardCharsets;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.crypto.Sm2Signer;

/**
 * The second login factor: the operator's SM2 signature (default user ID, DER) over the canonical login string
 *
 * <pre>
 * GOVSITE-LOGIN-V1
 * operator
 * challenge
 * timestamp
 * server key fingerprint
 * </pre>
 *
 * (joined by {@code \n}, no final newline, UTF-8). The server must also check that the challenge is one it issued
 * to this operator and not yet used, the timestamp is inside its {@link ReplayPolicy} window and the fingerprint is
 * its own key's.
 *
 * @param operator login name
 * @param challenge the server's nonce from {@code POST /api/v1/session/challenge}, 32 lower-case hex digits
 * @param timestamp Unix seconds when the proof was made
 * @param serverKeyFingerprint {@link KeyFingerprint} of the server key the client pinned
 */
public record LoginProof(String operator, String challenge, long timestamp, String serverKeyFingerprint) {
    /** First line of the login string. */
    public static final String VERSION_LINE = "GOVSITE-LOGIN-V1"; //$NON-NLS-1$

    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if a field is malformed */
    public LoginProof {
        Syntax.OPERATOR.check("operator", operator); //$NON-NLS-1$
        Syntax.NONCE.check("challenge", challenge); //$NON-NLS-1$
        Syntax.TIMESTAMP.check("timestamp", Long.toString(timestamp)); //$NON-NLS-1$
        Syntax.SM3_HEX.check("serverKeyFingerprint", serverKeyFingerprint); //$NON-NLS-1$
    }

    /** @return the canonical login string */
    public String canonicalString() {
        return String.join("\n", VERSION_LINE, operator, challenge, Long.toString(timestamp), serverKeyFingerprint); //$NON-NLS-1$
    }

    /** @param operatorSigner {@link Sm2Signer#forSigning} of the operator's key, default user ID */
    public byte[] sign(Sm2Signer operatorSigner) {
        return operatorSigner.sign(bytes());
    }

    /** @return whether {@code signature} (DER) is the owner of {@code operatorKey}'s signature of this proof */
    public boolean verify(Sm2PublicKey operatorKey, byte[] signature) {
        return Sm2Signer.forVerifying(operatorKey).verify(bytes(), signature);
    }

    private byte[] bytes() {
        return canonicalString().getBytes(StandardCharsets.UTF_8);
    }
}
