package org.govsite.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;

/**
 * Writes a client may send again (docs/server.md, "Idempotency"). A write carrying
 * {@code X-GovSite-Idempotency-Key} first claims the row (operator, key), then runs, then
 * stores its answer (status, body, ETag) in that row, all in one transaction: a repeat of the same request answers
 * the stored response without applying it again; a concurrent repeat waits for the row and then does the same; a
 * different request with a used key is {@link ErrorCode#REQ_IDEMPOTENCY_KEY_REUSED}. Refused writes (an exception)
 * roll back with their claim, so they can be retried with the same key. Keys are kept {@link #RETENTION}.
 */
public final class Idempotency {
    /** Response header on an answer replayed from the store. */
    public static final String REPLAYED = "X-GovSite-Idempotent-Replay"; //$NON-NLS-1$
    /** How long keys and their answers are kept. */
    public static final Duration RETENTION = Duration.ofDays(30);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}"); //$NON-NLS-1$

    private record Stored(String requestSm3, int status, String body, String etag) {
        ApiResponse response() {
            ApiResponse response = ApiResponse.json(status, body.getBytes(StandardCharsets.UTF_8)).withHeader(REPLAYED, "true"); //$NON-NLS-1$
            return etag == null ? response : response.withHeader(Versions.ETAG, etag);
        }
    }

    private Idempotency() {
    }

    /**
     * Runs {@code write} in one transaction, once per idempotency key of the caller when the request has one.
     * Every write endpoint calls this instead of {@link Database#transaction}.
     *
     * @param write the change; its answer (JSON, with an optional ETag header) is what a repeat gets
     * @return the answer of {@code write}, or the stored answer of the first request with this key
     */
    public static ApiResponse write(Services services, Caller caller, ApiRequest request, Database.Work<ApiResponse> write)
            throws SQLException {
        Optional<String> key = request.header(ProtocolHeaders.IDEMPOTENCY_KEY);
        if (key.isEmpty()) {
            return services.database().transaction(write);
        }
        checkKey(key.get());
        String requestSm3 = fingerprint(request.method(), request.target(),
                request.header(ProtocolHeaders.IF_MATCH).orElse(""), request.bodySm3()); //$NON-NLS-1$
        expire(services);
        try {
            return services.database().transaction(connection -> once(services, caller, key.get(), requestSm3, write, connection));
        } catch (SQLException e) {
            return afterConflict(services, caller, key.get(), requestSm3, e);
        }
    }

    /**
     * Runs {@code write} inside the caller's transaction {@code connection}, under a savepoint, once per idempotency
     * key like {@link #write}: the batch endpoints' form of it, one savepoint per item. A refused write
     * ({@link ProtocolException}) is rolled back to the savepoint, with its claim, and answered as the single request
     * would be answered; the transaction goes on.
     *
     * @param key the item's key, or {@code null} to write without one
     * @param requestSm3 {@link #fingerprint} of the single request the item stands for
     */
    static ApiResponse writeWithin(Services services, Caller caller, String key, String requestSm3,
            Database.Work<ApiResponse> write, Connection connection) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            if (key != null) {
                checkKey(key);
            }
            ApiResponse answer = key == null ? write.run(connection) : once(services, caller, key, requestSm3, write, connection);
            connection.releaseSavepoint(savepoint);
            return answer;
        } catch (ProtocolException e) {
            connection.rollback(savepoint);
            return ApiResponse.error(e);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (key == null) {
                throw e;
            }
            try {
                return afterConflict(services, caller, key, requestSm3, e);
            } catch (ProtocolException reused) {
                return ApiResponse.error(reused);
            }
        }
    }

    /** Forgets keys older than {@link #RETENTION}, in a transaction of its own before the write's. */
    static void expire(Services services) throws SQLException {
        services.database().transaction(connection -> expire(connection, services.now()));
    }

    private static void checkKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD,
                    ProtocolHeaders.IDEMPOTENCY_KEY + " must be 1 to 128 characters A-Z a-z 0-9 . _ : -"); //$NON-NLS-1$
        }
    }

    /** The stored answer for the key, or the write applied and its answer stored with the key. */
    private static ApiResponse once(Services services, Caller caller, String key, String requestSm3,
            Database.Work<ApiResponse> write, Connection connection) throws SQLException {
        Optional<Stored> stored = find(connection, caller.operator(), key);
        if (stored.isPresent()) {
            return replay(stored.get(), requestSm3);
        }
        claim(connection, caller.operator(), key, requestSm3, services.now());
        ApiResponse answer = write.run(connection);
        store(connection, caller.operator(), key, answer);
        return answer;
    }

    /** A unique violation: a concurrent request with this key committed first, answer what it stored. */
    private static ApiResponse afterConflict(Services services, Caller caller, String key, String requestSm3,
            SQLException e) throws SQLException {
        if (!Rows.isDuplicateKey(e)) {
            throw e;
        }
        Stored stored = services.database().transaction(connection -> find(connection, caller.operator(), key))
                .orElseThrow(() -> e);
        return replay(stored, requestSm3);
    }

    /**
     * SM3 over method, raw target, If-Match and the body's SM3: what makes two requests "the same".
     *
     * @param bodySm3 the SM3 of the body, lower-case hex
     */
    static String fingerprint(String method, String target, String ifMatch, String bodySm3) {
        String text = String.join("\n", method, target, ifMatch, bodySm3); //$NON-NLS-1$
        return Sm3.digestHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse replay(Stored stored, String requestSm3) {
        if (!MessageDigest.isEqual(stored.requestSm3().getBytes(StandardCharsets.US_ASCII),
                requestSm3.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProtocolException(ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED,
                    "the key was used for another method, path, If-Match or body"); //$NON-NLS-1$
        }
        return stored.response();
    }

    private static Optional<Stored> find(Connection connection, String operator, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_sm3, status, body, etag FROM idempotency WHERE operator = ? AND idem_key = ?")) { //$NON-NLS-1$
            select.setString(1, operator);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** Forgets keys older than {@link #RETENTION} (in a transaction of its own, before the write's). */
    private static Void expire(Connection connection, long now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency WHERE created_at < ?")) { //$NON-NLS-1$
            delete.setLong(1, now - RETENTION.toSeconds());
            delete.executeUpdate();
            return null;
        }
    }

    /** Inserts the row first: a concurrent request with the same key waits on it until this transaction ends. */
    private static void claim(Connection connection, String operator, String key, String requestSm3, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency " //$NON-NLS-1$
                + "(operator, idem_key, request_sm3, status, body, etag, created_at) VALUES (?, ?, ?, 0, '', NULL, ?)")) { //$NON-NLS-1$
            insert.setString(1, operator);
            insert.setString(2, key);
            insert.setString(3, requestSm3);
            insert.setLong(4, now);
            insert.executeUpdate();
        }
    }

    private static void store(Connection connection, String operator, String key, ApiResponse answer) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE idempotency SET status = ?, body = ?, etag = ? WHERE operator = ? AND idem_key = ?")) { //$NON-NLS-1$
            update.setInt(1, answer.status());
            update.setString(2, new String(answer.body(), StandardCharsets.UTF_8));
            update.setString(3, answer.headers().get(Versions.ETAG));
            update.setString(4, operator);
            update.setString(5, key);
            update.executeUpdate();
        }
    }
}
