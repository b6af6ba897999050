package org.govsite.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's statistics answer for one year ({@code GET /api/v1/statistics?year=YYYY}, docs/reports.md): read and
 * written with Jackson, unknown fields ignored so that the server may add fields without breaking older workbenches.
 */
public record Statistics(int year, List<SiteStatistics> sites) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A missing site list is empty. */
    public Statistics {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /** @return the statistics in this JSON document */
    public static Statistics read(InputStream in) throws IOException {
        return JSON.readValue(in, Statistics.class);
    }

    /** @return the statistics in this JSON tree (the platform client's answer), read as {@link #read(InputStream)} reads a file */
    public static Statistics read(JsonNode tree) throws IOException {
        return JSON.treeToValue(tree, Statistics.class);
    }

    /** Writes these statistics as the contract's JSON (used by tests and the benchmark to stand in for the server). */
    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }
}
