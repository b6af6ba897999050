package org.govsite.sync;

import java.util.Optional;

import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.client.Versioned;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.sync.internal.EntityPaths;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link SyncRemote} over a logged-in {@link PlatformClient}: the change feed, and each outbox entry as the REST
 * call of its entity (POST for a new object, PUT or DELETE with If-Match, all with the entry's idempotency key).
 * GS-CONFLICT-ETAG, and an edit of an object the server no longer has, are conflicts; a delete of an object already
 * gone is done. Transport failures (offline, connection lost) become {@link OfflineException}; other errors are
 * thrown as the client's {@link ClientException}, and the push stops there with the queue intact.
 */
public final class ClientSyncRemote implements SyncRemote {

    private final PlatformClient client;

    public ClientSyncRemote(PlatformClient client) {
        this.client = client;
    }

    @Override
    public ChangePage changes(long after, int limit) {
        org.govsite.client.ChangePage page = call(() -> client.changes(after, limit));
        return new ChangePage(page.changes().stream().map(change -> new Change(change.seq(), change.entity(),
                change.id(), change.version(), change.op(), change.data())).toList(), page.cursor(), page.more());
    }

    @Override
    public PushOutcome push(OutboxEntry entry) {
        try {
            return call(() -> send(entry));
        } catch (ClientException e) {
            if (e.code() == ErrorCode.CONFLICT_ETAG || (e.code() == ErrorCode.REQ_NOT_FOUND && !entry.isDelete())) {
                return PushOutcome.refused();
            }
            if (e.code() == ErrorCode.REQ_NOT_FOUND) {
                return PushOutcome.applied(null);
            }
            throw e;
        }
    }

    private PushOutcome send(OutboxEntry entry) {
        if (entry.isDelete()) {
            client.delete(EntityPaths.item(entry.entity(), entry.id(), entry.data()), entry.baseVersion(),
                    entry.idempotencyKey());
            return PushOutcome.applied(null);
        }
        Versioned<JsonNode> answer = entry.baseVersion() == 0
                ? client.post(EntityPaths.collection(entry.entity(), entry.data()), entry.data(), entry.idempotencyKey())
                : client.put(EntityPaths.item(entry.entity(), entry.id(), entry.data()), entry.data(),
                        entry.baseVersion(), entry.idempotencyKey());
        return PushOutcome.applied(new Record(entry.entity(), entry.id(), answer.version(), answer.value()));
    }

    @Override
    public Optional<Record> fetch(OutboxEntry entry) {
        try {
            Versioned<JsonNode> current = call(
                    () -> client.getVersioned(EntityPaths.item(entry.entity(), entry.id(), entry.data())));
            return Optional.of(new Record(entry.entity(), entry.id(), current.version(), current.value()));
        } catch (ClientException e) {
            if (e.code() == ErrorCode.REQ_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private interface Call<T> {
        T run();
    }

    /**
     * Runs a client call, turning its transport failures (offline, or the connection lost before an answer came)
     * into {@link OfflineException}.
     */
    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ClientException e) {
            if (e.isOffline() || e.code() == null) {
                throw new OfflineException(e.getLocalizedMessage(), e);
            }
            throw e;
        }
    }
}
