package org.govsite.report.publish;

import java.io.IOException;

import org.govsite.client.PlatformClient;
import org.govsite.report.Statistics;
import org.govsite.report.StatisticsSource;

/**
 * The statistics of a year read from the platform through a logged-in client ({@code GET /api/v1/statistics}, any
 * role), parsed by {@link Statistics#read(com.fasterxml.jackson.databind.JsonNode)} like the contract's JSON file.
 * Client failures are {@link org.govsite.client.ClientException}s.
 */
public final class PlatformStatistics implements StatisticsSource {
    private final PlatformClient client;

    /** @param client logged in (any role) */
    public PlatformStatistics(PlatformClient client) {
        this.client = client;
    }

    @Override
    public Statistics read(int year) throws IOException {
        return Statistics.read(client.statistics(year));
    }
}
