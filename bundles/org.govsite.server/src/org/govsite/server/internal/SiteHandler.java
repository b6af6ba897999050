package org.govsite.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.govsite.protocol.PublishedPaths;

/**
 * Serves published sites and redirect tables by host name in front of the API: a GET or HEAD whose {@code Host} (any
 * port) is the main domain or an alias of a published site, or an old host with redirect entries, an active migration
 * notice or an archived snapshot (or a snapshot's file) at that path, and whose path is not under {@code /api/}, gets
 * the migration's page (the notice on the old home page, the snapshot and its files, the portal's notices page), else
 * that site's static page (a portal's home page with links to the notices it shows; an archived site's pages under
 * the 已归档 banner), else the redirect entry answering its path and query ({@link Redirects#answering}: 301 with
 * {@code Location}, or 410 with a page carrying the archive link), else a 404 page; 405 for other methods. Every
 * other request goes on to the API handler.
 */
public final class SiteHandler extends Handler.Wrapper {
    private static final System.Logger LOG = System.getLogger(SiteHandler.class.getName());
    private static final String API = "/api/"; //$NON-NLS-1$
    /** Archived pages are shown, not run: no scripts, plug-ins or frames of the old site. */
    private static final String SNAPSHOT_POLICY = "script-src 'none'; object-src 'none'; frame-src 'none'"; //$NON-NLS-1$

    private final Services services;
    private final PublishedSites published;
    private final AttachmentStore store;

    public SiteHandler(Services services, Handler api) {
        super(api);
        this.services = services;
        this.published = new PublishedSites(services.config().dataFolder());
        this.store = new AttachmentStore(services.config().dataFolder());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        if (path == null || path.startsWith(API) || path.equals("/api")) { //$NON-NLS-1$
            return super.handle(request, response, callback);
        }
        String host = PublishedSites.normalise(Request.getServerName(request));
        String target = request.getHttpURI().getPath() + (request.getHttpURI().getQuery() == null ? "" //$NON-NLS-1$
                : "?" + request.getHttpURI().getQuery()); //$NON-NLS-1$
        Found found;
        try {
            found = services.database().transaction(connection -> new Found(published.pagesOf(connection, host),
                    Redirects.answering(connection, host, target), Redirects.knows(connection, host),
                    MigrationPages.Found.read(connection, host, target, services.now())));
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.ERROR, "host lookup failed", e); //$NON-NLS-1$
            Response.writeError(request, response, callback, 500);
            return true;
        }
        if (found.pages().isEmpty() && !found.redirectHost() && !found.migration().servesHost()) {
            return super.handle(request, response, callback);
        }
        boolean head = "HEAD".equals(request.getMethod()); //$NON-NLS-1$
        if (!head && !"GET".equals(request.getMethod())) { //$NON-NLS-1$
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD"); //$NON-NLS-1$
            write(response, callback, 405, "text/plain; charset=utf-8", new byte[0], head); //$NON-NLS-1$
            return true;
        }
        MigrationPages.Found migration = found.migration();
        Optional<Path> file = found.pages().flatMap(pages -> resolve(pages.folder(), path));
        if (serveMigration(response, callback, migration, target, head)) {
            return true;
        }
        if (file.isPresent()) {
            byte[] bytes = Files.readAllBytes(file.get());
            String type = SiteLayout.contentType(file.get().getFileName().toString());
            if (!migration.portalNotices().isEmpty() && PublishedPaths.isHomePage(target)) {
                bytes = MigrationPages.withNoticeLinks(bytes, migration.portalNotices());
            }
            if (found.pages().get().archived() && type.equals(SiteLayout.contentType(SiteLayout.INDEX))) {
                bytes = MigrationPages.archivedSite(bytes, found.pages().get().archivedAt());
            }
            write(response, callback, 200, type, bytes, head);
        } else if (found.redirect().isPresent()) {
            redirect(response, callback, found.redirect().get(), head);
        } else {
            write(response, callback, 404, SiteLayout.contentType(SiteLayout.INDEX), page("404", //$NON-NLS-1$
                    Html.escape(PageText.get("notFound")), "<a href=\"/\">" + Html.escape(PageText.get("home")) + "</a>"), head); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return true;
    }

