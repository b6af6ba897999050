package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/**
 * {@code /api/v1/articles}: the unified resource library's articles. Reading, creating, updating and deleting one
 * article is the common {@link EntityEndpoints} (ETag / If-Match, idempotency keys, operation log and change feed
 * entity {@code article}); lists are paged by id, optionally of one column.
 */
final class ArticleEndpoints {
    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;

    private final Services services;
    final EntityEndpoints<ArticleJson> crud;

    ArticleEndpoints(Services services) {
        this.services = services;
        this.crud = new EntityEndpoints<>(services, new Articles());
    }

    /** {@code GET /api/v1/articles?column=<id>&after=<id>&limit=<1..1000>}: {@code {"articles":[...],"more":bool}} by id */
    ApiResponse list(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        String column = idParameter(request, "column").orElse(null); //$NON-NLS-1$
        String after = idParameter(request, "after").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        int limit = (int) request.number("limit", 1, MAX_LIMIT, DEFAULT_LIMIT); //$NON-NLS-1$
        List<ArticleJson> page = services.database().transaction(connection -> Articles.page(connection, column, after, limit + 1));
        boolean more = page.size() > limit;
        return ApiResponse.json(200, Map.of("articles", more ? page.subList(0, limit) : page, "more", more)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Optional<String> idParameter(ApiRequest request, String name) {
        Optional<String> value = request.query(name);
        if (value.isPresent() && !Fields.ID.matcher(value.get()).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, name + " must be an id"); //$NON-NLS-1$
        }
        return value;
    }
}
