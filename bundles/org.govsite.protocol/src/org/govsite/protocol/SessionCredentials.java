package org.govsite.protocol;

import java.util.Arrays;
import java.util.function.Supplier;

import org.govsite.crypto.Sm2PublicKey;

/**
 * What the server knows about a live session, as a {@link SessionLookup} returns it: its operator, the HMAC-SM3
 * session key and the operator's registered SM2 public key (for high-risk operations).
 */
public final class SessionCredentials {
    private final String operator;
    private final byte[] sessionKey;
    private final Supplier<Sm2PublicKey> operatorKey;

    /**
     * @param sessionKey copied
     * @param operatorKey null if the operator has no registered key (high-risk operations are then refused)
     */
    public SessionCredentials(String operator, byte[] sessionKey, Sm2PublicKey operatorKey) {
        this(operator, sessionKey, () -> operatorKey);
    }

    /**
     * @param sessionKey copied
     * @param operatorKey gives the operator's registered key, or null if there is none; called only for high-risk
     *        operations (reading a key costs more than checking an ordinary request)
     */
    public SessionCredentials(String operator, byte[] sessionKey, Supplier<Sm2PublicKey> operatorKey) {
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
        return operatorKey.get();
    }

    /** @return credentials of the same session holding their own copy of the key (to {@link #destroy()} apart) */
    public SessionCredentials copy() {
        return new SessionCredentials(operator, sessionKey, operatorKey);
    }

    /** Overwrites the copy of the session key held here with zeros. */
    public void destroy() {
        Arrays.fill(sessionKey, (byte) 0);
    }
}
