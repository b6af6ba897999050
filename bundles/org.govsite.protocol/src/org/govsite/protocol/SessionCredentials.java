package org.govsite.protocol;

import java.util.Arrays;

import org.govsite.crypto.Sm2PublicKey;

/**
 * What the server knows about a live session, as a {@link SessionLookup} returns it: its operator, the HMAC-SM3
 * session key and the operator's registered SM2 public key (for high-risk operations).
 */
public final class SessionCredentials {
    private final String operator;
    private final byte[] sessionKey;
    private final Sm2PublicKey operatorKey;

    /**
     * @param sessionKey copied
     * @param operatorKey null if the operator has no registered key (high-risk operations are then refused)
     */
    public SessionCredentials(String operator, byte[] sessionKey, Sm2PublicKey operatorKey) {
        this.operator = operator;
        this.sessionKey = sessionKey.clone();
        this.operatorKey = operatorKey;
    }

    public String operator() {
        return operator;
    }

    /** @return a copy of the session key */
    public byte[] sessionKey() {
        return sessionKey.clone();
    }

    /** @return the operator's public key, or null */
    public Sm2PublicKey operatorKey() {
        return operatorKey;
    }

    /** Overwrites the copy of the session key held here with zeros. */
    public void destroy() {
        Arrays.fill(sessionKey, (byte) 0);
    }
}
