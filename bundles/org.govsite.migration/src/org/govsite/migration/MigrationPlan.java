package org.govsite.migration;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.govsite.migration.extract.Article;

/**
 * The result of reading, extracting and mapping a legacy site: one {@link UrlOutcome} per old URL, in URL order,
 * and the known-URL list's bad lines. A dry run makes it and writes nothing; the import works through it.
 *
 * @param outcomes every old URL
 * @param listProblems lines of the known-URL list that held no usable URL
 */
public record MigrationPlan(List<UrlOutcome> outcomes, List<LineProblem> listProblems) {

    public MigrationPlan {
        outcomes = List.copyOf(outcomes);
        listProblems = List.copyOf(listProblems);
    }

    /** @return the outcome of an old URL (normalised), when the plan has it */
    public Optional<UrlOutcome> outcome(URI url) {
        return outcomes.stream().filter(o -> o.url().equals(url)).findFirst();
    }

    /** @return the articles to import: extracted, not duplicates, in URL order */
    public List<Article> articles() {
        return outcomes.stream().filter(o -> o.duplicateOf() == null).flatMap(o -> o.extracted().stream()).toList();
    }
}
