package org.govsite.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the request throughput benchmarks ask for: the lightest read there is (one organisation, where the fixed cost
 * of authentication weighs most) and the request the workbench's sync sends most (a change-feed page of
 * {@value #FEED_PAGE} changes of organisations).
 */
enum Workload {
    ORGANISATION("", "organisations/" + ApiFixture.ORGANISATION) {
        @Override
        void check(JsonNode answer) {
            if (!ApiFixture.ORGANISATION.equals(answer.path("id").asText())) {
                throw new IllegalStateException("unexpected answer: " + answer);
            }
        }
    },
    FEED(".feed", "changes?after=0&limit=" + Workload.FEED_PAGE) {
        @Override
        void check(JsonNode answer) {
            if (answer.path("changes").size() != FEED_PAGE || !answer.path("more").asBoolean()) {
                throw new IllegalStateException("not a full page: " + answer.path("changes").size() + " changes");
            }
        }
    };

    static final int FEED_PAGE = 100;

    /** Appended to the benchmark's name. */
    final String suffix;
    /** The request-target below {@code /api/v1/} (signed) or {@code /plain/} (baseline). */
    final String target;

    Workload(String suffix, String target) {
        this.suffix = suffix;
        this.target = target;
    }

    /** @throws IllegalStateException if {@code answer} is not what was asked for */
    abstract void check(JsonNode answer);
}
