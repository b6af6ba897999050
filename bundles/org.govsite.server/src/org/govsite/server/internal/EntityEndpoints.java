package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;

/**
 * CRUD of one kind of versioned entity: list and read ({@link EntityTable#readers()}: content editors and reviewers
 * unless the table adds roles); create and delete (content editors), update ({@link EntityTable#updaters()}), with {@code ETag}/{@code If-Match} ({@link Versions}), {@link Idempotency}, and every change
 * in the operation log and the change feed ({@link Changes}) in its transaction.
 */
final class EntityEndpoints<T extends VersionedEntity> {
    private final Services services;
    private final EntityTable<T> table;

    EntityEndpoints(Services services, EntityTable<T> table) {
        this.services = services;
        this.table = table;
    }

    ApiResponse list(Caller caller, String scope) throws SQLException {
        caller.require(table.readers());
        return ApiResponse.json(200, Map.of(table.listField(),
                services.database().transaction(connection -> table.list(connection, scope))));
    }

    ApiResponse get(Caller caller, String scope, String id) throws SQLException {
        caller.require(table.readers());
        T entity = services.database().transaction(connection -> existing(connection, scope, id));
        return Versions.answer(200, entity, entity.version());
    }

    ApiResponse create(Caller caller, ApiRequest request, String scope) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        T input = JsonBodies.read(request.body(), table.bodyType());
        return Idempotency.write(services, caller, request, connection -> insert(connection, caller, scope, input));
    }

    /**
     * Creates each item as {@link #create} would with its body and idempotency key, all in one transaction (one
     * savepoint per item): a refused item is answered with the single request's error and does not stop the others.
     *
     * @param createPath the raw target of the single create, part of each item's idempotency fingerprint
     * @return per item, in order, the answer the single create would give
     */
    List<ApiResponse> createEach(Caller caller, List<BatchItem> items, String scope, String createPath) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        Idempotency.expire(services);
        List<Parsed<T>> parsed = items.stream().map(this::parse).toList();
        return services.database().transaction(connection -> {
            table.lockForBatch(connection, parsed.stream().map(Parsed::input).filter(Objects::nonNull).toList());
            List<ApiResponse> answers = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                BatchItem item = items.get(i);
                Parsed<T> body = parsed.get(i);
                String requestSm3 = Idempotency.fingerprint("POST", createPath, "", Sm3.digestHex(item.body())); //$NON-NLS-1$ //$NON-NLS-2$
                answers.add(Idempotency.writeWithin(services, caller, item.key(), requestSm3,
                        within -> insert(within, caller, scope, body.inputOrRefusal()), connection));
            }
            return answers;
        });
    }

    /** One item of a batch: the body a single create would carry, and its idempotency key ({@code null}: none). */
    record BatchItem(String key, byte[] body) {
    }

    /** A batch item's body read, or why it cannot be (thrown when the item is created, as the single create would). */
    private record Parsed<T>(T input, ProtocolException refusal) {
        T inputOrRefusal() {
            if (refusal != null) {
                throw refusal;
            }
            return input;
        }
    }

    private Parsed<T> parse(BatchItem item) {
        try {
            return new Parsed<>(JsonBodies.read(item.body(), table.bodyType()), null);
        } catch (ProtocolException e) {
            return new Parsed<>(null, e);
        }
    }

    private ApiResponse insert(Connection connection, Caller caller, String scope, T input) throws SQLException {
        String id = input.id() == null ? UUID.randomUUID().toString() : input.id();
        if (table.exists(connection, id)) {
            throw existsAlready(id);
        }
        T created = table.prepare(connection, scope, input, id, 1);
        try {
            table.insert(connection, created);
        } catch (SQLException e) {
            if (!Rows.isDuplicateKey(e)) {
                throw e;
            }
            throw existsAlready(id); // a concurrent create of the same id committed after the check above
        }
        new Changes(services, connection, caller.operator()).upserted(table.entity(), "create", id, 1, created, //$NON-NLS-1$
                created.name());
        table.afterLogged(connection, created);
        return Versions.answer(201, created, 1);
    }

    private ProtocolException existsAlready(String id) {
        return new ProtocolException(ErrorCode.REQ_INVALID_FIELD, table.entity() + ' ' + id + " exists already"); //$NON-NLS-1$
    }

    ApiResponse update(Caller caller, ApiRequest request, String scope, String id) throws SQLException {
        caller.require(table.updaters());
        long baseVersion = Versions.ifMatch(request);
        T input = JsonBodies.read(request.body(), table.bodyType());
        if (input.id() != null && !input.id().equals(id)) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "id in the body differs from the path"); //$NON-NLS-1$
        }
        return Idempotency.write(services, caller, request, connection -> {
            Versions.check(existing(connection, scope, id).version(), baseVersion);
            long version = baseVersion + 1;
            T updated = table.prepare(connection, scope, input, id, version);
            if (!table.update(connection, updated, baseVersion)) {
                throw Versions.conflict(baseVersion);
            }
            new Changes(services, connection, caller.operator()).upserted(table.entity(), "update", id, version, //$NON-NLS-1$
                    updated, "version " + version); //$NON-NLS-1$
            table.afterLogged(connection, updated);
            return Versions.answer(200, updated, version);
        });
    }

    ApiResponse delete(Caller caller, ApiRequest request, String scope, String id) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        long baseVersion = Versions.ifMatch(request);
        return Idempotency.write(services, caller, request, connection -> {
            T current = existing(connection, scope, id);
            Versions.check(current.version(), baseVersion);
            Changes changes = new Changes(services, connection, caller.operator());
            table.beforeDelete(connection, changes, current);
            if (!table.delete(connection, id, baseVersion)) {
                throw Versions.conflict(baseVersion);
            }
            changes.deleted(table.entity(), id, baseVersion, current.name());
            return ApiResponse.json(200, Map.of("id", id, "deleted", true)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    private T existing(Connection connection, String scope, String id) throws SQLException {
        return table.find(connection, scope, id).orElseThrow(
                () -> new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no " + table.entity() + ' ' + id)); //$NON-NLS-1$
    }
}
