package org.govsite.migration.load;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.govsite.client.PlatformClient;
import org.govsite.protocol.PublishedPaths;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The addresses the platform publishes imported articles at: its canonical rule ({@link PublishedPaths}, the one the
 * server publishes by) applied to the platform's sites and columns as the content editor reads them
 * ({@code GET /api/v1/sites}, {@code GET /api/v1/sites/{id}/columns}). Read on first use and again when a column is
 * not known (created since). One run at a time.
 */
final class PublishedAddresses {
    private final PlatformClient client;
    private Map<String, SiteColumn> columns;
    private final Map<String, String> domains = new HashMap<>();

    PublishedAddresses(PlatformClient client) {
        this.client = client;
    }

    /**
     * @param columnId the article's home column (the first of its columns)
     * @param publishedAt the article's time as the library keeps it, {@code YYYY-MM-DD HH:MM}
     * @param id the article's id
     * @return its canonical address ({@code https://<main domain>/<column folder>/<yyyyMM>/t<yyyyMMdd>_<id>.html}),
     *         or {@code null} when the platform has no such column
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    URI article(String columnId, String publishedAt, String id) {
        if (columns == null || !columns.containsKey(columnId)) {
            read();
        }
        SiteColumn column = columns.get(columnId);
        if (column == null) {
            return null;
        }
        Map<String, SiteColumn> site = new HashMap<>();
        columns.values().stream().filter(c -> c.siteId().equals(column.siteId())).forEach(c -> site.put(c.id(), c));
        String page = PublishedPaths.articlePage(PublishedPaths.columnFolder(column, site),
                LocalDateTime.parse(publishedAt, ArticleRequest.PUB_DATE), id);
        return URI.create(PublishedPaths.siteUrl(domains.get(column.siteId()), page));
    }

    /** @return the address of the article the library answered ({@code id}, {@code publishedAt}, {@code columns}) */
    URI article(JsonNode answer) {
        return article(answer.path("columns").path(0).asText(), answer.path("publishedAt").asText(), //$NON-NLS-1$ //$NON-NLS-2$
                answer.path("id").asText()); //$NON-NLS-1$
    }

    private void read() {
        Map<String, SiteColumn> read = new HashMap<>();
        domains.clear();
        for (JsonNode site : client.get("/api/v1/sites").path("sites")) { //$NON-NLS-1$ //$NON-NLS-2$
            String siteId = site.path("id").asText(); //$NON-NLS-1$
            domains.put(siteId, site.hasNonNull("mainDomain") ? site.path("mainDomain").asText() : null); //$NON-NLS-1$ //$NON-NLS-2$
            for (JsonNode column : client.columns(siteId)) {
                read.put(column.path("id").asText(), new SiteColumn(column.path("id").asText(), siteId, //$NON-NLS-1$ //$NON-NLS-2$
                        column.hasNonNull("parent") ? column.path("parent").asText() : null, //$NON-NLS-1$ //$NON-NLS-2$
                        column.path("pathSegment").asText())); //$NON-NLS-1$
            }
        }
        columns = read;
    }

    /** A column of a site on the platform, as the layout needs it. */
    private record SiteColumn(String id, String siteId, String parentId, String pathSegment) implements PublishedPaths.Column {
    }
}
