package org.govsite.sync.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.KeptFile;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.sync.OfflineException;
import org.govsite.sync.PushOutcome;
import org.govsite.sync.SyncRemote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's sync rules in memory (Contract 1: versions from 1, If-Match compare, change feed in commit order,
 * answers stored per idempotency key with the change), for testing the engine's own logic: cancel, offline,
 * queue order. Counts the writes it applies, so a test sees an edit applied twice. The same engine is tested
 * against the real server in {@link RealServerSyncTest}.
 */
final class ModelServer implements SyncRemote {

    private final Map<List<String>, Record> records = new HashMap<>();
    private final List<Change> feed = new ArrayList<>();
    private final Map<String, PushOutcome> answers = new HashMap<>();
    private final Map<String, KeptFile> files = new HashMap<>();
    private boolean offline;
    private int writes;

    /** Another operator's edit on the server. */
    synchronized Record edit(String entity, String id, JsonNode data) {
        Record old = records.get(List.of(entity, id));
        Record record = new Record(entity, id, old == null ? 1 : old.version() + 1, data);
        records.put(List.of(entity, id), record);
        feed.add(new Change(feed.size() + 1, entity, id, record.version(), OutboxEntry.UPSERT, data));
        writes++;
        return record;
    }

    synchronized Optional<Record> record(String entity, String id) {
        return Optional.ofNullable(records.get(List.of(entity, id)));
    }

    synchronized int writes() {
        return writes;
    }

    synchronized void offline(boolean value) {
        offline = value;
    }

    @Override
    public synchronized ChangePage changes(long after, int limit) {
        checkOnline();
        List<Change> page = feed.subList((int) Math.min(after, feed.size()), (int) Math.min(after + limit, feed.size()));
        long cursor = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        return new ChangePage(page, cursor, cursor < feed.size());
    }

    @Override
    public synchronized PushOutcome push(OutboxEntry entry, List<KeptFile> kept) {
        checkOnline();
        kept.forEach(file -> files.put(file.digest(), file));
        PushOutcome earlier = answers.get(entry.idempotencyKey());
        if (earlier != null) {
            return earlier;
        }
        List<String> key = List.of(entry.entity(), entry.id());
        Record current = records.get(key);
        long serverVersion = current == null ? 0 : current.version();
        if (serverVersion != entry.baseVersion()) {
            return PushOutcome.refused();
        }
        PushOutcome outcome;
        if (entry.isDelete()) {
            records.remove(key);
            feed.add(new Change(feed.size() + 1, entry.entity(), entry.id(), serverVersion + 1, OutboxEntry.DELETE, null));
            writes++;
            outcome = PushOutcome.applied(null);
        } else {
            outcome = PushOutcome.applied(edit(entry.entity(), entry.id(), entry.data()));
        }
        answers.put(entry.idempotencyKey(), outcome);
        return outcome;
    }

    /** The file stored under {@code digest}, as pushed. */
    synchronized Optional<KeptFile> file(String digest) {
        return Optional.ofNullable(files.get(digest));
    }

    @Override
    public synchronized Optional<Record> fetch(OutboxEntry entry) {
        checkOnline();
        return record(entry.entity(), entry.id());
    }

    private void checkOnline() {
        if (offline) {
            throw new OfflineException("model server is offline", null);
        }
    }
}
