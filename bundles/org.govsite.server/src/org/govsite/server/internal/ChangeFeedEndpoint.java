package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.govsite.server.Role;

/**
 * {@code GET /api/v1/changes?after=<seq>&limit=<1..1000>} (content editors and reviewers): the change feed in
 * pages, {@code {"changes":[...],"cursor":<last seq returned, or after>,"more":<bool>}}.
 */
public final class ChangeFeedEndpoint {
    private static final int DEFAULT_LIMIT = 100;

    private final Services services;

    public ChangeFeedEndpoint(Services services) {
        this.services = services;
    }

    public ApiResponse read(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        long after = request.number("after", 0, Long.MAX_VALUE, 0); //$NON-NLS-1$
        int limit = (int) request.number("limit", 1, LogEndpoint.MAX_LIMIT, DEFAULT_LIMIT); //$NON-NLS-1$
        List<ChangeFeed.Change> page = services.database().transaction(connection -> ChangeFeed.read(connection, after, limit + 1));
        List<ChangeFeed.Change> changes = page.subList(0, Math.min(limit, page.size()));
        long cursor = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
        return ApiResponse.json(200, Map.of("changes", changes, "cursor", cursor, "more", page.size() > limit)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
