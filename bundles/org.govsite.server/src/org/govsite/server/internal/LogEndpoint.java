package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.Map;

import org.govsite.server.Role;

/** {@code GET /api/v1/log?after=<seq>&limit=<n>}: auditors read the operation log in pages (limit 1 to 1000). */
public final class LogEndpoint {
    static final int MAX_LIMIT = 1000;

    private final Services services;

    public LogEndpoint(Services services) {
        this.services = services;
    }

    public ApiResponse read(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.AUDITOR);
        long after = request.number("after", 0, Long.MAX_VALUE, 0); //$NON-NLS-1$
        int limit = (int) request.number("limit", 1, MAX_LIMIT, 100); //$NON-NLS-1$
        return ApiResponse.json(200, Map.of("entries", services.log().read(after, limit))); //$NON-NLS-1$
    }
}
