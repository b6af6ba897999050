package org.govsite.store.replica;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;
import org.govsite.store.internal.H2File;
import org.govsite.store.internal.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sync replica of one server connection: an embedded H2 database {@code replica.mv.db} in the connection's
 * folder holding the server's records (as last pulled or answered to a push), the change-feed cursor and the
 * outbox of local edits. Every method is one transaction; a crash at any point leaves the last committed state
 * (docs/sync.md). One program at a time; thread-safe (calls are serialized on the one connection).
 */
public final class Replica implements AutoCloseable {

    /** File name of the database in the connection folder, without H2's {@code .mv.db} suffix. */
    public static final String DATABASE_NAME = "replica";

    /** Resource folder of the replica's schema scripts {@code V<n>__*.sql} (docs/sync.md). */
    private static final String SCHEMA_FOLDER = "org/govsite/store/replica/schema";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;
    private static final String UPSERT_IF_NEWER = "MERGE INTO replica_record t USING (VALUES (CAST(? AS VARCHAR(32)), "
            + "CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS VARCHAR))) s (entity, id, version, data_json) "
            + "ON t.entity = s.entity AND t.id = s.id "
            + "WHEN MATCHED AND t.version < s.version THEN UPDATE SET version = s.version, data_json = s.data_json "
            + "WHEN NOT MATCHED THEN INSERT (entity, id, version, data_json) VALUES (s.entity, s.id, s.version, s.data_json)";
    private static final String INSERT_NEW = "INSERT INTO replica_record (entity, id, version, data_json) "
            + "VALUES (?, ?, ?, ?)";
    private static final String DELETE_IF_NOT_NEWER = "DELETE FROM replica_record WHERE entity = ? AND id = ? AND version <= ?";
    private static final String OUTBOX_COLUMNS = "seq, idempotency_key, entity, id, base_version, op, data_json, state";

    private final H2File database;
    private final Connection connection;
    private final KeptFiles files = new KeptFiles(this);
    private boolean closed;

    private Replica(H2File database) {
        this.database = database;
        this.connection = database.connection();
    }

    /** The files the queued edits refer to (an article's image and attachments chosen in the workbench). */
    public KeptFiles files() {
        return files;
    }

    /**
     * Opens (creating when missing) the replica in this folder and brings its schema to the current version. A
     * second open of the folder, in this program or another, throws {@link StoreException} and touches nothing.
     * Every commit is in the file when it returns ({@link H2File#url}), so a killed workbench loses no queued edit.
     */
    public static Replica open(Path directory) {
        return new Replica(H2File.open(directory, DATABASE_NAME, Replica.class, SCHEMA_FOLDER));
    }

    /** The replica's H2 URL in {@code folder}. */
    public static String jdbcUrl(Path folder) {
        return H2File.url(folder.resolve(DATABASE_NAME));
    }

    /** The record of this entity and id, or empty when the server has none (as far as this replica knows). */
    public synchronized Optional<Record> find(String entity, String id) {
        return read(() -> stored(entity, id));
    }

