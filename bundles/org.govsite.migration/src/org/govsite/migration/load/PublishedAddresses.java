package org.govsite.migration.load;

import java.net.URI;

import org.govsite.client.PlatformClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The addresses the platform publishes imported articles at ({@link PlatformColumns#articleAddress}), its sites and
 * columns read on first use and again when a column is not known (created since). Thread-safe; one per run.
 */
final class PublishedAddresses {
    private final PlatformClient client;
    private final URI newSite;
    private PlatformColumns platform;

    /** @param newSite the new site's address: the scheme of its site's addresses; {@code null}: {@code https} */
    PublishedAddresses(PlatformClient client, URI newSite) {
        this.client = client;
        this.newSite = newSite;
    }

    /**
     * @return the canonical address of the article {@code id} published at {@code publishedAt} ({@code YYYY-MM-DD
     *         HH:MM}) with home column {@code columnId}, or {@code null} when the platform has no such column
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    synchronized URI article(String columnId, String publishedAt, String id) {
        if (platform == null || !platform.has(columnId)) {
            platform = PlatformColumns.read(client);
        }
        return platform.articleAddress(columnId, publishedAt, id, newSite).orElse(null);
    }

    /** @return the address of the article the library answered ({@code id}, {@code publishedAt}, {@code columns}) */
    URI article(JsonNode answer) {
        return article(answer.path("columns").path(0).asText(), answer.path("publishedAt").asText(), //$NON-NLS-1$ //$NON-NLS-2$
                answer.path("id").asText()); //$NON-NLS-1$
    }
}
