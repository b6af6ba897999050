package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.server.Role;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /api/v1/articles}: the unified resource library's articles. Reading, creating, updating and deleting one
 * article is the common {@link EntityEndpoints} (ETag / If-Match, idempotency keys, operation log and change feed
 * entity {@code article}); lists are paged by id, optionally of one column. {@code POST /api/v1/articles/batch}
 * creates up to {@value #MAX_BATCH} articles in one transaction, each as its own {@code POST /api/v1/articles}
 * would be (docs/server.md, "Batch create").
 */
final class ArticleEndpoints {
    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;
    /** The most articles of one batch. */
    static final int MAX_BATCH = 500;
    /** The path of the batch create; its body may be up to {@link #MAX_BATCH_BYTES}. */
    static final String BATCH_PATH = "/api/v1/articles/batch"; //$NON-NLS-1$
    /** The largest body of a batch create; every other JSON request keeps the server's limit (1 MiB). */
    static final int MAX_BATCH_BYTES = 16 << 20;
    private static final String CREATE_PATH = "/api/v1/articles"; //$NON-NLS-1$

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

    /**
     * {@code POST /api/v1/articles/batch} with {@code {"articles":[{"key":<idempotency key>|null,"article":{...}}]}}:
     * 200 {@code {"results":[{"status","etag"?,"replayed","body"}]}}, per article in order the status, ETag and body
     * the single create would answer (a refusal's body is its error body).
     */
    ApiResponse batch(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        if (request.header(ProtocolHeaders.IDEMPOTENCY_KEY).isPresent()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD,
                    "a batch carries an idempotency key per article, not " + ProtocolHeaders.IDEMPOTENCY_KEY); //$NON-NLS-1$
        }
        BatchBody batch = JsonBodies.read(request.body(), BatchBody.class);
        List<EntityEndpoints.BatchItem> items = batch.articles().stream()
                .map(item -> new EntityEndpoints.BatchItem(item.key(), JsonBodies.write(item.article()))).toList();
        List<BatchResult> results = new ArrayList<>();
        for (ApiResponse answer : crud.createEach(caller, items, null, CREATE_PATH)) {
            results.add(new BatchResult(answer.status(), answer.headers().get(Versions.ETAG),
                    answer.headers().containsKey(Idempotency.REPLAYED), new String(answer.body(), StandardCharsets.UTF_8)));
        }
        return ApiResponse.json(200, Map.of("results", results)); //$NON-NLS-1$
    }

    /** The body of a batch create: 1 to {@value ArticleEndpoints#MAX_BATCH} articles, each a JSON object. */
    private record BatchBody(List<BatchArticle> articles) {
        BatchBody {
            if (articles == null || articles.isEmpty() || articles.size() > MAX_BATCH) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "articles must hold 1 to " + MAX_BATCH + " items"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (articles.stream().anyMatch(item -> item == null || item.article() == null || !item.article().isObject())) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "every item needs an article object"); //$NON-NLS-1$
            }
        }
    }

    /**
     * One article's answer in a batch: the single create's status, ETag (absent on a refusal) and body, written into
     * the batch's answer as it is (this server's own JSON, not parsed and written again).
     */
    private record BatchResult(int status, @JsonInclude(JsonInclude.Include.NON_NULL) String etag, boolean replayed,
            @JsonRawValue String body) {
    }

    /** One article of a batch with its idempotency key ({@code null}: none). */
    private record BatchArticle(String key, JsonNode article) {
    }

    private static Optional<String> idParameter(ApiRequest request, String name) {
        Optional<String> value = request.query(name);
        if (value.isPresent() && !Fields.ID.matcher(value.get()).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, name + " must be an id"); //$NON-NLS-1$
        }
        return value;
    }
}
