package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Records the changes of one transaction: each goes to the operation log (action {@code <entity>.<verb>}) and then
 * to the change feed, in that order (the lock order of their head rows).
 */
public record Changes(Services services, Connection connection, String operator) {
    /** A created ({@code verb} {@code create}) or updated ({@code update}) entity, {@code data} as GET answers it. */
    public void upserted(String entity, String verb, String id, long version, Object data, String detail)
            throws SQLException {
        services.log().append(connection, operator, entity + '.' + verb, id, detail);
        ChangeFeed.record(connection, entity, id, version, ChangeFeed.UPSERT, data);
    }

    /** A deleted entity at {@code version}. */
    public void deleted(String entity, String id, long version, String detail) throws SQLException {
        services.log().append(connection, operator, entity + ".delete", id, detail); //$NON-NLS-1$
        ChangeFeed.record(connection, entity, id, version, ChangeFeed.DELETE, null);
    }
}
