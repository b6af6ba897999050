package org.govsite.client;

/**
 * {@code GET /api/v1/status} (any logged-in operator).
 *
 * @param server server version
 * @param protocol protocol version
 * @param schema database schema version
 * @param database {@code H2} or {@code PostgreSQL}
 * @param changeFeedHead seq of the last change-feed entry (a replica's lag is this minus its cursor)
 * @param startedAt Unix seconds
 */
public record ServerStatus(String server, int protocol, int schema, String database, long changeFeedHead,
        long operators, long sites, long articles, long startedAt) {
}
