package org.govsite.server.internal;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.RequestVerifier;
import org.govsite.server.OperationLog;
import org.govsite.server.ServerConfig;

/** What the endpoints share: the database and the stores on it, the request verifier and the server's key. */
public record Services(ServerConfig config, Database database, Sessions sessions, OperationLog log,
        RequestVerifier verifier, Sm2PublicKey serverKey, String serverKeyFingerprint) {
    /** @return the server's clock in Unix seconds */
    public long now() {
        return config.clock().instant().getEpochSecond();
    }
}
