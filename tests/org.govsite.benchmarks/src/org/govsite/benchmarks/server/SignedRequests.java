package org.govsite.benchmarks.server;

import org.govsite.client.ClientOptions;
import org.govsite.client.PlatformClient;

import java.time.Duration;

/**
 * {@code GET /api/v1/organisations/hz} through {@link PlatformClient} (one client shared by the threads, as the
 * workbench shares it): HMAC-SM3 request signature, server-side verification (session lookup, nonce recorded in the
 * database, operator and roles read), SM2-signed answer, answer verified against the pinned key.
 */
public final class SignedRequests extends RequestThroughput {
    private PlatformClient client;

    @Override
    public String name() {
        return "api.signed";
    }

    @Override
    public String baseline() {
        return UnsignedRequests.NAME;
    }

    @Override
    protected void connect(ApiFixture fixture) {
        client = PlatformClient.open(fixture.editorSettings,
                new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(60), THREADS));
        client.login(fixture.editorPassword, fixture.editorKey.privateKey());
    }

    @Override
    protected void request() {
        expectOrganisation(client.get("/api/v1/organisations/" + ApiFixture.ORGANISATION).path("id").asText());
    }

    @Override
    protected void disconnect() {
        client.close();
    }
}
