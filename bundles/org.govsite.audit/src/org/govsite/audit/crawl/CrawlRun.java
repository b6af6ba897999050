package org.govsite.audit.crawl;

import java.net.URI;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One crawl: tasks on virtual threads (each blocked on its own request, the async client multiplexing the I/O),
 * each URL requested once per kind (page to read, link to check), the calling thread waiting for the last task
 * while watching the monitor.
 */
final class CrawlRun implements AutoCloseable {
    /** Files government sites link to that are never HTML pages: checked, not read. */
    private static final Pattern DOCUMENT = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif|bmp|svg|webp|mp3|mp4|avi|flv)$", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final long POLL_MILLIS = 100;

    private final URI home;
    private final CrawlSettings settings;
    private final Scope scope;
    private final Fetcher fetcher;
    private final RobotsRules robots;
    private final TrapGuard traps;
    private final StyleSheets styleSheets;
    private final PageReader reader;
    private final LinkExtractor extractor = new LinkExtractor();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Set<URI> parsed = ConcurrentHashMap.newKeySet();
    private final Map<String, Resolution> outcomes = new ConcurrentHashMap<>();
    private final Queue<Page> pages = new ConcurrentLinkedQueue<>();
    private final Queue<Link> links = new ConcurrentLinkedQueue<>();
    private final Map<URI, SkipReason> skipped = new ConcurrentHashMap<>();
    private final BlockingQueue<Page> read = new LinkedBlockingQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile RuntimeException crash;

    CrawlRun(URI home, CrawlSettings settings, PageReader reader) {
        this.home = home;
        this.reader = reader;
        this.settings = settings;
        scope = Scope.of(home, settings);
        fetcher = new Fetcher(settings, scope.hosts());
        robots = new RobotsRules(fetcher, settings.robotName());
        traps = new TrapGuard(settings);
        styleSheets = new StyleSheets(fetcher, scope, this::robotsAllow, settings.maxRedirects());
    }

    CrawlResult execute(SubMonitor progress) {
        schedulePage(home, 0);
        if (settings.sitemaps()) {
            submit(() -> new Sitemaps(fetcher, robots, scope, settings.maxRedirects()).read(home, url -> {
                if (isPage(url)) {
                    schedulePage(url, 1);
                }
            }));
        }
        while (pending.get() > 0 || !read.isEmpty()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Page page = read.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (page != null) {
                    progress.subTask(page.url().toString());
                    progress.split(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
        if (crash != null) {
            throw crash;
        }
        return new CrawlResult(
                pages.stream().sorted(Comparator.comparingInt(Page::depth).thenComparing(Page::url)).toList(),
                links.stream().map(link -> new CheckedLink(link, outcomes.get(key(link)))).toList(), skipped);
    }

    private String key(Link link) {
        return (isPage(link) ? "page " : "check ") + link.target(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private boolean isPage(Link link) {
        return link.navigates() && isPage(link.target());
    }

    private boolean isPage(URI url) {
        return scope.contains(url) && !DOCUMENT.matcher(url.getPath()).find();
    }

    /** @return robots.txt is not obeyed, or allows {@code url} */
    private boolean robotsAllow(URI url) {
        return !settings.honourRobots() || robots.allows(url);
    }

    private void schedulePage(URI url, int depth) {
        if (!requested.add("page " + url)) { //$NON-NLS-1$
            return;
        }
        SkipReason refused = robotsAllow(url) ? traps.refuse(url, depth) : SkipReason.ROBOTS;
        if (refused != null) {
            skipped.put(url, refused);
            return;
        }
        submit(() -> read(url, depth));
    }

    private void scheduleCheck(URI url) {
        if (!requested.add("check " + url)) { //$NON-NLS-1$
            return;
        }
        boolean inScope = scope.hosts().contains(Urls.authority(url));
        if (inScope && !robotsAllow(url)) {
            skipped.put(url, SkipReason.ROBOTS);
            return;
        }
        submit(() -> outcomes.put("check " + url, check(url, inScope ? null : settings.linkCache()))); //$NON-NLS-1$
    }

    /** @param cache where outcomes of links out of scope are kept across crawls, or {@code null} */
    private Resolution check(URI url, LinkCache cache) {
        Resolution known = cache == null ? null : cache.get(url);
        if (known != null) {
            return known;
        }
        Resolution outcome = Resolution.follow(url, settings.maxRedirects(), fetcher::check).withoutBodies();
        if (cache != null) {
            cache.put(url, outcome);
        }
        return outcome;
    }

    private void submit(Runnable task) {
        pending.incrementAndGet();
        workers.execute(() -> {
            try {
                task.run();
            } catch (CancellationException e) {
                // the crawl was cancelled while this task waited
            } catch (RuntimeException e) {
                crash = e;
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    private void read(URI url, int depth) {
        Resolution outcome = Resolution.follow(url, settings.maxRedirects(),
                hop -> scope.contains(hop) ? fetcher.get(hop) : fetcher.check(hop));
        outcomes.put("page " + url, outcome.withoutBodies()); //$NON-NLS-1$
        Hop last = outcome.last();
        if (outcome.broken() || !last.isHtml() || !scope.contains(last.url()) || !parsed.add(last.url())) {
            return;
        }
        Charsets.Decoded text = Charsets.decode(last.body(), last.charset());
        Document document = Jsoup.parse(text.text(), last.url().toString());
        for (Link link : extractor.links(document, last.url())) {
            links.add(link);
            if (isPage(link)) {
                schedulePage(link.target(), depth + 1);
            } else {
                scheduleCheck(link.target());
            }
        }
        Page page = new Page(last.url(), depth, document.title(), text.charset().name(), text.undecodable(), last.truncated(),
                last.elapsed(), settings.checkFragments() ? anchors(document) : Set.of());
        if (reader != PageReader.NONE) {
            styleSheets.inline(document, text.charset());
            reader.read(page, document);
        }
        pages.add(page);
        read.add(page);
    }

    /** @return the ids and {@code a[name]} names of the page: what a fragment can name */
    private static Set<String> anchors(Document document) {
        Set<String> anchors = new HashSet<>();
        document.select("[id]").forEach(element -> anchors.add(element.id())); //$NON-NLS-1$
        document.select("a[name]").forEach(element -> anchors.add(element.attr("name"))); //$NON-NLS-1$ //$NON-NLS-2$
        return anchors;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        fetcher.close();
    }
}
