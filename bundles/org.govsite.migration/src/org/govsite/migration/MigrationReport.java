package org.govsite.migration;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.SourceStatus;

/**
 * What a dry run found, for people to check before importing. Every list is in URL order.
 *
 * @param plan the plan it summarises (every old URL with its outcome)
 * @param statuses how many old URLs ended in each source status
 * @param outcomes how many old URLs are redirected, archived, unresolved
 * @param articlesPerColumn articles to import per target column (redirected, duplicates not counted), by column
 * @param extractionFailures pages read that gave no article, each with its reason (home and column pages aside)
 * @param notArticles home and column pages: no article expected
 * @param unreadable URLs that could not be read (UNREACHABLE, SKIPPED), each with its evidence
 * @param unresolved URLs no rule decided (or a rule left UNRESOLVED): the list to work through
 * @param duplicates pages holding the same article
 * @param undated articles without a publication time (duplicates aside)
 * @param undecodable pages with characters their charset could not decode
 * @param attachmentProblems attachments over the size cap or unreachable (each once)
 * @param samples the first articles to import of each target column, at most the settings' number
 * @param imports per old URL, what the import did with its article (empty before an import), in URL order
 * @param verifications per old URL, what the verification audit found (empty before it ran), in URL order
 * @param redirects the redirect table step 6 worked on (archived pages pointing at their snapshots), else {@code null}:
 *        {@link #redirectTable()} is then the table of the plan and the imports
 */
public record MigrationReport(MigrationPlan plan, Map<SourceStatus, Integer> statuses,
        Map<Outcome, Integer> outcomes, Map<String, Integer> articlesPerColumn, List<UrlOutcome> extractionFailures,
        List<URI> notArticles,
        List<UrlOutcome> unreadable, List<URI> unresolved, List<Duplicate> duplicates, List<URI> undated,
        List<UrlOutcome> undecodable, List<AttachmentRef> attachmentProblems, Map<String, List<Article>> samples,
        List<ImportResult> imports, List<Verification> verifications, RedirectTable redirects) {

    /** @return the report of {@code plan}, previewing {@code samplesPerColumn} articles per column */
    public static MigrationReport of(MigrationPlan plan, int samplesPerColumn) {
        Map<SourceStatus, Integer> statuses = new EnumMap<>(SourceStatus.class);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<String, Integer> perColumn = new TreeMap<>();
        Map<String, List<Article>> samples = new TreeMap<>();
        Map<URI, AttachmentRef> attachmentProblems = new TreeMap<>();
        for (UrlOutcome outcome : plan.outcomes()) {
            statuses.merge(outcome.status(), 1, Integer::sum);
            outcomes.merge(outcome.decision().outcome(), 1, Integer::sum);
            if (outcome.article() != null && outcome.duplicateOf() == null) {
                outcome.article().attachments().stream().filter(a -> a.status() != Download.Status.OK)
                        .forEach(a -> attachmentProblems.putIfAbsent(a.url(), a));
                if (outcome.decision().outcome() == Outcome.REDIRECT) {
                    String column = outcome.decision().column();
                    perColumn.merge(column, 1, Integer::sum);
                    List<Article> previews = samples.computeIfAbsent(column, k -> new ArrayList<>());
                    if (previews.size() < samplesPerColumn) {
                        previews.add(outcome.article());
                    }
                }
            }
        }
        Map<String, List<Article>> frozenSamples = new LinkedHashMap<>();
        samples.forEach((column, list) -> frozenSamples.put(column, List.copyOf(list)));
        return new MigrationReport(plan, Collections.unmodifiableMap(statuses), Collections.unmodifiableMap(outcomes),
                Collections.unmodifiableMap(perColumn), select(plan, o -> o.failure() != null && o.failure() != ExtractionFailure.NOT_ARTICLE),
                select(plan, o -> o.failure() == ExtractionFailure.NOT_ARTICLE).stream().map(UrlOutcome::url).toList(),
                select(plan, o -> o.status() == SourceStatus.UNREACHABLE || o.status() == SourceStatus.SKIPPED),
                select(plan, o -> o.decision().outcome() == Outcome.UNRESOLVED).stream().map(UrlOutcome::url)
                        .toList(),
                Duplicates.groups(plan),
                select(plan, o -> o.article() != null && o.duplicateOf() == null && o.article().published() == null).stream()
                        .map(UrlOutcome::url).toList(),
                select(plan, o -> o.undecodable() > 0), List.copyOf(attachmentProblems.values()),
                Collections.unmodifiableMap(frozenSamples), List.of(), List.of(), null);
    }

    /** @return this report with the results of an import of its plan (and the redirect table they give) */
    public MigrationReport withImports(List<ImportResult> results) {
        return new MigrationReport(plan, statuses, outcomes, articlesPerColumn, extractionFailures, notArticles,
                unreadable, unresolved, duplicates, undated, undecodable, attachmentProblems, samples,
                List.copyOf(results), verifications, null);
    }

    /** @return this report with the redirect table step 6 worked on (e.g. archived pages pointing at snapshots) */
    public MigrationReport withRedirects(RedirectTable table) {
        return new MigrationReport(plan, statuses, outcomes, articlesPerColumn, extractionFailures, notArticles,
                unreadable, unresolved, duplicates, undated, undecodable, attachmentProblems, samples, imports,
                verifications, table);
    }

    /** @return the redirect table step 6 worked on, else the table of the plan and the imports */
    public RedirectTable redirectTable() {
        return redirects != null ? redirects : RedirectTable.of(plan, imports);
    }

    /** @return this report with the verification audit's findings ({@code RedirectVerifier.verify}) */
    public MigrationReport withVerifications(List<Verification> found) {
        return new MigrationReport(plan, statuses, outcomes, articlesPerColumn, extractionFailures, notArticles,
                unreadable, unresolved, duplicates, undated, undecodable, attachmentProblems, samples, imports,
                List.copyOf(found), redirects);
    }

    /** @return the old URLs that passed ({@code true}) or failed ({@code false}) the verification audit, in URL order */
    public List<Verification> verifications(boolean passed) {
        return verifications.stream().filter(found -> found.passed() == passed).toList();
    }

    /** @return the import results of {@code status}, in URL order */
    public List<ImportResult> imports(ImportResult.Status status) {
        return imports.stream().filter(result -> result.status() == status).toList();
    }

    private static List<UrlOutcome> select(MigrationPlan plan, Predicate<UrlOutcome> filter) {
        return plan.outcomes().stream().filter(filter).toList();
    }
}
