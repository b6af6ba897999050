package org.govsite.protocol;

import java.util.Arrays;

/**
 * Body of {@code POST /api/v1/session}:
 * {@code {"operator":"...","password":"...","challenge":"...","timestamp":<Unix seconds>,"signature":"<base64>"}}.
 * The password is a {@code char[]} so that it can be wiped ({@link #wipePassword()}); {@link #toString()} never shows
 * it. Like every record with an array component, equality compares the array's identity.
 *
 * @param signature base64 of the operator's SM2 signature (DER) of {@link #proof(String)}
 */
public record LoginRequest(String operator, char[] password, String challenge, long timestamp, String signature) {
    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) if a field is missing or malformed */
    public LoginRequest {
        Syntax.OPERATOR.check("operator", operator); //$NON-NLS-1$
        Syntax.NONCE.check("challenge", challenge); //$NON-NLS-1$
        Syntax.TIMESTAMP.check("timestamp", Long.toString(timestamp)); //$NON-NLS-1$
        Syntax.BASE64.check("signature", signature); //$NON-NLS-1$
        if (password == null || password.length == 0) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "password must not be empty"); //$NON-NLS-1$
        }
    }

    /** @return the login proof this request claims, for the server whose key has {@code serverKeyFingerprint} */
    public LoginProof proof(String serverKeyFingerprint) {
        return new LoginProof(operator, challenge, timestamp, serverKeyFingerprint);
    }

    /** @return the DER signature; {@link ErrorCode#REQ_INVALID_FIELD} if it is not canonical base64 */
    public byte[] signatureBytes() {
        return Base64Values.decode(signature).orElseThrow(
                () -> new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "signature must be standard base64")); //$NON-NLS-1$
    }

    /** Overwrites the password with zeros. */
    public void wipePassword() {
        Arrays.fill(password, '\0');
    }

    public byte[] toJson() {
        return Json.write(this);
    }

    /** @throws ProtocolException ({@link ErrorCode#REQ_MALFORMED_JSON} or {@link ErrorCode#REQ_INVALID_FIELD}) */
    public static LoginRequest fromJson(byte[] json) {
        return Json.read(json, LoginRequest.class);
    }

    @Override
    public String toString() {
        return "LoginRequest[operator=" + operator + ", challenge=" + challenge + ", timestamp=" + timestamp + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
