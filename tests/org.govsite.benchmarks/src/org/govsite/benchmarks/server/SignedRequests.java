package org.govsite.benchmarks.server;

import org.govsite.client.ClientOptions;
import org.govsite.client.PlatformClient;

import java.time.Duration;

/**
 * The {@link Workload}'s {@code GET /api/v1/...} through {@link PlatformClient} (one client shared by the threads, as
 * the workbench shares it): HMAC-SM3 request signature, server-side verification (session lookup, nonce recorded in
 * the database, roles read), the answer MACed with the session key and checked by the client.
 */
public final class SignedRequests extends RequestThroughput {
    private final Workload workload;
    private PlatformClient client;

    private SignedRequests(Workload workload) {
        this.workload = workload;
    }

    /** The signed benchmark of each workload. */
    public static SignedRequests organisation() {
        return new SignedRequests(Workload.ORGANISATION);
    }

    public static SignedRequests feed() {
        return new SignedRequests(Workload.FEED);
    }

    @Override
    public String name() {
        return "api.signed" + workload.suffix;
    }

    @Override
    public String baseline() {
        return UnsignedRequests.NAME + workload.suffix;
    }

    @Override
    protected void connect(ApiFixture fixture) {
        client = PlatformClient.open(fixture.editorSettings,
                new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(60), THREADS));
        client.login(fixture.editorPassword, fixture.editorKey.privateKey());
    }

    @Override
    protected void request() {
        workload.check(client.get("/api/v1/" + workload.target));
    }

    @Override
    protected void disconnect() {
        client.close();
    }
}
