package org.govsite.migration;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.migration.extract.Article;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;

/**
 * The result of reading, extracting and mapping a legacy site: one {@link UrlOutcome} per old URL, in URL order,
 * and the known-URL list's bad lines. A dry run makes it and writes nothing; the import works through it. Immutable.
 */
public final class MigrationPlan {
    private final List<UrlOutcome> outcomes;
    private final List<LineProblem> listProblems;
    private final Map<URI, UrlOutcome> byUrl = new LinkedHashMap<>();

    /**
     * @param outcomes every old URL, one outcome each
     * @param listProblems lines of the known-URL list that held no usable URL
     */
    public MigrationPlan(List<UrlOutcome> outcomes, List<LineProblem> listProblems) {
        this.outcomes = List.copyOf(outcomes);
        this.listProblems = List.copyOf(listProblems);
        this.outcomes.forEach(outcome -> byUrl.put(outcome.url(), outcome));
    }

    /** @return every old URL's outcome, in URL order */
    public List<UrlOutcome> outcomes() {
        return outcomes;
    }

    /** @return lines of the known-URL list that held no usable URL */
    public List<LineProblem> listProblems() {
        return listProblems;
    }

    /** @return the outcome of an old URL (normalised), when the plan has it */
    public Optional<UrlOutcome> outcome(URI url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /**
     * @param mapping the mapping the plan was made with, its columns and topics resolved ({@code MappingCsv.resolve}: the
     *        same rules in the same order, a redirect's column an id of the platform)
     * @return the plan with each redirect's column and topics taken from the rule that decided it (duplicates' too)
     */
    public MigrationPlan withColumnsOf(Mapping mapping) {
        List<UrlOutcome> resolved = outcomes.stream().map(outcome -> {
            Decision decision = outcome.decision();
            if (decision.outcome() != Outcome.REDIRECT || decision.rule() < 0) {
                return outcome;
            }
            MappingRule rule = mapping.rules().get(decision.rule());
            Decision column = new Decision(decision.outcome(), rule.column(), decision.address(), decision.rule(),
                    rule.topics());
            return new UrlOutcome(outcome.url(), outcome.key(), outcome.listedOnly(), outcome.status(), outcome.detail(),
                    outcome.undecodable(), column, outcome.article(), outcome.failure(), outcome.duplicateOf());
        }).toList();
        return new MigrationPlan(resolved, listProblems);
    }

    /** @return the articles to import: extracted, not duplicates, in URL order */
    public List<Article> articles() {
        return outcomes.stream().filter(o -> o.duplicateOf() == null).flatMap(o -> o.extracted().stream()).toList();
    }
}
