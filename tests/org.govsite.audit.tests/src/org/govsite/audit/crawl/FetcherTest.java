package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

/** Retry-After in both of its forms, and how transport errors are classified. */
class FetcherTest {

    @Test
    void retryAfterSecondsAndHttpDate() {
        assertEquals(Duration.ofSeconds(120), Fetcher.retryAfter(" 120 "));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        Duration wait = Fetcher.retryAfter(inTenSeconds);
        assertTrue(wait.compareTo(Duration.ofSeconds(8)) > 0 && wait.compareTo(Duration.ofSeconds(11)) < 0, wait.toString());
        assertEquals(Duration.ZERO, Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertNull(Fetcher.retryAfter("soon"));
        assertNull(Fetcher.retryAfter(null));
    }

    @Test
    void failuresAreClassifiedThroughTheirCauses() {
        assertEquals(Failure.DNS, Fetcher.classify(new UnknownHostException("x.invalid")));
        assertEquals(Failure.CONNECT, Fetcher.classify(new IOException(new ConnectException("refused"))));
        assertEquals(Failure.TIMEOUT, Fetcher.classify(new SocketTimeoutException("read")));
        assertEquals(Failure.TLS, Fetcher.classify(new SSLHandshakeException("bad certificate")));
        assertEquals(Failure.IO, Fetcher.classify(new IOException("reset")));
    }
}
