package org.govsite.migration.redirect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Redirects;
import org.govsite.migration.Completions;
import org.govsite.migration.Messages;
import org.govsite.migration.Verification;
import org.govsite.protocol.PublishedPaths;
import org.jsoup.Jsoup;

/**
 * The verification audit of a migration (docs/migration.md, step 6): every old URL of a {@link RedirectTable} is
 * requested (GET, redirects not followed) and passes when it answers 301 with the table's new address and that address
 * answers 200 (a live page), or 410 with a page linking the archive link, which answers 200 with a page showing 已归档
 * (an archived snapshot, {@code org.govsite.migration.after.ArchiveSnapshots}). While an old host's migration notice is
 * active its home page answers 200 with the notice instead of its 301: a moved home page passes when it answers so and
 * the notice links its target or the target's site, which answers 200. URLs not ready fail (with what the platform
 * answers). In production the old domain points at the platform ({@link #direct()}); before the DNS change, or in a
 * test, {@link #through(URI)} sends every request to the platform's address with the URL's host as {@code Host}.
 * Up to {@link #IN_FLIGHT} old URLs are verified at the same time (each URL's requests one after the other), the
 * results kept in the table's order; a target many old URLs lead to is requested once. A target that itself
 * redirects (to its address with a trailing slash, or over https) is followed, at most {@link #MAX_REDIRECTS} times:
 * the old URL passes when the page it lands on answers 200, and the evidence names that page; a loop fails.
 */
public final class RedirectVerifier implements AutoCloseable {
    /** What an archived page shows (DOMAIN.md "Sites": archived pages show 已归档 with the archive time). */
    private static final String ARCHIVED = "\u5df2\u5f52\u6863"; //$NON-NLS-1$
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Timeout TIMEOUT = Timeout.of(30, TimeUnit.SECONDS);
    /** Old URLs verified at the same time at most (a verification of 20,000 URLs over a real network is latency bound). */
    public static final int IN_FLIGHT = 8;
    /** Redirects of a target followed at most (browsers follow about 20; a migrated page should need none or one). */
    public static final int MAX_REDIRECTS = 5;

    private final URI platform;
    private final CloseableHttpClient http;
    /** Where the targets requested so far land ({@link #landing}). */
    private final Map<URI, CompletableFuture<Landing>> targets = new ConcurrentHashMap<>();

