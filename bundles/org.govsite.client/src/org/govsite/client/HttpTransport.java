package org.govsite.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP side of the client, the only class that knows Apache HttpClient 5: a pooled, thread-safe classic client
 * sending exactly the given target, headers and body and returning exactly what came back. No retries (a signed
 * request must not be sent twice: the server would refuse the nonce as a replay), no redirects, no cookies.
 */
final class HttpTransport implements AutoCloseable {
    /** An answer as received: status, headers (names lower case, first value), body bytes. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A pooled connection idle this long is checked before reuse: one the server closed (restart, idle timeout)
     * would otherwise fail the next request, which must not be retried blindly (its nonce would be a replay).
     */
    private static final TimeValue STALE_CHECK_AFTER = TimeValue.ofMilliseconds(500);

    private final CloseableHttpClient http;

    HttpTransport(ClientOptions options) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create();
        if (options.trust() != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(options.trust()).buildClassic());
        }
        HttpClientConnectionManager pool = connections
                .setMaxConnTotal(options.maxConnections()).setMaxConnPerRoute(options.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.responseTimeout()))
                        .setValidateAfterInactivity(STALE_CHECK_AFTER).build())
                .build();
        http = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(options.responseTimeout()))
                        .setResponseTimeout(Timeout.of(options.responseTimeout()))
                        .setRedirectsEnabled(false).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().build();
    }

    /**
     * @param uri absolute URI whose raw path and query are the signed request-target
     * @param contentType the body's type, ignored for an empty body
     * @throws ClientException (transport failure, {@link ClientException#isOffline()} for connect, timeout and DNS
     *         failures)
     */
    Reply send(String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        headers.forEach(request::addHeader);
        if (body.length > 0) {
            request.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        }
        try {
            return http.execute(request, response -> {
                Map<String, String> received = new LinkedHashMap<>();
                for (Header header : response.getHeaders()) {
                    received.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
                }
                byte[] bytes = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
                return new Reply(response.getCode(), received, bytes);
            });
        } catch (ConnectException | SocketTimeoutException | UnknownHostException | NoRouteToHostException e) {
            throw ClientException.offline(method + " " + uri + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (SSLHandshakeException | SSLPeerUnverifiedException e) {
            throw ClientException.untrusted(method + " " + uri + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw ClientException.transport(method + " " + uri + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
