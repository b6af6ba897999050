package org.govsite.benchmarks.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/statistics?year=} through the signed {@code PlatformClient} (the whole answer: every section of
 * the 400 sites, the request signed and verified, the answer authenticated and parsed), compared with the old
 * aggregates of the same year over the same data ({@link OldAggregates}); its note says whether both gave the same
 * article and message fields for every site.
 */
public final class StatisticsRead extends OnStatisticsPlatform {
    private static final String[] FIELDS = { "articles/total", "articles/overview", "articles/news", "articles/catalogue",
            "interpretations/materials", "interpretations/products", "interpretations/mediaComments", "hotspotResponses",
            "messages/received", "messages/closed", "messages/averageDays", "messages/public" };

    private JsonNode answer;

    @Override
    public String name() {
        return "server.statistics";
    }

    @Override
    public String baseline() {
        return OldAggregates.NAME;
    }

    @Override
    public void beforeEach() throws Exception {
        fixture.touch();
    }

    @Override
    public void run() {
        answer = fixture.client.statistics(StatisticsFixture.YEAR);
    }

    @Override
    public void afterEach() {
        fixture.answered.clear();
        for (JsonNode site : answer.path("sites")) {
            List<Number> fields = new ArrayList<>();
            boolean any = false;
            for (String field : FIELDS) {
                JsonNode value = site.at('/' + field);
                fields.add(value.isIntegralNumber() ? (Number) value.asLong() : (Number) value.asDouble());
                any |= value.asDouble() != 0;
            }
            if (any) {
                fixture.answered.put(site.path("siteId").asText(), fields);
            }
        }
    }

    @Override
    public String notes() {
        long articles = fixture.answered.values().stream().mapToLong(fields -> fields.get(0).longValue()).sum();
        return String.format("server.statistics: %,d articles and %,d messages generated over ten years; %d of %d sites "
                + "with articles or messages in %d, %,d article listings counted; the answer's article and message "
                + "fields equal the old aggregates' for every site: %s", fixture.articles, fixture.articles / 5,
                fixture.answered.size(), StatisticsData.SITES, StatisticsFixture.YEAR, articles,
                agreement());
    }

    /** @return "yes", or "NO" and the first site whose fields differ */
    private String agreement() {
        if (fixture.answered.equals(fixture.old)) {
            return "yes";
        }
        Set<String> sites = new TreeSet<>(fixture.old.keySet());
        sites.addAll(fixture.answered.keySet());
        String site = sites.stream().filter(id -> !Objects.equals(fixture.old.get(id), fixture.answered.get(id)))
                .findFirst().orElseThrow();
        return "NO (" + site + ": aggregates " + fixture.old.get(site) + ", endpoint " + fixture.answered.get(site) + ')';
    }
}
