package org.govsite.benchmarks.server;

import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Baseline: the {@link Workload}'s {@code GET /plain/...}, the endpoint's code for a fixed caller, without request
 * signature or verification, session, nonce or answer authentication, over a plain pooled HttpClient 5.
 */
public final class UnsignedRequests extends RequestThroughput {
    static final String NAME = "api.unsigned";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workload workload;
    private CloseableHttpClient http;
    private URI target;

    private UnsignedRequests(Workload workload) {
        this.workload = workload;
    }

    /** The baseline of each workload. */
    public static UnsignedRequests organisation() {
        return new UnsignedRequests(Workload.ORGANISATION);
    }

    public static UnsignedRequests feed() {
        return new UnsignedRequests(Workload.FEED);
    }

    @Override
    public String name() {
        return NAME + workload.suffix;
    }

    @Override
    protected void connect(ApiFixture fixture) {
        target = fixture.uri.resolve(ApiFixture.PLAIN_PREFIX + workload.target);
        http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(THREADS).setMaxConnPerRoute(THREADS).build()).disableAutomaticRetries().build();
    }

    @Override
    protected void request() throws Exception {
        workload.check(http.execute(new HttpGet(target), response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("status " + response.getCode());
            }
            return JSON.readTree(EntityUtils.toByteArray(response.getEntity()));
        }));
    }

    @Override
    protected void disconnect() {
        http.close(CloseMode.GRACEFUL);
    }
}
