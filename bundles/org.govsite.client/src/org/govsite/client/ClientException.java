package org.govsite.client;

import org.eclipse.osgi.util.NLS;
import org.govsite.protocol.ErrorCode;

/**
 * A call to the platform server that did not succeed: the server's documented error (its {@link ErrorCode}, HTTP
 * status and technical detail), a response that failed verification ({@code GS-RESP-*} codes, status 0 when it was
 * refused before its status mattered), or a transport failure ({@link #code()} null). {@link #getLocalizedMessage()}
 * is for the operator (Chinese or English, from the code's message), {@link #getMessage()} for logs.
 */
public class ClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final int status;
    private final String detail;
    private final boolean offline;
    /** The operator's message of a transport failure ({@code {0}}: the detail); null for the server's errors. */
    private final String failure;

    /**
     * @param code the documented error code
     * @param status the HTTP status of the answer (the code's own status for errors raised about a response)
     * @param detail technical detail in English, may be empty
     */
    public ClientException(ErrorCode code, int status, String detail) {
        super(code.code() + " (" + status + "): " + detail); //$NON-NLS-1$ //$NON-NLS-2$
        this.code = code;
        this.status = status;
        this.detail = detail;
        this.offline = false;
        this.failure = null;
    }

    private ClientException(String detail, boolean offline, String failure, Throwable cause) {
        super(detail, cause);
        this.code = null;
        this.status = 0;
        this.detail = detail;
        this.offline = offline;
        this.failure = failure;
    }

    /** @return a failure to reach the server at all (connection refused, timeout, unknown host) */
    static ClientException offline(String detail, Throwable cause) {
        return new ClientException(detail, true, Messages.Offline, cause);
    }

    /** @return a TLS handshake the client refused: the server's certificate is not trusted (or not for its name) */
    static ClientException untrusted(String detail, Throwable cause) {
        return new ClientException(detail, false, Messages.Untrusted, cause);
    }

    /** @return another transport failure (connection reset, malformed HTTP, ...) */
    static ClientException transport(String detail, Throwable cause) {
        return new ClientException(detail, false, Messages.TransportFailed, cause);
    }

    /** @return the documented error code, or null for a transport failure */
    public ErrorCode code() {
        return code;
    }

    /** @return the HTTP status of the answer, 0 when there was none */
    public int status() {
        return status;
    }

    /** @return the technical detail (English), possibly empty */
    public String detail() {
        return detail;
    }

    /** @return whether the server could not be reached: the workbench switches to offline mode */
    public boolean isOffline() {
        return offline;
    }

    @Override
    public String getLocalizedMessage() {
        if (code == null) {
            return NLS.bind(failure, detail);
        }
        return detail.isEmpty() ? code.message() : NLS.bind(Messages.WithDetail, code.message(), detail);
    }
}