    /**
     * Answers a migration's own page, if {@code target} is one: the old home page's notice while it is active, an
     * archived snapshot or a file it shows, the superior portal's notices page.
     *
     * @return whether it answered
     */
    private boolean serveMigration(Response response, Callback callback, MigrationPages.Found migration, String target, boolean head)
            throws IOException {
        String html = SiteLayout.contentType(SiteLayout.INDEX);
        if (migration.notice().isPresent() && PublishedPaths.isHomePage(target)) {
            write(response, callback, 200, html, MigrationPages.notice(migration.notice().get(), migration.sites(),
                    services.config().publicPrefix()), head);
        } else if (migration.snapshot().isPresent()) {
            response.getHeaders().put("Content-Security-Policy", SNAPSHOT_POLICY); //$NON-NLS-1$
            write(response, callback, 200, html, MigrationPages.snapshot(store.read(migration.snapshot().get().digest()),
                    migration.snapshot().get()), head);
        } else if (migration.asset().isPresent()) {
            response.getHeaders().put("Content-Security-Policy", SNAPSHOT_POLICY); //$NON-NLS-1$
            response.getHeaders().put("X-Content-Type-Options", "nosniff"); //$NON-NLS-1$ //$NON-NLS-2$
            write(response, callback, 200, migration.asset().get().contentType(), store.read(migration.asset().get().digest()), head);
        } else if (!migration.portalNotices().isEmpty() && target.equals(MigrationPages.NOTICES)) {
            write(response, callback, 200, html, MigrationPages.portalNotices(migration.portalNotices(), migration.sites(),
                    migration.portal(), services.config().publicPrefix()), head);
        } else {
            return false;
        }
        return true;
    }

    /** What a host and path have: published pages, a redirect entry, redirect entries of the host, the migration's. */
    private record Found(Optional<PublishedSites.Pages> pages, Optional<Redirects.Entry> redirect, boolean redirectHost,
            MigrationPages.Found migration) {
    }

    /** 301 with {@code Location}, or 410 with a page carrying the archive link (DOMAIN.md "Sites": 已归档). */
    private static void redirect(Response response, Callback callback, Redirects.Entry entry, boolean head) {
        String link = Html.escape(entry.target());
        if (entry.status() == 301) {
            response.getHeaders().put(HttpHeader.LOCATION, entry.target());
            write(response, callback, 301, SiteLayout.contentType(SiteLayout.INDEX), page("301", //$NON-NLS-1$
                    Html.escape(PageText.get("moved")), "<a href=\"" + link + "\">" + link + "</a>"), head); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } else {
            write(response, callback, 410, SiteLayout.contentType(SiteLayout.INDEX), page(PageText.get("archived"), //$NON-NLS-1$
                    Html.escape(PageText.get("archived")), Html.escape(PageText.get("archivedNotice")) //$NON-NLS-1$ //$NON-NLS-2$
                            + "<a href=\"" + link + "\">" + link + "</a>"), head); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return a small Chinese page: {@code title}, a heading and a paragraph (both HTML) */
    private static byte[] page(String title, String heading, String paragraph) {
        return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title) //$NON-NLS-1$
                + "</title></head><body><h1>" + heading + "</h1><p>" + paragraph + "</p></body></html>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return the regular file under {@code root} that {@code path} names; dot segments and hidden names never match */
    private static Optional<Path> resolve(Path root, String path) {
        String stored = SiteLayout.storedFile(path);
        List<String> segments = List.of(stored.split("/")); //$NON-NLS-1$
        if (segments.stream().anyMatch(segment -> segment.isEmpty() || segment.startsWith(".") || segment.contains("\\"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
        Path file = root.resolve(stored).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve(SiteLayout.INDEX);
        }
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static void write(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }
}
