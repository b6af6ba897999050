package org.govsite.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.FileTypes;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;
import org.govsite.server.internal.Attachments.Attachment;

/**
 * {@code /api/v1/attachments/{sm3hex}}: content editors store raw bytes under their SM3 digest ({@code PUT}, the
 * digest is checked, a repeat stores nothing new), content editors and reviewers read them back ({@code GET}) with
 * the content type given when they were first stored ({@code application/octet-stream} or none: the type the bytes
 * show, {@link FileTypes#detect}, so that the published file is named and served by it). Bodies of these PUTs may be up to {@link #MAX_BYTES}.
 */
public final class AttachmentEndpoints {
    /** The body limit of {@code PUT /api/v1/attachments/...}: 32 MiB (other requests: the 1 MiB JSON limit). */
    public static final int MAX_BYTES = 32 << 20;
    /** Path prefix of the endpoint, for the body limit. */
    public static final String PATH = "/api/v1/attachments/"; //$NON-NLS-1$
    private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+(\\s*;\\s*[A-Za-z0-9.+-]+=[A-Za-z0-9.+\"-]+)*"); //$NON-NLS-1$
    private static final String SQL_INTEGRITY = "23"; //$NON-NLS-1$

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
            store.write(digest, request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment attachment = new Attachment(digest, type, request.body().length);
        Attachment stored;
        try {
            stored = record(caller, attachment);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith(SQL_INTEGRITY)) {
                throw e;
            }
            stored = record(caller, attachment); // another request stored the same digest meanwhile: now a repeat
        }
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

    /** @return {@code attachment} if this request stored it, else the attachment stored before */
    private Attachment record(Caller caller, Attachment attachment) throws SQLException {
        return services.database().transaction(connection -> {
            Attachment before = Attachments.find(connection, attachment.digest()).orElse(null);
            if (before == null) {
                Attachments.insert(connection, attachment, services.now());
            }
            services.log().append(connection, caller.operator(), "attachment.store", attachment.digest(), //$NON-NLS-1$
                    before == null ? attachment.size() + " bytes " + attachment.contentType() : "already stored"); //$NON-NLS-1$ //$NON-NLS-2$
            return before == null ? attachment : before;
        });
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