    private RedirectVerifier(URI platform) {
        this.platform = platform;
        this.http = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(IN_FLIGHT)
                        .setMaxConnPerRoute(IN_FLIGHT).build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(TIMEOUT).setResponseTimeout(TIMEOUT).build())
                .build();
    }

    /** @return a verifier requesting each URL at its own host (the old domain already points at the platform) */
    public static RedirectVerifier direct() {
        return new RedirectVerifier(null);
    }

    /** @return a verifier sending every request to {@code platform} (scheme, host, port) with the URL's {@code Host} */
    public static RedirectVerifier through(URI platform) {
        return new RedirectVerifier(platform);
    }

    /**
     * @param monitor progress, one unit per old URL verified (the URL last started as sub-task), reported on the
     *        calling thread; may be {@code null}
     * @return one verification per entry of {@code table}, in its order
     * @throws OperationCanceledException when cancelled (checked before each URL is started; those started are
     *         awaited first)
     */
    public List<Verification> verify(RedirectTable table, IProgressMonitor monitor) {
        List<Redirect> entries = table.entries();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskVerify, entries.size()), entries.size());
        Verification[] results = new Verification[entries.size()];
        ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            CompletionService<Integer> verified = new ExecutorCompletionService<>(workers);
            int started = 0;
            int ended = 0;
            while (true) {
                while (started < entries.size() && started - ended < IN_FLIGHT && !progress.isCanceled()) {
                    int index = started++;
                    progress.subTask(entries.get(index).oldUrl().toString());
                    verified.submit(() -> {
                        results[index] = verify(entries.get(index));
                        return index;
                    });
                }
                if (ended == started) {
                    break; // all verified, or cancelled with none left in flight
                }
                Completions.next(verified);
                ended++;
                progress.worked(1);
            }
            if (ended < entries.size()) {
                throw new OperationCanceledException();
            }
        } finally {
            workers.shutdownNow();
        }
        return List.of(results);
    }

    private Verification verify(Redirect entry) {
        Answer answer;
        try {
            answer = get(entry.oldUrl());
        } catch (IOException | IllegalArgumentException e) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyRequestFailed, e.getMessage()));
        }
        if (entry.kind() == Redirect.Kind.MOVED && answer.status() == 200 && PublishedPaths.isHomePage(pathAndQuery(entry.oldUrl()))) {
            return notice(entry, answer);
        }
        return switch (entry.kind()) {
        case NOT_READY -> new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyNotReady, entry.reason(), answer.status()));
        case MOVED -> moved(entry, answer);
        case GONE -> gone(entry, answer);
        };
    }

    private Verification moved(Redirect entry, Answer answer) {
        String target = entry.target().toString();
        if (answer.status() != 301) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyWrongStatus, answer.status(), 301));
        }
        if (!target.equals(answer.location())) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyWrongLocation, answer.location(), target));
        }
        return live(entry, target, Messages.VerifyMoved);
    }

    private Verification notice(Redirect entry, Answer answer) {
        String site = entry.target().resolve("/").toString(); //$NON-NLS-1$
        Optional<String> link = Jsoup.parse(answer.body()).select("a[href]").stream().map(a -> a.attr("href")) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(href -> href.equals(site) || href.equals(entry.target().toString())).findFirst();
        if (link.isEmpty()) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyNoticeWithoutLink, site));
        }
        return live(entry, link.get(), Messages.VerifyNotice);
    }

    /**
     * @param target where the old URL leads (a 301's target, a notice's link)
     * @param passed the evidence when the target answers 200 (its target and status as arguments)
     * @return the old URL's verification: passed when {@code target} is a live page
     */
    private Verification live(Redirect entry, String target, String passed) {
        Landing landing;
        try {
            landing = landing(URI.create(target));
        } catch (IOException | IllegalArgumentException e) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyTargetFailed, target, e.getMessage()));
        }
        String shown = landing.url().toString().equals(target) ? target
                : NLS.bind(Messages.VerifyRedirectedTo, target, landing.url());
        return new Verification(entry.oldUrl(), landing.status() == 200,
                NLS.bind(landing.status() == 200 ? passed : Messages.VerifyTargetNotLive, shown, landing.status()));
    }

    private Verification gone(Redirect entry, Answer answer) {
        String link = entry.target().toString();
        if (answer.status() != 410) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyWrongStatus, answer.status(), 410));
        }
        boolean linked = Jsoup.parse(answer.body()).select("a[href]").stream().anyMatch(a -> a.attr("href").equals(link)); //$NON-NLS-1$ //$NON-NLS-2$
        if (!linked) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyGoneWithoutLink, link));
        }
        Answer archive;
        try {
            archive = get(entry.target());
        } catch (IOException | IllegalArgumentException e) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyArchiveFailed, link, e.getMessage()));
        }
        if (archive.status() != 200) {
            return new Verification(entry.oldUrl(), false, NLS.bind(Messages.VerifyArchiveNotLive, link, archive.status()));
        }
        boolean marked = Jsoup.parse(archive.body()).text().contains(ARCHIVED);
        return new Verification(entry.oldUrl(), marked, NLS.bind(marked ? Messages.VerifyGone : Messages.VerifyArchiveNotMarked, link));
    }

    /** Where a target leads: the page it lands on after its own redirects, and that page's status. */
    private record Landing(URI url, int status) {
    }

    /**
     * @return where a 301's target or a notice's link lands, requested once per verifier however many old URLs lead
     *         there (list pages and duplicates share their column's or first copy's address); a failed request is
     *         remembered too, so that each of them reports it
     */
    private Landing landing(URI target) throws IOException {
        CompletableFuture<Landing> mine = new CompletableFuture<>();
        CompletableFuture<Landing> known = targets.putIfAbsent(target, mine);
        if (known == null) {
            try {
                mine.complete(follow(target));
            } catch (IOException | RuntimeException e) {
                mine.completeExceptionally(e);
            }
            known = mine;
        }
        try {
            return known.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    /** @return the page {@code target} lands on, following its redirects; a loop or too many fail */
    private Landing follow(URI target) throws IOException {
        Redirects.Walk<Answer> walk = Redirects.follow(target, MAX_REDIRECTS, this::get,
                answer -> REDIRECTS.contains(Integer.valueOf(answer.status())) ? answer.location() : null);
        if (walk.loop()) {
            throw new IOException(NLS.bind(Messages.VerifyRedirectLoop, walk.next()));
        }
        if (walk.tooManyRedirects()) {
            throw new IOException(NLS.bind(Messages.VerifyTooManyRedirects, Integer.valueOf(MAX_REDIRECTS)));
        }
        return new Landing(walk.lastUrl(), walk.last().status());
    }

    /** A response: status, {@code Location} (or {@code null}) and body as UTF-8 text. */
    private record Answer(int status, String location, String body) {
    }

    private Answer get(URI url) throws IOException {
        HttpGet get;
        if (platform == null) {
            get = new HttpGet(url);
        } else {
            get = new HttpGet(platform.resolve(pathAndQuery(url)));
            get.setHeader("Host", url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return http.execute(get, response -> {
            Header location = response.getFirstHeader("Location"); //$NON-NLS-1$
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8); //$NON-NLS-1$
            return new Answer(response.getCode(), location == null ? null : location.getValue(), body);
        });
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath(); //$NON-NLS-1$
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery(); //$NON-NLS-1$
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
