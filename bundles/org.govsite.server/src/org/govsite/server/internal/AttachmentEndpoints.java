package org.govsite.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.FileTypes;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.OperationLog;
import org.govsite.server.Role;
import org.govsite.server.internal.Attachments.Attachment;

/**
 * {@code /api/v1/attachments/{sm3hex}}: content editors store raw bytes under their SM3 digest ({@code PUT}, the
 * digest is checked, a repeat stores nothing new), content editors and reviewers read them back ({@code GET}) with
 * the content type given when they were first stored ({@code application/octet-stream} or none: the type the bytes
 * show, {@link FileTypes#detect}, so that the published file is named and served by it). Bodies of these PUTs may be up to {@link #MAX_BYTES}.
 * {@code POST /api/v1/attachments/sweep?after=&limit=}: system administrators remove the attachments nothing has used
 * since they were last stored at least {@link #SWEEP_AFTER} ago, a page of candidates in digest order per request, each
 * removal in the operation log ({@link Attachments} says how the sweep and the writes take turns).
 */
public final class AttachmentEndpoints {
    /** The body limit of {@code PUT /api/v1/attachments/...}: 32 MiB (other requests: the 1 MiB JSON limit). */
    public static final int MAX_BYTES = FileTypes.MAX_ATTACHMENT_BYTES;
    /** Path prefix of the endpoint, for the body limit. */
    public static final String PATH = "/api/v1/attachments/"; //$NON-NLS-1$
    private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+(\\s*;\\s*[A-Za-z0-9.+-]+=[A-Za-z0-9.+\"-]+)*"); //$NON-NLS-1$
    /**
     * How long an attachment nothing uses is kept after it was last stored: as long as idempotency records, so that an
     * import resumed within that time (its articles' creates replayed or sent) finds the attachments it stored.
     */
    public static final Duration SWEEP_AFTER = Idempotency.RETENTION;
    /** The most candidates one sweep request looks at (and the default). */
    public static final int MAX_SWEEP_PAGE = 500;

    private final Services services;
    private final AttachmentStore store;

    public AttachmentEndpoints(Services services) {
        this.services = services;
        this.store = new AttachmentStore(services.config().dataFolder());
    }

    public ApiResponse put(Caller caller, ApiRequest request, String digest) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        checkDigest(digest);
        String actual = request.bodySm3();
        if (!actual.equals(digest)) {
            throw new ProtocolException(ErrorCode.REQ_CONTENT_DIGEST, "the body's SM3 digest is " + actual); //$NON-NLS-1$
        }
        String declared = request.header("Content-Type").orElse(FileTypes.OCTET_STREAM); //$NON-NLS-1$
        if (declared.length() > 200 || !CONTENT_TYPE.matcher(declared).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "Content-Type must be a media type of at most 200 characters"); //$NON-NLS-1$
        }
        String type = isUnknown(declared) ? FileTypes.detect(request.body(), null, null) : declared;
        try {
            store.write(digest, request.body()); // before the transaction, outside the log's lock, as a rule
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment attachment = new Attachment(digest, type, request.body().length);
        Attachment stored = record(caller, attachment, request.body());
        return ApiResponse.json(stored == attachment ? 201 : 200, json(stored));
    }

    public ApiResponse get(Caller caller, String digest) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        checkDigest(digest);
        Attachment attachment = services.database().transaction(connection -> Attachments.find(connection, digest))
                .orElseThrow(() -> new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no attachment " + digest)); //$NON-NLS-1$
        try {
            return new ApiResponse(200, attachment.contentType(), store.read(digest), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the attachment whose file was written, with the operation log's head locked first (concurrent stores of
     * one digest and the sweep take turns): the file is written again if a sweep removed it meanwhile, a repeat makes
     * the stored attachment young again.
     *
     * @return {@code attachment} if this request stored it, else the attachment stored before
     */
    private Attachment record(Caller caller, Attachment attachment, byte[] bytes) throws SQLException {
        return services.database().transaction(connection -> {
            OperationLog.lock(connection);
            Attachment before = Attachments.find(connection, attachment.digest()).orElse(null);
            try {
                store.write(attachment.digest(), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (before == null) {
                Attachments.insert(connection, attachment, services.now());
            } else {
                Attachments.touch(connection, attachment.digest(), services.now());
            }
            services.log().append(connection, caller.operator(), "attachment.store", attachment.digest(), //$NON-NLS-1$
                    before == null ? attachment.size() + " bytes " + attachment.contentType() : "already stored"); //$NON-NLS-1$ //$NON-NLS-2$
            return before == null ? attachment : before;
        });
    }

    /**
     * Looks at up to {@code limit} candidates with digests after {@code after} ({@code ""}: from the first).
     *
     * @return {@code {"removed": <attachments>, "bytes": <their sizes>, "next": <digest to continue after>}},
     *         {@code next} absent when no candidate is left
     */
    public ApiResponse sweep(Caller caller, ApiRequest request) throws SQLException {
        caller.require(Role.SYSTEM_ADMINISTRATOR);
        String after = request.query("after").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!after.isEmpty()) {
            checkDigest(after);
        }
        int limit = (int) request.number("limit", 1, MAX_SWEEP_PAGE, MAX_SWEEP_PAGE); //$NON-NLS-1$
        long storedBefore = services.now() - SWEEP_AFTER.toSeconds();
        List<String> page = services.database().transaction(connection -> Attachments.unused(connection, storedBefore, after, limit));
        long removed = 0;
        long bytes = 0;
        for (String digest : page) {
            Optional<Attachment> gone = remove(caller, digest, storedBefore);
            removed += gone.isPresent() ? 1 : 0;
            bytes += gone.map(Attachment::size).orElse(0L).longValue();
        }
        Map<String, Object> answer = new LinkedHashMap<>(Map.of("removed", removed, "bytes", bytes)); //$NON-NLS-1$ //$NON-NLS-2$
        if (page.size() == limit) {
            answer.put("next", page.get(page.size() - 1)); //$NON-NLS-1$
        }
        return ApiResponse.json(200, answer);
    }

    /** Deletes the attachment's row if still unused, its file once that commits (put back if it does not). */
    private Optional<Attachment> remove(Caller caller, String digest, long storedBefore) throws SQLException {
        Path[] aside = new Path[1];
        try {
            Optional<Attachment> removed = services.database().transaction(connection -> {
                Optional<Attachment> unused = Attachments.deleteIfUnused(connection, digest, storedBefore);
                if (unused.isPresent()) {
                    services.log().append(connection, caller.operator(), "attachment.remove", digest, //$NON-NLS-1$
                            unused.get().size() + " bytes " + unused.get().contentType() + ", unused"); //$NON-NLS-1$ //$NON-NLS-2$
                    aside[0] = store.setAside(digest);
                }
                return unused;
            });
            store.discard(aside[0]);
            return removed;
        } catch (SQLException | RuntimeException e) {
            store.putBack(aside[0], digest);
            throw e;
        }
    }

    private static Map<String, Object> json(Attachment attachment) {
        return Map.of("digest", attachment.digest(), "contentType", attachment.contentType(), "size", attachment.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return whether {@code type} says nothing of the content: then its bytes decide ({@link FileTypes#detect}) */
    private static boolean isUnknown(String type) {
        return type.split(";", 2)[0].strip().equalsIgnoreCase(FileTypes.OCTET_STREAM); //$NON-NLS-1$
    }

    private static void checkDigest(String digest) {
        if (!Sm3.HEX_DIGEST.matcher(digest).matches()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "an attachment is named by its SM3 digest: 64 lower-case hex digits"); //$NON-NLS-1$
        }
    }
}
