package org.govsite.audit.freshness;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.audit.Finding;
import org.govsite.audit.crawl.CheckedLink;
import org.govsite.audit.crawl.CrawlResult;

/**
 * The freshness checks (docs/rules.md, "Freshness"), run after the crawl on what a {@link FreshnessCollector} kept:
 * the home page's newest date against {@code homeMaxAgeDays}, each column's newest item against its category's limit,
 * and columns without items.
 */
public final class FreshnessChecks {
    private static final Comparator<PageDates> FIRST = Comparator.comparingInt((PageDates p) -> p.page().depth())
            .thenComparingInt(p -> p.page().url().toString().length()).thenComparing(p -> p.page().url().toString());

    private final Map<URI, PageDates> byUrl = new HashMap<>();
    private final Map<URI, List<URI>> linksFrom = new HashMap<>();
    private final LocalDate today;
    private final FreshnessSettings settings;
    private final List<Finding> findings = new ArrayList<>();

    private FreshnessChecks(CrawlResult crawl, Collection<PageDates> pages, LocalDate today,
            FreshnessSettings settings) {
        this.today = today;
        this.settings = settings;
        pages.forEach(page -> byUrl.put(page.page().url(), page));
        for (CheckedLink checked : crawl.links()) {
            if (checked.link().navigates() && checked.outcome() != null) {
                linksFrom.computeIfAbsent(checked.link().page(), k -> new ArrayList<>())
                        .add(checked.outcome().last().url());
            }
        }
    }

    /**
     * @param home the site's home page as asked for (the finding's page when it could not be read)
     * @param crawl the crawl, for the links between pages
     * @param pages what the collector kept of the crawl's pages
     * @param today the day the site is judged on
     */
    public static Freshness check(URI home, CrawlResult crawl, Collection<PageDates> pages, LocalDate today,
            FreshnessSettings settings) {
        return new FreshnessChecks(crawl, pages, today, settings).check(home);
    }

    private Freshness check(URI home) {
        Optional<PageDates> homePage = byUrl.values().stream().filter(p -> p.kind() == PageDates.Kind.HOME).findFirst();
        if (homePage.isEmpty()) {
            findings.add(Finding.page(FreshnessRule.HOME_UNREADABLE, home, "")); //$NON-NLS-1$
            return new Freshness(false, List.of(), findings);
        }
        checkHome(homePage.get());
        List<ColumnFreshness> columns = columns();
        columns.forEach(this::checkColumn);
        return new Freshness(true, columns, findings);
    }

    /**
     * The home page's newest date: its list items and the articles it links to; for a home page of navigation only,
     * the newest date of the pages it links to. No date at all is no finding: dates this cannot read (scripts, short
     * forms) must not fail a site.
     */
    private void checkHome(PageDates home) {
        URI url = home.page().url();
        Optional<LocalDate> newest = newest(Stream.of(home.newestItem(), newestLinkedArticle(List.of(url))));
        newest.or(() -> newest(linked(List.of(url)).map(PageDates::newest)))
                .flatMap(date -> stale(date, settings.homeMaxAgeDays()))
                .ifPresent(evidence -> findings.add(Finding.page(FreshnessRule.HOME_STALE, url, evidence)));
    }

    private void checkColumn(ColumnFreshness column) {
        if (column.newest().isEmpty()) {
            findings.add(Finding.page(FreshnessRule.COLUMN_EMPTY, column.page(), column.name()));
            return;
        }
        Optional<ColumnCategory> limited = column.category().filter(c -> c.maxAgeDays() > 0);
        if (limited.isPresent()) {
            String prefix = column.name() + " [" + limited.get().id() + "]: "; //$NON-NLS-1$ //$NON-NLS-2$
            stale(column.newest().get(), limited.get().maxAgeDays()).ifPresent(evidence -> findings
                    .add(Finding.page(FreshnessRule.COLUMN_STALE, column.page(), prefix + evidence)));
        }
    }

    /** @return the evidence of a date older than the limit (the date, its age and the limit), or empty */
    private Optional<String> stale(LocalDate newest, int maxAgeDays) {
        long age = ChronoUnit.DAYS.between(newest, today);
        return age > maxAgeDays ? Optional.of(newest + " (" + age + " > " + maxAgeDays + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : Optional.empty();
    }

    /** @return the column list pages grouped by column name and directory, each group as one column */
    private List<ColumnFreshness> columns() {
        Map<String, List<PageDates>> groups = byUrl.values().stream().filter(p -> p.kind() == PageDates.Kind.COLUMN)
                .sorted(FIRST).collect(Collectors.groupingBy(
                        p -> p.columnName() + '\n' + p.page().url().resolve("."), LinkedHashMap::new, //$NON-NLS-1$
                        Collectors.toList()));
        List<ColumnFreshness> columns = new ArrayList<>();
        for (List<PageDates> group : groups.values()) {
            PageDates first = group.get(0);
            List<URI> urls = group.stream().map(p -> p.page().url()).toList();
            Optional<LocalDate> newest = newest(group.stream().map(PageDates::newestItem));
            columns.add(new ColumnFreshness(first.page().url(), first.columnName(),
                    settings.category(first.columnType(), first.columnName()), first.page().depth() == 1,
                    newest.or(() -> newestLinkedArticle(urls))));
        }
        columns.sort(Comparator.comparing(c -> c.page().toString()));
        return columns;
    }

    private Optional<LocalDate> newestLinkedArticle(List<URI> from) {
        return newest(linked(from).filter(p -> p.kind() == PageDates.Kind.ARTICLE).map(PageDates::pubDate));
    }

    /** @return the pages read that the given pages link to */
    private Stream<PageDates> linked(List<URI> from) {
        return from.stream().flatMap(url -> linksFrom.getOrDefault(url, List.of()).stream()).map(byUrl::get)
                .filter(Objects::nonNull);
    }

    private static Optional<LocalDate> newest(Stream<Optional<LocalDate>> dates) {
        return dates.flatMap(Optional::stream).max(Comparator.naturalOrder());
    }
}
