package org.govsite.migration.load;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.source.SourceStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the links of a migrated body to other old pages ({@link Article#pageLinks()}) at where the platform serves
 * those pages, computed from the plan as the redirect table will send them: an article the import takes at its
 * published page (its home column's folder, its publication time, its id the migration key), a duplicate at its first
 * copy's, a page that holds no article (a column or home page, a document) at the mapping's address. Links to pages
 * archived, unresolved, unreadable or failed keep the old URL, which the platform answers from the redirect table
 * (410 with the archive link, or once they are resolved). An article that fails its import is linked at the address
 * it will have once a later run imports it. The same plan and platform columns give the same body, so a resent
 * request matches the server's idempotent answer. Thread-safe.
 */
final class BodyLinks {
    private final MigrationPlan plan;
    private final PublishedAddresses addresses;
    private final LocalDateTime undatedTime;

    /** @param undatedTime the time of articles no rule dated, or {@code null} (those are not imported) */
    BodyLinks(MigrationPlan plan, PublishedAddresses addresses, LocalDateTime undatedTime) {
        this.plan = plan;
        this.addresses = addresses;
        this.undatedTime = undatedTime;
    }

    /**
     * @return the article's body with its links to other old pages pointed at their new addresses (fragments kept)
     * @throws org.govsite.client.ClientException when the platform's columns cannot be read
     */
    String body(Article article) {
        Map<String, URI> moved = new HashMap<>();
        for (URI link : article.pageLinks()) {
            address(link).ifPresent(address -> moved.put(link.toString(), address));
        }
        if (moved.isEmpty()) {
            return article.body();
        }
        Document fragment = Jsoup.parseBodyFragment(article.body());
        for (Element link : fragment.body().select("a[href]")) { //$NON-NLS-1$
            String href = link.attr("href"); //$NON-NLS-1$
            int hash = href.indexOf('#');
            URI address = moved.get(hash < 0 ? href : href.substring(0, hash));
            if (address != null) {
                link.attr("href", address + (hash < 0 ? "" : href.substring(hash))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return fragment.body().html();
    }

    /** @return where the platform will serve the old page {@code url}, when it is redirected */
    Optional<URI> address(URI url) {
        UrlOutcome outcome = plan.outcome(url).orElse(null);
        if (outcome != null && outcome.duplicateOf() != null) {
            outcome = plan.outcome(outcome.duplicateOf()).orElse(null);
        }
        if (outcome == null || outcome.decision().outcome() != Outcome.REDIRECT) {
            return Optional.empty();
        }
        if (Importer.imports(outcome)) {
            String publishedAt = ArticleRequest.publishedAt(outcome.article(), undatedTime);
            return publishedAt == null ? Optional.empty()
                    : Optional.ofNullable(addresses.article(outcome.decision().column(), publishedAt, outcome.key()));
        }
        boolean read = outcome.status() != SourceStatus.UNREACHABLE && outcome.status() != SourceStatus.SKIPPED;
        boolean failed = outcome.failure() != null && outcome.failure() != ExtractionFailure.NOT_ARTICLE;
        return read && !failed ? Optional.ofNullable(outcome.decision().address()) : Optional.empty();
    }
}
