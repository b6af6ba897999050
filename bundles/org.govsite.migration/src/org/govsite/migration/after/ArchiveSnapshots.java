package org.govsite.migration.after;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Charsets;
import org.govsite.audit.crawl.Urls;
import org.govsite.client.ArchiveSnapshot;
import org.govsite.client.PlatformClient;
import org.govsite.client.SnapshotContent;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.SourceStatus;
import org.govsite.protocol.PublishedPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Archives the old pages a migration maps to ARCHIVE on the platform (docs/migration.md, step 6, "Archived
 * snapshots"): each {@code GONE} entry of a {@link RedirectTable} whose old URL was read as a page is read again from
 * the source, its links made absolute and those to redirected old URLs pointed at their new addresses, the images,
 * style sheets and fonts it shows from the old hosts archived with it ({@link SnapshotFiles}), written as UTF-8 HTML,
 * stored as an attachment by its SM3 digest and recorded as the snapshot of its old path with its files
 * ({@code PUT /api/v1/archives/{host}}, docs/server.md "Archived snapshots"). The platform serves it on the old host
 * under 已归档 with the archive time; the table's {@code GONE} entries then point at these addresses. Idempotent: a
 * re-run stores the same digests (the platform keeps the first archive time); cancel, then run again.
 */
public final class ArchiveSnapshots {
    /** Snapshots of old pages larger than this are not made (the platform's attachment limit is 32 MiB). */
    public static final long MAX_PAGE_BYTES = 16L << 20;
    private static final String[][] LINKS = { { "a[href]", "href" }, { "area[href]", "href" }, { "link[href]", "href" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "img[src]", "src" }, { "script[src]", "src" }, { "iframe[src]", "src" }, { "form[action]", "action" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String HTML = "text/html; charset=utf-8"; //$NON-NLS-1$
    /** Snapshots per {@code GET /api/v1/archives/{host}} (the server's most). */
    private static final int LIST_PAGE = 1000;

    /**
     * What an upload did.
     *
     * @param table the redirect table with each archived page's {@code GONE} entry pointing at its snapshot
     * @param snapshots the snapshot address of each old URL archived, in table order
     * @param skipped why an archived old URL has no snapshot (localized), in table order: it keeps the mapping's link
     * @param deleted the old URLs of the table whose snapshot from an earlier upload was taken down (no longer archived,
     *        or archived without snapshot now), in table order
     * @param filesMissing the files (images, style sheets, fonts) of the old hosts the snapshots show that could not be
     *        archived and why (localized), in the order met: the snapshots name them by their old addresses
     */
    public record Result(RedirectTable table, Map<URI, URI> snapshots, Map<URI, String> skipped, List<URI> deleted,
            Map<URI, String> filesMissing) {
    }

    private final PlatformClient client;
    private final LegacySource source;
    private final int batchSize;

    /**
     * @param client logged in as a content editor
     * @param source the legacy site the plan was made from (read again for the archived pages)
     * @param batchSize snapshots per request, 1 to 1000
     */
    public ArchiveSnapshots(PlatformClient client, LegacySource source, int batchSize) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batch size " + batchSize + " is not 1 to 1000"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.client = client;
        this.source = source;
        this.batchSize = batchSize;
    }

    /**
     * @param plan the plan the table was made from (which archived URLs were read as pages)
     * @param monitor progress, one unit per archived old URL (its URL as sub-task); may be {@code null}
     * @throws OperationCanceledException when cancelled (checked before each page)
     * @throws org.govsite.client.ClientException when the platform refuses a snapshot or cannot be reached
     */
    public Result upload(MigrationPlan plan, RedirectTable table, IProgressMonitor monitor) {
        List<Redirect> gone = table.entries(Redirect.Kind.GONE);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskArchive, gone.size()), gone.size());
        Map<URI, URI> moved = new HashMap<>();
        table.entries(Redirect.Kind.MOVED).forEach(entry -> moved.put(entry.oldUrl(), entry.target()));
        Map<URI, URI> snapshots = new LinkedHashMap<>();
        Map<URI, String> skipped = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        SnapshotFiles files = new SnapshotFiles(client, source, moved, Set.copyOf(table.hosts()));
        for (Redirect entry : gone) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(entry.oldUrl().toString());
            SourceStatus status = status(plan, entry);
            Download page = status == SourceStatus.FETCHED ? source.fetch(entry.oldUrl(), MAX_PAGE_BYTES) : null;
            if (page == null) {
                skipped.put(entry.oldUrl(), NLS.bind(Messages.ArchiveNotPage, status));
            } else if (page.status() != Download.Status.OK) {
                skipped.put(entry.oldUrl(), NLS.bind(Messages.ArchiveUnreadable, (page.status() + " " + page.detail()).strip())); //$NON-NLS-1$
            } else {
                pending.add(snapshot(entry, page, moved, files));
                if (pending.size() == batchSize) {
                    send(pending, snapshots);
                }
            }
            progress.worked(1);
        }
        send(pending, snapshots);
        return new Result(table.withArchiveLinks(snapshots), Collections.unmodifiableMap(snapshots), Collections.unmodifiableMap(skipped),
                takeDown(table, snapshots.keySet(), progress), files.missing());
    }

    /**
     * @return {@code table} with the entries of archived pages (read as pages in {@code plan}) pointing at the snapshot
     *         addresses an upload stores them at, for a run that exports or verifies what an earlier run uploaded
     */
    public static RedirectTable expected(MigrationPlan plan, RedirectTable table) {
        Map<URI, URI> snapshots = new LinkedHashMap<>();
        for (Redirect entry : table.entries(Redirect.Kind.GONE)) {
            if (status(plan, entry) == SourceStatus.FETCHED) {
                snapshots.put(entry.oldUrl(), entry.oldUrl().resolve(PublishedPaths.archivePage(entry.pathAndQuery())));
            }
        }
        return table.withArchiveLinks(snapshots);
    }

    /** @return how the source read the entry's old URL in {@code plan}: archived pages read as pages get snapshots */
    private static SourceStatus status(MigrationPlan plan, Redirect entry) {
        return plan.outcome(entry.oldUrl()).map(UrlOutcome::status).orElse(SourceStatus.UNREACHABLE);
    }

    /**
     * @param moved the new address of each redirected old URL
     * @return the old page {@code page} stored as a snapshot: UTF-8 HTML whose links are absolute (they resolve from
     *         the snapshot's address too), those to redirected old URLs going to the new addresses, its files archived
     */
    private Pending snapshot(Redirect entry, Download page, Map<URI, URI> moved, SnapshotFiles files) {
        Charsets.Decoded text = Charsets.decode(page.bytes(), page.charset());
        Document document = Jsoup.parse(text.text(), entry.oldUrl().toString());
        document.select("base").remove(); //$NON-NLS-1$
        for (String[] link : LINKS) {
            for (Element element : document.select(link[0])) {
                String absolute = element.absUrl(link[1]);
                if (!absolute.isEmpty()) {
                    URI target = Urls.normalize(absolute);
                    URI address = target == null ? null : moved.get(target);
                    element.attr(link[1], address == null ? absolute : address.toString());
                }
            }
        }
        Set<String> shown = files.archive(document, text.charset());
        document.charset(StandardCharsets.UTF_8);
        String digest = client.putAttachment(document.outerHtml().getBytes(StandardCharsets.UTF_8), HTML);
        return new Pending(entry, new SnapshotContent(digest, List.copyOf(shown)));
    }

    /**
     * Deletes the platform's snapshots of the table's old URLs that have none now ({@code kept} are those stored by this
     * run): an old URL no longer archived, or archived without snapshot now, is not left with a stale one. Snapshots of
     * paths the table does not hold (another batch of the same host) are left alone.
     *
     * @return the old URLs whose snapshot was deleted, in table order
     */
    private List<URI> takeDown(RedirectTable table, Set<URI> kept, IProgressMonitor monitor) {
        List<URI> deleted = new ArrayList<>();
        for (String host : table.hosts()) {
            Map<String, URI> stale = new LinkedHashMap<>();
            table.entriesOf(host).stream().filter(entry -> !kept.contains(entry.oldUrl()))
                    .forEach(entry -> stale.putIfAbsent(entry.pathAndQuery(), entry.oldUrl()));
            table.entriesOf(host).stream().filter(entry -> kept.contains(entry.oldUrl())).forEach(entry -> stale.remove(entry.pathAndQuery()));
            Set<String> stored = storedPaths(host);
            stale.keySet().retainAll(stored);
            for (List<String> batch : RedirectUpload.batches(List.copyOf(stale.keySet()), batchSize)) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                client.deleteArchiveSnapshots(host, batch);
                batch.forEach(path -> deleted.add(stale.get(path)));
            }
        }
        return List.copyOf(deleted);
    }

    /** @return the old paths with query the platform keeps snapshots of on {@code host} */
    private Set<String> storedPaths(String host) {
        Set<String> paths = new HashSet<>();
        String after = ""; //$NON-NLS-1$
        List<ArchiveSnapshot> page;
        do {
            page = client.archiveSnapshots(host, after, LIST_PAGE);
            page.forEach(snapshot -> paths.add(snapshot.path()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).path();
        } while (page.size() == LIST_PAGE);
        return paths;
    }

    /** Sends the snapshots of {@code pending} (per old host), records their addresses and empties it. */
    private void send(List<Pending> pending, Map<URI, URI> snapshots) {
        Map<String, Map<String, SnapshotContent>> byHost = new LinkedHashMap<>();
        for (Pending each : pending) {
            byHost.computeIfAbsent(RedirectTable.host(each.entry()), host -> new LinkedHashMap<>()).put(each.entry().pathAndQuery(), each.content());
        }
        Map<String, Map<String, String>> addresses = new HashMap<>();
        byHost.forEach((host, digests) -> addresses.put(host, client.putArchiveSnapshots(host, digests).stream()
                .collect(Collectors.toMap(ArchiveSnapshot::path, ArchiveSnapshot::address))));
        for (Pending each : pending) {
            String address = addresses.get(RedirectTable.host(each.entry())).get(each.entry().pathAndQuery());
            snapshots.put(each.entry().oldUrl(), each.entry().oldUrl().resolve(address));
        }
        pending.clear();
    }

    /** An archived page stored with its files, its snapshot not yet recorded. */
    private record Pending(Redirect entry, SnapshotContent content) {
    }
}
