package org.govsite.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.ProtocolHeaders;
import org.govsite.protocol.ResponseSigner;
import org.govsite.protocol.SessionCredentials;

/**
 * The Jetty side: turns a Jetty request into an {@link ApiRequest} (raw target, headers, body read up to the size
 * limit), lets the {@link Router} answer, and authenticates every answer, errors included ({@link ResponseSigner}):
 * with an HMAC under the session key when the router names the request's session, otherwise with the server key.
 */
public final class ApiHandler extends Handler.Abstract {
    /** Signs responses to requests that carried no valid nonce (docs/server.md). */
    public static final String NO_NONCE = "0".repeat(32); //$NON-NLS-1$
    private static final String PREFIX = "/api/v1/"; //$NON-NLS-1$
    private static final Pattern NONCE = Pattern.compile("[0-9a-f]{32}"); //$NON-NLS-1$
    private static final Set<String> PROTOCOL_HEADERS = Stream
            .concat(Stream.concat(ProtocolHeaders.SIGNED.stream(), ProtocolHeaders.SIGNED_OPTIONAL.stream()),
                    Stream.of(ProtocolHeaders.AUTHORIZATION, ProtocolHeaders.OPERATOR_SIGNATURE))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final Router router;
    private final ResponseSigner signer;
    private final int maxBodyBytes;

    public ApiHandler(Router router, ResponseSigner signer, int maxBodyBytes) {
        this.router = router;
        this.signer = signer;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        Answer routed;
        try {
            routed = router.handle(read(request, headers));
        } catch (ProtocolException e) {
            ApiResponse refused = ApiResponse.error(e);
            routed = new Answer(e.errorCode() == ErrorCode.REQ_TOO_LARGE
                    ? refused.withHeader("Connection", "close") //$NON-NLS-1$ //$NON-NLS-2$
                    : refused, null);
        }
        ApiResponse answer = routed.response();
        String nonce = headers.getOrDefault(ProtocolHeaders.NONCE.toLowerCase(Locale.ROOT), "").strip(); //$NON-NLS-1$
        Map<String, String> signed = new LinkedHashMap<>(answer.headers());
        authenticate(answer, NONCE.matcher(nonce).matches() ? nonce : NO_NONCE, signed, routed.session());
        response.setStatus(answer.status());
        response.getHeaders().put("Content-Type", answer.contentType()); //$NON-NLS-1$
        signed.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    /** HMAC under the session key for the answers to a session's ordinary requests, otherwise the SM2 signature. */
    private void authenticate(ApiResponse answer, String nonce, Map<String, String> headers, SessionCredentials session) {
        if (session == null) {
            signer.sign(answer.status(), nonce, headers, answer.body());
            return;
        }
        try {
            signer.authenticate(answer.status(), nonce, headers, answer.body(), session);
        } finally {
            session.destroy();
        }
    }

    private ApiRequest read(Request request, Map<String, String> headers) throws IOException {
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            String previous = headers.put(name, field.getValue());
            if (previous != null && PROTOCOL_HEADERS.contains(name)) {
                throw new ProtocolException(ErrorCode.AUTH_MALFORMED_HEADER, "header " + field.getName() + " appears more than once"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (previous != null) {
                headers.put(name, previous + ", " + field.getValue()); //$NON-NLS-1$
            }
        }
        String target = request.getHttpURI().getPathQuery();
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith(PREFIX)) {
            throw new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no endpoint " + path); //$NON-NLS-1$
        }
        List<String> segments = Arrays.asList(path.substring(PREFIX.length()).split("/", -1)); //$NON-NLS-1$
        return new ApiRequest(request.getMethod(), target, segments, headers, body(request));
    }

    private byte[] body(Request request) throws IOException {
        int limit = maxBodyBytes;
        if ("PUT".equals(request.getMethod()) && request.getHttpURI().getPath().startsWith(AttachmentEndpoints.PATH)) { //$NON-NLS-1$
            limit = Math.max(maxBodyBytes, AttachmentEndpoints.MAX_BYTES);
        } else if ("POST".equals(request.getMethod()) && ArticleEndpoints.BATCH_PATH.equals(request.getHttpURI().getPath())) { //$NON-NLS-1$
            limit = Math.max(maxBodyBytes, ArticleEndpoints.MAX_BATCH_BYTES);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (request.getLength() > limit) {
                throw tooLarge(in, limit, 0);
            }
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(in, limit, body.length);
            }
            return body;
        }
    }

    /**
     * Reads and discards what is left of an oversized body, up to twice the limit in all, before it is refused: a
     * connection closed with bytes unread is reset, and the reset can destroy the refusal before the client reads it.
     */
    private static ProtocolException tooLarge(InputStream in, int limit, long alreadyRead) throws IOException {
        byte[] discard = new byte[64 * 1024];
        long left = 2L * limit - alreadyRead;
        int read;
        while (left > 0 && (read = in.read(discard, 0, (int) Math.min(discard.length, left))) >= 0) {
            left -= read;
        }
        return new ProtocolException(ErrorCode.REQ_TOO_LARGE, "the body exceeds " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
