package org.govsite.sync;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.client.Versioned;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.sync.internal.EntityPaths;
import org.govsite.sync.internal.Messages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link SyncRemote} over a logged-in {@link PlatformClient}: the change feed, and each outbox entry as the REST
 * call of its entity (POST for a new object, PUT or DELETE with If-Match, all with the entry's idempotency key; a site
 * delete, high-risk, also signed with the operator's own SM2 key), after the files it names
 * ({@code PUT /api/v1/attachments/{digest}}). GS-CONFLICT-ETAG, and an edit of an object the
 * server no longer has, are conflicts; a delete of an object already gone is done. An error that belongs to the entry
 * ({@link #ENTRY_FAULTS}: invalid field, role, operator signature, ...) rejects it. Transport failures (offline,
 * connection lost) become {@link OfflineException}; other errors (session, response signature, server error, clock)
 * are thrown as the client's {@link ClientException}, and the push stops there with the queue intact.
 */
public final class ClientSyncRemote implements SyncRemote {

    /** Errors of one entry's request itself: that entry is rejected and the push goes on with the others. */
    static final Set<ErrorCode> ENTRY_FAULTS = EnumSet.of(ErrorCode.REQ_MALFORMED_URI, ErrorCode.REQ_MALFORMED_JSON,
            ErrorCode.REQ_INVALID_FIELD, ErrorCode.REQ_TOO_LARGE, ErrorCode.REQ_NOT_FOUND,
            ErrorCode.REQ_PRECONDITION_REQUIRED, ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED, ErrorCode.AUTH_ROLE,
            ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED, ErrorCode.AUTH_BAD_OPERATOR_SIGNATURE);

    private final PlatformClient client;
    private final Supplier<Optional<Sm2PrivateKey>> operatorKey;

    /** A remote without the operator's key: a queued site delete is rejected (GS-AUTH-OPERATOR-SIGNATURE-REQUIRED). */
    public ClientSyncRemote(PlatformClient client) {
        this(client, Optional::empty);
    }

    /**
     * A remote signing site deletes with the key {@code operatorKey} gives, asked for only when such an entry is
     * pushed; none (e.g. the operator cancelled) rejects the entry with GS-AUTH-OPERATOR-SIGNATURE-REQUIRED.
     */
    public ClientSyncRemote(PlatformClient client, Supplier<Optional<Sm2PrivateKey>> operatorKey) {
        this.client = client;
        this.operatorKey = operatorKey;
    }

    @Override
    public ChangePage changes(long after, int limit) {
        org.govsite.client.ChangePage page = call(() -> client.changes(after, limit));
        return new ChangePage(page.changes().stream().map(change -> new Change(change.seq(), change.entity(),
                change.id(), change.version(), change.op(), change.data())).toList(), page.cursor(), page.more());
    }

    @Override
    public PushOutcome push(OutboxEntry entry, List<KeptFile> files) {
        try {
            return call(() -> {
                files.forEach(file -> client.putAttachment(file.digest(), file.bytes(), file.contentType()));
                return send(entry);
            });
        } catch (ClientException e) {
            if (e.code() == ErrorCode.CONFLICT_ETAG || (e.code() == ErrorCode.REQ_NOT_FOUND && entry.baseVersion() > 0
                    && !entry.isDelete())) {
                return PushOutcome.refused();
            }
            if (e.code() == ErrorCode.REQ_NOT_FOUND && entry.isDelete()) {
                return PushOutcome.applied(null);
            }
            if (ENTRY_FAULTS.contains(e.code())) {
                return PushOutcome.rejected(e.code().code(), e.detail());
            }
            throw e;
        }
    }

    private PushOutcome send(OutboxEntry entry) {
        if (entry.isDelete()) {
            return delete(entry);
        }
        Versioned<JsonNode> answer = entry.baseVersion() == 0
                ? client.post(EntityPaths.collection(entry.entity(), entry.data()), entry.data(), entry.idempotencyKey())
                : client.put(EntityPaths.item(entry.entity(), entry.id(), entry.data()), entry.data(),
                        entry.baseVersion(), entry.idempotencyKey());
        return PushOutcome.applied(new Record(entry.entity(), entry.id(), answer.version(), answer.value()));
    }

    /**
     * A high-risk delete (a site) goes signed with the operator's key and without the idempotency key (the client's
     * high-risk DELETE takes none): a repeat after a crash finds the object gone, which is done.
     */
    private PushOutcome delete(OutboxEntry entry) {
        String path = EntityPaths.item(entry.entity(), entry.id(), entry.data());
        if (!EntityPaths.isHighRisk(entry)) {
            client.delete(path, entry.baseVersion(), entry.idempotencyKey());
            return PushOutcome.applied(null);
        }
        Optional<Sm2PrivateKey> key = operatorKey.get();
        if (key.isEmpty()) {
            return PushOutcome.rejected(ErrorCode.AUTH_OPERATOR_SIGNATURE_REQUIRED.code(), Messages.NoOperatorKey);
        }
        client.deleteHighRisk(path, entry.baseVersion(), key.get());
        return PushOutcome.applied(null);
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
