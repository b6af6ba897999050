package org.govsite.migration.source;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.govsite.audit.crawl.Charsets;
import org.govsite.audit.crawl.CheckedLink;
import org.govsite.audit.crawl.CrawlResult;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Crawler;
import org.govsite.audit.crawl.Downloader;
import org.govsite.audit.crawl.Hop;
import org.govsite.audit.crawl.Resolution;
import org.govsite.audit.crawl.SkipReason;
import org.govsite.migration.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A live legacy site, crawled from its home page by the audit's {@link Crawler} (its scope, robots.txt, politeness,
 * retries, charsets and trap limits: docs/audit.md), then the known URLs the crawl did not reach fetched one by one
 * with the crawler's {@link Downloader}. Besides the pages read it reports every link of the site's own host that led
 * nowhere (UNREACHABLE), to something other than HTML (NOT_HTML, documents included) or elsewhere (REDIRECTED), and
 * what the crawl limits skipped (SKIPPED). Attachments are fetched with the same downloader: the effective size cap
 * is the smaller of the one asked and the crawl's {@code maxPageBytes}.
 */
public final class CrawlSource implements LegacySource {
    private static final int CRAWL_SHARE = 80;
    private final URI home;
    private final CrawlSettings settings;
    private final List<URI> known;
    private final Downloader downloader;

    /**
     * @param home the old site's home page
     * @param settings how to crawl it
     * @param known old URLs to read even when no link reaches them (normalised, e.g. from {@link KnownUrls})
     */
    public CrawlSource(URI home, CrawlSettings settings, List<URI> known) {
        this.home = home;
        this.settings = settings;
        this.known = List.copyOf(known);
        this.downloader = new Downloader(settings);
    }

    @Override
    public void read(Consumer<SourcePage> sink, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskRead, CRAWL_SHARE + known.size());
        Set<URI> reported = ConcurrentHashMap.newKeySet();
        Consumer<SourcePage> once = page -> {
            if (reported.add(page.url())) {
                sink.accept(page);
            }
        };
        CrawlResult crawl = new Crawler(settings).crawl(home, progress.split(CRAWL_SHARE), (page, document) -> once
                .accept(SourcePage.fetched(page.url(), false, document, page.charset(), page.undecodable())));
        for (CheckedLink checked : crawl.links()) {
            if (checked.link().navigates() && onSite(checked.link().target()) && checked.outcome() != null) {
                status(checked.link().target(), checked.outcome(), false).ifPresent(once);
            }
        }
        for (Map.Entry<URI, SkipReason> skipped : crawl.skipped().entrySet()) {
            if (onSite(skipped.getKey())) {
                once.accept(SourcePage.failed(skipped.getKey(), false, SourceStatus.SKIPPED,
                        skipped.getValue().name()));
            }
        }
        for (URI url : known) {
            progress.split(1);
            if (!reported.contains(url)) {
                listed(url, once, reported);
            }
        }
    }

    private void listed(URI url, Consumer<SourcePage> sink, Set<URI> reported) {
        Resolution outcome = downloader.get(url);
        Hop last = outcome.last();
        Optional<SourcePage> status = status(url, outcome, true);
        if (status.isEmpty()) {
            sink.accept(parse(url, last));
            return;
        }
        sink.accept(status.get());
        if (status.get().status() == SourceStatus.REDIRECTED && last.isHtml() && !reported.contains(last.url())) {
            sink.accept(parse(last.url(), last));
        }
    }

    private static SourcePage parse(URI url, Hop answer) {
        Charsets.Decoded text = Charsets.decode(answer.body(), answer.charset());
        Document document = Jsoup.parse(text.text(), url.toString());
        return SourcePage.fetched(url, true, document, text.charset().name(), text.undecodable());
    }

    /** @return the status of a URL that does not lead to an HTML page at that URL, else empty */
    private static Optional<SourcePage> status(URI url, Resolution outcome, boolean listedOnly) {
        Hop last = outcome.last();
        if (outcome.broken()) {
            return Optional.of(SourcePage.failed(url, listedOnly, SourceStatus.UNREACHABLE, outcome.describe()));
        }
        if (last.mimeType() != null && !isHtmlType(last.mimeType())) {
            return Optional.of(SourcePage.failed(url, listedOnly, SourceStatus.NOT_HTML, last.mimeType()));
        }
        if (!last.url().equals(url)) {
            return Optional.of(SourcePage.failed(url, listedOnly, SourceStatus.REDIRECTED, last.url().toString()));
        }
        return Optional.empty();
    }

    private static boolean isHtmlType(String mimeType) {
        return "text/html".equals(mimeType) || "application/xhtml+xml".equals(mimeType); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private boolean onSite(URI url) {
        return url.getHost().equals(home.getHost()) && url.getPort() == home.getPort();
    }

    @Override
    public Download fetch(URI url, long maxBytes) {
        Resolution outcome = downloader.get(url);
        Hop last = outcome.last();
        if (outcome.broken()) {
            return Download.unreachable(outcome.describe());
        }
        if (last.truncated() || last.size() > maxBytes) {
            return Download.oversized(last.size());
        }
        return last.body() == null ? Download.unreachable(outcome.describe()) : Download.ok(last.body(), last.mimeType(), last.charset());
    }

    @Override
    public void close() {
        downloader.close();
    }
}
