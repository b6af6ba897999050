package org.govsite.audit.crawl;

import java.net.URI;
import java.time.Duration;

/**
 * One request and what came back: an HTTP answer ({@code failure == null}) or a failure without one.
 *
 * @param url the URL requested
 * @param method HEAD or GET
 * @param status the HTTP status, 0 on failure
 * @param mimeType the Content-Type's type/subtype in lower case, or {@code null}
 * @param charset the Content-Type's charset parameter, or {@code null}
 * @param location the Location header, or {@code null}
 * @param retryAfter the Retry-After header, or {@code null}
 * @param body the body of a textual answer to a GET (at most the page-size cap), else {@code null}
 * @param truncated the body was longer than the page-size cap
 * @param failure why there is no answer, or {@code null}
 * @param detail the failure's exception text, or {@code null}
 * @param size the body's length in bytes: the Content-Length header, else the bytes received (a GET's whole body,
 *        also beyond the page-size cap); -1 when unknown (a HEAD answer without Content-Length, a failure)
 * @param elapsed from sending the request to the answer's last byte (zero for a failure)
 */
public record Hop(URI url, String method, int status, String mimeType, String charset, String location,
        String retryAfter, byte[] body, boolean truncated, Failure failure, String detail, long size,
        Duration elapsed) {

    static Hop failed(URI url, String method, Failure failure, String detail) {
        return new Hop(url, method, 0, null, null, null, null, null, false, failure, detail, -1, Duration.ZERO);
    }

    /** @return this answer without its body */
    Hop withoutBody() {
        return body == null ? this : new Hop(url, method, status, mimeType, charset, location, retryAfter, null, truncated,
                failure, detail, size, elapsed);
    }

    public boolean isRedirect() {
        return failure == null && status >= 300 && status < 400 && location != null;
    }

    public boolean isError() {
        return failure != null || status >= 400;
    }

    /** @return an HTML page whose body was read */
    public boolean isHtml() {
        return failure == null && status >= 200 && status < 300 && body != null
                && (mimeType == null || mimeType.equals("text/html") || mimeType.equals("application/xhtml+xml")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the status ("HTTP 404") or failure ("CONNECT: ...") as evidence */
    public String outcome() {
        return failure == null ? "HTTP " + status : failure + ": " + detail; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
