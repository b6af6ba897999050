package org.govsite.audit.crawl;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The crawler's only HTTP user, over the async HttpClient 5: each URL is requested once per method however often it
 * is asked for (concurrent askers wait for the same answer), at most {@code maxConnectionsPerHost} requests per host
 * at a time and no more than {@code maxRequestsPerSecondPerHost} started per second (only the first asker gets the
 * body), transient failures and 429 retried, HEAD falling back to GET where servers refuse HEAD. No redirects
 * are followed here (see {@link Resolution}), no cookies, no automatic retries.
 */
final class Fetcher implements AutoCloseable {
    /** HEAD answers after which the same URL is asked again with GET: servers that do not implement HEAD. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    private static final int TOO_MANY_REQUESTS = 429;

    private final CrawlSettings settings;
    private final CloseableHttpAsyncClient http;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final Semaphore all;
    private final HostPacer pacer;
    private final Once<String, Hop> hops = new Once<>(Hop::withoutBody);

    /** @param throughHosts the hosts whose requests go to {@link CrawlSettings#through()}, when set ({@link ThroughRoutes}) */
    Fetcher(CrawlSettings settings, Collection<String> throughHosts) {
        this.settings = settings;
        all = new Semaphore(settings.maxConnections());
        pacer = new HostPacer(settings.maxRequestsPerSecondPerHost());
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.maxConnectionsPerHost())
                .setMaxConnTotal(settings.maxConnections())
                .setDnsResolver(settings.dnsResolver())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout())).build());
        if (settings.sslContext() != null) {
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        HttpAsyncClientBuilder client = HttpAsyncClients.custom();
        if (settings.through() != null) {
            client.setRoutePlanner(new ThroughRoutes(settings.through(), throughHosts, settings.dnsResolver()));
        }
        http = client.setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .setUserAgent(settings.userAgent())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .build();
        http.start();
    }

    /** @return the answer to a GET of {@code url} (a page to read) */
    Hop get(URI url) {
        return hops.get("GET " + url, key -> withRetries("GET", url, false)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the answer to a GET of {@code url} with its body whatever its type (a gzip sitemap) */
    Hop getAnyType(URI url) {
        return hops.get("GET any type " + url, key -> withRetries("GET", url, true)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return the answer to a HEAD of {@code url}, or to a GET when the server refuses HEAD (a link to check). That
     *         GET is cached apart from {@link #get(URI)}'s, whose first asker must get the body to read the page.
     */
    Hop check(URI url) {
        Hop head = hops.get("HEAD " + url, key -> withRetries("HEAD", url, false)); //$NON-NLS-1$ //$NON-NLS-2$
        return head.failure() == null && HEAD_REFUSED.contains(head.status())
                ? hops.get("GET to check " + url, key -> withRetries("GET", url, false)) //$NON-NLS-1$ //$NON-NLS-2$
                : head;
    }

    /** @param anyType keep a binary body too */
    private Hop withRetries(String method, URI url, boolean anyType) {
        for (int attempt = 0;; attempt++) {
            Hop hop = send(method, url, anyType);
            boolean retryable = hop.status() == TOO_MANY_REQUESTS || hop.failure() == Failure.CONNECT
                    || TRANSIENT.contains(hop.status());
            if (!retryable || attempt >= settings.maxRetries()) {
                return hop;
            }
            Duration asked = retryAfter(hop.retryAfter());
            if (asked == null) {
                sleep(backoff(attempt));
            } else if (asked.compareTo(settings.maxRetryAfter()) > 0) {
                return hop;
            } else {
                pacer.pause(Urls.authority(url), asked);
            }
        }
    }

    /**
     * One request, started no sooner than the host's rate limit allows, holding a permit of its host and one of the
     * whole crawl while it runs, so that the connection pool never queues it (time spent queued would count against
     * the total timeout).
     */
    private Hop send(String method, URI url, boolean anyType) {
        pacer.await(Urls.authority(url));
        Semaphore host = permits.computeIfAbsent(Urls.authority(url),
                key -> new Semaphore(settings.maxConnectionsPerHost()));
        acquire(host);
        try {
            acquire(all);
            try {
                return exchange(method, url, anyType);
            } finally {
                all.release();
            }
        } finally {
            host.release();
        }
    }

    private Hop exchange(String method, URI url, boolean anyType) {
        Future<Hop> answer = http.execute(AsyncRequestBuilder.create(method).setUri(url).build(),
                new BodyConsumer(url, method, settings.maxPageBytes(), anyType), null);
        try {
            return answer.get(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Hop.failed(url, method, Failure.TIMEOUT, "total timeout " + settings.totalTimeout()); //$NON-NLS-1$
        } catch (ExecutionException e) {
            return Hop.failed(url, method, classify(e.getCause()), String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private static void acquire(Semaphore permit) {
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    static Failure classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Failure.DNS;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof ConnectTimeoutException) {
                return Failure.CONNECT;
            }
            if (t instanceof SocketTimeoutException) {
                return Failure.TIMEOUT;
            }
            if (t instanceof SSLException) {
                return Failure.TLS;
            }
        }
        return Failure.IO;
    }

    /** @return Retry-After as delta-seconds or HTTP date, or {@code null} when absent or unreadable */
    static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Exponential backoff with equal jitter: base * 2^attempt, of which up to half is removed at random. */
    private Duration backoff(int attempt) {
        long full = settings.retryBaseDelay().toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(full - ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
