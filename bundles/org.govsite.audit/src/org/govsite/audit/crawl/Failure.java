package org.govsite.audit.crawl;

/** Why a request got no HTTP answer. */
public enum Failure {
    /** The host name did not resolve. */
    DNS,
    /** The connection was refused or could not be opened in time. */
    CONNECT,
    /** The TLS handshake failed. */
    TLS,
    /** No answer within the read or total timeout. */
    TIMEOUT,
    /** Any other I/O error (connection reset, malformed answer). */
    IO
}