    /** The records of this entity, by id. */
    public synchronized List<Record> list(String entity) {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entity, id, version, data_json FROM replica_record WHERE entity = ? ORDER BY id")) {
                select.setString(1, entity);
                return records(select);
            }
        });
    }

    /**
     * Gives {@code action} each record of this entity whose JSON text contains one of {@code texts} (as stored: the
     * server's JSON, so {@code "\"<id>\""} finds the records that name an id), by id, in one read of the table: only
     * those records are parsed. The action may throw (a cancel) to end the pass.
     *
     * @param texts at least one
     */
    public synchronized void forEachContaining(String entity, List<String> texts, Consumer<Record> action) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no text to look for"); //$NON-NLS-1$
        }
        read(() -> {
            String anyText = String.join(" OR ", Collections.nCopies(texts.size(), "data_json LIKE ? ESCAPE '\\'")); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement select = connection.prepareStatement("SELECT entity, id, version, data_json "
                    + "FROM replica_record WHERE entity = ? AND (" + anyText + ") ORDER BY id")) {
                select.setString(1, entity);
                for (int i = 0; i < texts.size(); i++) {
                    select.setString(i + 2, "%" + likeLiteral(texts.get(i)) + "%"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        action.accept(new Record(row.getString(1), row.getString(2), row.getLong(3), tree(row.getString(4))));
                    }
                }
            }
            return null;
        });
    }

    /** @return {@code text} with LIKE's wildcards and escape character escaped */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** The number of records of this entity. */
    public synchronized long count(String entity) {
        return read(() -> {
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT COUNT(*) FROM replica_record WHERE entity = ?")) {
                select.setString(1, entity);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The seq of the last change-feed entry applied (0 before the first pull). */
    public synchronized long cursor() {
        return read(() -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT after_seq FROM replica_cursor")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Applies a page of the change feed and moves the cursor to {@code page.cursor()}, all in one transaction.
     * A change whose version is not newer than the stored record's does nothing, so applying a page twice (after a
     * crash before its commit was known) changes nothing more.
     */
    public synchronized void apply(ChangePage page) {
        write(() -> {
            if (page.changes().stream().noneMatch(Change::isDelete)) {
                insertOrMerge(page.changes());
            } else {
                applyLastPerObject(page.changes());
            }
            try (PreparedStatement cursor = connection.prepareStatement("UPDATE replica_cursor SET after_seq = ?")) {
                cursor.setLong(1, page.cursor());
                cursor.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A page of upserts only: tried as plain batched INSERTs first, so that a first pull, where every object is new,
     * costs what a bare insert costs; when an object is already there (or twice in the page) the page goes again, in
     * order, as conditional MERGEs.
     */
    private void insertOrMerge(List<Change> upserts) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            upsertBatched(INSERT_NEW, upserts);
        } catch (SQLException alreadyThere) {
            connection.rollback(before);
            upsertBatched(UPSERT_IF_NEWER, upserts);
        }
    }

    private void upsertBatched(String sql, List<Change> upserts) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Change change : upserts) {
                bindKey(upsert, change.entity(), change.id(), change.version()).setString(4, text(change.data()));
                upsert.addBatch();
                if (++pending == BATCH) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            upsert.executeBatch();
        }
    }

    /** A page with deletes: the last change of each object, upserts and deletes each as one batch. */
    private void applyLastPerObject(List<Change> changes) throws SQLException {
        Map<List<String>, Change> last = new LinkedHashMap<>();
        for (Change change : changes) {
            last.merge(List.of(change.entity(), change.id()), change,
                    (earlier, later) -> later.version() >= earlier.version() ? later : earlier);
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_IF_NOT_NEWER)) {
            for (Change change : last.values()) {
                if (change.isDelete()) {
                    bindKey(delete, change.entity(), change.id(), change.version()).addBatch();
                }
            }
            delete.executeBatch();
        }
        upsertBatched(UPSERT_IF_NEWER, last.values().stream().filter(change -> !change.isDelete()).toList());
    }

    /** Queues an edit that creates ({@code baseVersion} 0) or replaces the object with {@code data}. */
    public synchronized OutboxEntry queueUpsert(String entity, String id, long baseVersion, JsonNode data) {
        return write(() -> insertEntry(entity, id, baseVersion, OutboxEntry.UPSERT, data));
    }

    /**
     * Queues the deletion of the object, made on {@code baseVersion}. The entry keeps the object's last known JSON
     * (null when the replica has none): the server's path of a nested object (a site's column) is made from it.
     */
    public synchronized OutboxEntry queueDelete(String entity, String id, long baseVersion) {
        return write(() -> {
            JsonNode last = stored(entity, id).map(Record::data).orElse(null);
            return insertEntry(entity, id, baseVersion, OutboxEntry.DELETE, last);
        });
    }

    /** Every outbox entry, queued, in conflict and rejected, in queue order. */
    public synchronized List<OutboxEntry> outbox() {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + OUTBOX_COLUMNS + " FROM outbox ORDER BY seq")) {
                return entries(select);
            }
        });
    }

    /** The first QUEUED entry after {@code afterSeq} in queue order, as now stored. */
    public synchronized Optional<OutboxEntry> nextQueued(long afterSeq) {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + OUTBOX_COLUMNS
                    + " FROM outbox WHERE seq > ? AND state = 'QUEUED' ORDER BY seq FETCH FIRST ROW ONLY")) {
                select.setLong(1, afterSeq);
                return entries(select).stream().findFirst();
            }
        });
    }

    /**
     * The server applied {@code entry}: removes it and stores the server's answer ({@code null} for a delete) in one
     * transaction. Later queued edits of the same object made on the same base version move to the answer's version
     * (they followed this edit locally, so they are not in conflict with it).
     */
    public synchronized void pushed(OutboxEntry entry, Record answer) {
        write(() -> {
            removeEntry(entry);
            if (answer == null) {
                deleteRecord(entry.entity(), entry.id(), Long.MAX_VALUE);
            } else {
                storeRecord(answer);
                try (PreparedStatement rebase = connection.prepareStatement("UPDATE outbox SET base_version = ? "
                        + "WHERE entity = ? AND id = ? AND base_version = ? AND state = 'QUEUED'")) {
                    rebase.setLong(1, answer.version());
                    rebase.setString(2, entry.entity());
                    rebase.setString(3, entry.id());
                    rebase.setLong(4, entry.baseVersion());
                    rebase.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The server refused {@code entry}'s base version: marks it in conflict and stores the server's record
     * ({@code theirs}, empty when the server has none any more) in one transaction.
     */
    public synchronized void conflict(OutboxEntry entry, Optional<Record> theirs) {
        write(() -> {
            mark(entry, OutboxEntry.CONFLICT, null, null);
            if (theirs.isPresent()) {
                storeRecord(theirs.get());
            } else {
                deleteRecord(entry.entity(), entry.id(), Long.MAX_VALUE);
            }
            return null;
        });
    }

    /**
     * The server refused {@code entry} for a reason of its own: marks it REJECTED with the server's error code and
     * message, in one transaction. It waits for the operator's decision ({@link #rejections()}).
     */
    public synchronized void reject(OutboxEntry entry, String code, String message) {
        write(() -> {
            mark(entry, OutboxEntry.REJECTED, code, message);
            return null;
        });
    }

    /** The REJECTED entries in queue order, each with the server's error code and message. */
    public synchronized List<Rejection> rejections() {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + OUTBOX_COLUMNS
                    + ", error_code, error_message FROM outbox WHERE state = 'REJECTED' ORDER BY seq");
                    ResultSet row = select.executeQuery()) {
                List<Rejection> rejections = new ArrayList<>();
                while (row.next()) {
                    rejections.add(new Rejection(entry(row), row.getString(9), row.getString(10)));
                }
                return rejections;
            }
        });
    }

    /**
     * Replaces an entry by a new edit of the same object, at the end of the queue with a new idempotency key (the
     * server may have recorded the old key's answer), in one transaction: a crash keeps one of the two, never both.
     */
    public synchronized OutboxEntry requeue(OutboxEntry entry, long baseVersion, String op, JsonNode data) {
        return write(() -> {
            removeEntry(entry);
            return insertEntry(entry.entity(), entry.id(), baseVersion, op, data);
        });
    }

    /** Removes an entry without pushing it. */
    public synchronized void drop(OutboxEntry entry) {
        write(() -> {
            removeEntry(entry);
            return null;
        });
    }

    /**
     * Removes every entry of the object, in one transaction (an object created and deleted again before a push: the
     * server never had it, so there is nothing to send). Returns how many were removed.
     */
    public synchronized int dropAll(String entity, String id) {
        return write(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE entity = ? AND id = ?")) {
                delete.setString(1, entity);
                delete.setString(2, id);
                return delete.executeUpdate();
            }
        });
    }

    /** Closes the database and releases the folder; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close(null);
    }

    private Optional<Record> stored(String entity, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entity, id, version, data_json FROM replica_record WHERE entity = ? AND id = ?")) {
            select.setString(1, entity);
            select.setString(2, id);
            return records(select).stream().findFirst();
        }
    }

    private OutboxEntry insertEntry(String entity, String id, long baseVersion, String op, JsonNode data)
            throws SQLException {
        String key = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (idempotency_key, entity, id, "
                + "base_version, op, data_json, state) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED')", new String[] { "seq" })) {
            insert.setString(1, key);
            insert.setString(2, entity);
            insert.setString(3, id);
            insert.setLong(4, baseVersion);
            insert.setString(5, op);
            insert.setString(6, data == null ? null : text(data));
            insert.executeUpdate();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                generated.next();
                return new OutboxEntry(generated.getLong(1), key, entity, id, baseVersion, op, data,
                        OutboxEntry.QUEUED);
            }
        }
    }

    private void mark(OutboxEntry entry, String state, String code, String message) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE outbox SET state = ?, error_code = ?, error_message = ? WHERE seq = ?")) {
            mark.setString(1, state);
            mark.setString(2, code);
            mark.setString(3, message);
            mark.setLong(4, entry.seq());
            if (mark.executeUpdate() != 1) {
                throw new StoreException(NLS.bind(Messages.ReplicaNoEntry, entry.seq()));
            }
        }
    }

    private void removeEntry(OutboxEntry entry) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            delete.setLong(1, entry.seq());
            if (delete.executeUpdate() != 1) {
                throw new StoreException(NLS.bind(Messages.ReplicaNoEntry, entry.seq()));
            }
        }
    }

    private void storeRecord(Record record) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_IF_NEWER)) {
            bindKey(upsert, record.entity(), record.id(), record.version()).setString(4, text(record.data()));
            upsert.executeUpdate();
        }
    }

    private void deleteRecord(String entity, String id, long version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_IF_NOT_NEWER)) {
            bindKey(delete, entity, id, version).executeUpdate();
        }
    }

    private static PreparedStatement bindKey(PreparedStatement statement, String entity, String id, long version)
            throws SQLException {
        statement.setString(1, entity);
        statement.setString(2, id);
        statement.setLong(3, version);
        return statement;
    }

    private static List<Record> records(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            List<Record> records = new ArrayList<>();
            while (row.next()) {
                records.add(new Record(row.getString(1), row.getString(2), row.getLong(3), tree(row.getString(4))));
            }
            return records;
        }
    }

    private static List<OutboxEntry> entries(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            List<OutboxEntry> entries = new ArrayList<>();
            while (row.next()) {
                entries.add(entry(row));
            }
            return entries;
        }
    }

    /** The entry of a row selected as {@link #OUTBOX_COLUMNS}. */
    private static OutboxEntry entry(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), tree(row.getString(7)), row.getString(8));
    }

    private static String text(JsonNode data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new StoreException(NLS.bind(Messages.ReplicaBadJson, e.getOriginalMessage()), e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException(NLS.bind(Messages.ReplicaBadJson, e.getOriginalMessage()), e);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** The connection the work of {@link #read} and {@link #write} uses. */
    Connection connection() {
        return connection;
    }

    synchronized <T> T read(Work<T> work) {
        return transaction(work, Messages.ReplicaReadFailed);
    }

    synchronized <T> T write(Work<T> work) {
        return transaction(work, Messages.ReplicaWriteFailed);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T transaction(Work<T> work, String failure) {
        if (closed) {
            throw new StoreException(Messages.ReplicaClosed);
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(NLS.bind(failure, database.folder(), e.getMessage()), e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the original failure is what the caller needs; a failed rollback leaves H2 to discard the transaction
        }
    }
}
