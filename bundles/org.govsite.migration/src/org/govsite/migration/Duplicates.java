package org.govsite.migration;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.migration.extract.Article;

/**
 * Finds pages holding the same article (same title, same body digest): the first in URL order stays, the others
 * become its duplicates, redirected where it is.
 */
final class Duplicates {

    private Duplicates() {
    }

    /** @param outcomes in URL order */
    static List<UrlOutcome> mark(List<UrlOutcome> outcomes) {
        Map<List<String>, UrlOutcome> firsts = new HashMap<>();
        List<UrlOutcome> marked = new ArrayList<>(outcomes.size());
        for (UrlOutcome outcome : outcomes) {
            Article article = outcome.article();
            UrlOutcome first = article == null ? null
                    : firsts.putIfAbsent(List.of(article.title(), article.bodyDigest()), outcome);
            marked.add(first == null ? outcome : outcome.asDuplicateOf(first.url(), first.decision()));
        }
        return marked;
    }

    /** @return the groups of duplicates of a plan, by their first copy's URL */
    static List<Duplicate> groups(MigrationPlan plan) {
        Map<URI, List<URI>> others = new LinkedHashMap<>();
        for (UrlOutcome outcome : plan.outcomes()) {
            outcome.duplicate().ifPresent(first -> others.computeIfAbsent(first, k -> new ArrayList<>()).add(outcome.url()));
        }
        return others.entrySet().stream().map(group -> new Duplicate(group.getKey(), group.getValue(),
                plan.outcome(group.getKey()).flatMap(UrlOutcome::extracted).map(Article::title).orElse(""))) //$NON-NLS-1$
                .toList();
    }
}
