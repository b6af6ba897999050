package org.govsite.server.internal;

import java.sql.SQLException;

import org.govsite.crypto.Sm2PublicKey;
import org.govsite.protocol.RequestVerifier;
import org.govsite.server.OperationLog;
import org.govsite.server.ServerConfig;

/** What the endpoints share: the database and the stores on it, the request verifier and the server's key. */
public record Services(ServerConfig config, Database database, Sessions sessions, OperationLog log,
        RequestVerifier verifier, Sm2PublicKey serverKey, String serverKeyFingerprint) {
    /**
     * Runs {@code work} in one transaction that first locks the operation log's head ({@link OperationLog#lock}): the
     * writes keyed by an old host (redirects, archived snapshots, migration notices), of which two could insert one
     * key at the same moment, take turns so, also with the sweep of unused attachments.
     */
    public <T> T hostWrite(Database.Work<T> work) throws SQLException {
        return database.transaction(connection -> {
            OperationLog.lock(connection);
            return work.run(connection);
        });
    }

    /** @return the server's clock in Unix seconds */
    public long now() {
        return config.clock().instant().getEpochSecond();
    }
}
