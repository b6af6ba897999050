package org.govsite.audit.crawl;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;

import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads one answer into a {@link Hop}: textual bodies (HTML, robots.txt) up to the page-size cap, binary ones are
 * read off the wire and dropped, never kept or parsed (unless asked for: a gzip sitemap).
 */
final class BodyConsumer extends AbstractBinResponseConsumer<Hop> {
    private static final int BUFFER = 8192;
    private final URI url;
    private final String method;
    private final long maxBytes;
    private ByteArrayOutputStream body;
    private boolean truncated;
    private int status;
    private String mimeType;
    private String charset;
    private String location;
    private String retryAfter;
    private long length = -1;
    private long received;
    private final long started = System.nanoTime();
    private final boolean anyType;

    /** Made just before the request is sent: the answer's elapsed time counts from here. */
    /** @param anyType keep the body of a GET whatever its type, not only a textual one */
    BodyConsumer(URI url, String method, long maxBytes, boolean anyType) {
        this.url = url;
        this.method = method;
        this.maxBytes = maxBytes;
        this.anyType = anyType;
    }

    @Override
    protected void start(HttpResponse response, ContentType ignored) {
        status = response.getCode();
        location = value(response.getFirstHeader(HttpHeaders.LOCATION));
        retryAfter = value(response.getFirstHeader(HttpHeaders.RETRY_AFTER));
        length = contentLength(value(response.getFirstHeader(HttpHeaders.CONTENT_LENGTH)));
        String contentType = value(response.getFirstHeader(HttpHeaders.CONTENT_TYPE));
        if (contentType != null) {
            String[] parts = contentType.split(";"); //$NON-NLS-1$
            mimeType = parts[0].strip().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].split("=", 2); //$NON-NLS-1$
                if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) { //$NON-NLS-1$
                    charset = pair[1].strip().replace("\"", ""); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        boolean textual = mimeType == null || mimeType.startsWith("text/") || mimeType.contains("xml"); //$NON-NLS-1$ //$NON-NLS-2$
        body = method.equals("GET") && (textual || anyType) ? new ByteArrayOutputStream() : null; //$NON-NLS-1$
    }

    @Override
    protected int capacityIncrement() {
        return BUFFER;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) {
        received += src.remaining();
        if (body == null) {
            src.position(src.limit());
            return;
        }
        int room = (int) Math.max(0, Math.min(Integer.MAX_VALUE, maxBytes - body.size()));
        int take = Math.min(room, src.remaining());
        truncated |= take < src.remaining();
        byte[] chunk = new byte[take];
        src.get(chunk);
        body.write(chunk, 0, take);
        src.position(src.limit());
    }

    @Override
    protected Hop buildResult() {
        long size = length >= 0 ? length : method.equals("GET") ? received : -1; //$NON-NLS-1$
        return new Hop(url, method, status, mimeType, charset, location, retryAfter,
                body == null ? null : body.toByteArray(), truncated, null, null, size,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static long contentLength(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void releaseResources() {
        // nothing held beyond the body, which the result owns
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }
}
