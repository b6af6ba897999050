package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/**
 * {@code /api/v1/articles}: the unified resource library's articles. Content editors and reviewers list (by column,
 * in pages by id) and read; content editors create, update and delete, with {@code If-Match} on updates and deletes
 * ({@link Versions}) and {@code X-GovSite-Idempotency-Key} honoured ({@link Idempotency}). Every change appends an
 * operation-log entry and a change-feed entry (entity {@code article}) in its transaction. An article's columns must
 * exist (on any site) and its image and attachments must be stored.
 */
public final class ArticleEndpoints {
    static final String ENTITY = "article"; //$NON-NLS-1$
    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;

    private final Services services;

    public ArticleEndpoints(Services services) {
        this.services = services;
    }

    /** {@code GET /api/v1/articles?column=<id>&after=<id>&limit=<1..1000>}: {@code {"articles":[...],"more":bool}} by id */
    public ApiResponse list(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        Optional<String> column = idParameter(request, "column"); //$NON-NLS-1$
        String after = idParameter(request, "after").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        int limit = (int) LogEndpoint.number(request, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT); //$NON-NLS-1$
        List<ArticleJson> page = services.database().transaction(connection -> column.isPresent()
                ? Articles.pageOfColumn(connection, column.get(), after, limit + 1)
                : Articles.page(connection, after, limit + 1));
        boolean more = page.size() > limit;
        return ApiResponse.json(200, Map.of("articles", more ? page.subList(0, limit) : page, "more", more)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public ApiResponse get(Caller caller, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        ArticleJson article = services.database().transaction(connection -> existing(connection, id));
        return Versions.answer(200, article, article.version());
    }

    public ApiResponse create(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        ArticleJson input = JsonBodies.read(request.body(), ArticleJson.class);
        ArticleJson created = input.with(input.id() == null ? UUID.randomUUID().toString() : input.id(), 1);
        return Idempotency.write(services, caller, request, connection -> {
            if (Articles.find(connection, created.id()).isPresent()) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "article " + created.id() + " exists already"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            checkReferences(connection, created);
            Articles.insert(connection, created);
            record(connection, caller, "article.create", created, created.title()); //$NON-NLS-1$
            return Versions.answer(201, created, created.version());
        });
    }

    public ApiResponse update(Caller caller, ApiRequest request, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        long baseVersion = Versions.ifMatch(request);
        ArticleJson input = JsonBodies.read(request.body(), ArticleJson.class);
        if (input.id() != null && !input.id().equals(id)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "id in the body differs from the path"); //$NON-NLS-1$
        }
        return Idempotency.write(services, caller, request, connection -> {
            ArticleJson current = existing(connection, id);
            Versions.check(current.version(), baseVersion);
            ArticleJson next = input.with(id, current.version() + 1);
            checkReferences(connection, next);
            if (!Articles.update(connection, next, baseVersion)) {
                throw Versions.conflict(baseVersion);
            }
            record(connection, caller, "article.update", next, "version " + next.version()); //$NON-NLS-1$ //$NON-NLS-2$
            return Versions.answer(200, next, next.version());
        });
    }

    public ApiResponse delete(Caller caller, ApiRequest request, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        long baseVersion = Versions.ifMatch(request);
        return Idempotency.write(services, caller, request, connection -> {
            ArticleJson current = existing(connection, id);
            Versions.check(current.version(), baseVersion);
            if (!Articles.delete(connection, id, baseVersion)) {
                throw Versions.conflict(baseVersion);
            }
            services.log().append(connection, caller.operator(), "article.delete", id, current.title()); //$NON-NLS-1$
            ChangeFeed.record(connection, ENTITY, id, current.version(), ChangeFeed.DELETE, null);
            return ApiResponse.json(200, Map.of("id", id, "deleted", true)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    private void record(Connection connection, Caller caller, String action, ArticleJson article, String detail) throws SQLException {
        services.log().append(connection, caller.operator(), action, article.id(), detail);
        ChangeFeed.record(connection, ENTITY, article.id(), article.version(), ChangeFeed.UPSERT, article);
    }

    private static ArticleJson existing(Connection connection, String id) throws SQLException {
        return Articles.find(connection, id).orElseThrow(() -> new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no article " + id)); //$NON-NLS-1$
    }

    private static void checkReferences(Connection connection, ArticleJson article) throws SQLException {
        Optional<String> column = Articles.firstMissingColumn(connection, article.columns());
        if (column.isPresent()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "no column " + column.get()); //$NON-NLS-1$
        }
        List<String> digests = new ArrayList<>(article.attachments());
        if (article.image() != null) {
            digests.add(0, article.image());
        }
        Optional<String> attachment = Attachments.firstMissing(connection, digests);
        if (attachment.isPresent()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "no attachment " + attachment.get() + ": store it first"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Optional<String> idParameter(ApiRequest request, String name) {
        Optional<String> value = request.query(name);
        if (value.isPresent() && !ArticleJson.ID.matcher(value.get()).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, name + " must be an id"); //$NON-NLS-1$
        }
        return value;
    }
}
