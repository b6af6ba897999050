package org.govsite.server.internal;

import static org.govsite.server.internal.SiteRenderer.link;
import static org.govsite.server.internal.SiteRenderer.tag;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govsite.server.internal.Attachments.Attachment;
import org.govsite.server.internal.Notices.Notice;
import org.govsite.server.internal.SiteContent.Site;
import org.govsite.server.internal.Snapshots.Snapshot;

/**
 * The pages a migration leaves (docs/server.md, "Migration notices" and "Archived snapshots"): the notice an old
 * host's home page shows while its notice is active, the notices page of the superior portal and the links to it on
 * the portal's home page, and an archived snapshot under its 已归档 banner with the archive time, with its files.
 */
final class MigrationPages {
    /** The superior portal's page of the migration notices it shows. */
    static final String NOTICES = "/migration-notices.html"; //$NON-NLS-1$
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final String MAIN_END = "</main>"; //$NON-NLS-1$

    /**
     * What a request to a host finds of a migration.
     *
     * @param notice the host's notice, if it is active
     * @param portalNotices the active notices the host shows as a superior portal
     * @param sites the sites of these notices by id (null for a site deleted meanwhile)
     * @param portal the site published under the host, when it shows notices
     * @param snapshot the archived snapshot the request's path addresses
     * @param asset the file of a snapshot of the host the request's path addresses
     */
    record Found(Optional<Notice> notice, List<Notice> portalNotices, Map<String, Site> sites, Optional<Site> portal,
            Optional<Snapshot> snapshot, Optional<Attachment> asset) {
        static Found read(Connection connection, String host, String pathAndQuery, long now) throws SQLException {
            Optional<Notice> notice = Notices.find(connection, host).filter(n -> n.activeAt(now));
            List<Notice> portalNotices = Notices.activeOnPortal(connection, host, now);
            Map<String, Site> sites = new HashMap<>();
            for (Notice each : Stream.concat(notice.stream(), portalNotices.stream()).toList()) {
                sites.put(each.siteId(), SiteContentReader.site(connection, each.siteId()).orElse(null));
            }
            Optional<Site> portal = portalNotices.isEmpty() ? Optional.empty()
                    : SiteContentReader.site(connection, portalNotices.get(0).superiorSiteId());
            return new Found(notice, portalNotices, sites, portal, Snapshots.at(connection, host, pathAndQuery),
                    Snapshots.assetAt(connection, host, pathAndQuery));
        }

        /** @return whether the host is served for the migration even without published pages or redirect entries */
        boolean servesHost() {
            return notice.isPresent() || snapshot.isPresent() || asset.isPresent();
        }
    }

    private MigrationPages() {
    }

    /**
     * @param prefix how absolute addresses start: the server's public scheme and {@code ://}
     * @return the old host's home page while {@code notice} is active: where the site went, with its page tags
     */
    static byte[] notice(Notice notice, Map<String, Site> sites, String prefix) {
        Optional<Site> site = Optional.ofNullable(sites.get(notice.siteId()));
        String address = NoticeEndpoints.address(site.orElse(null), prefix);
        String name = site.map(Site::name).orElse(""); //$NON-NLS-1$
        String main = "<h1>" + Html.escape(notice.title()) + "</h1>\n<p>" + Html.escape(notice.text()) + "</p>\n<p>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + Html.escape(PageText.get("migratedTo")) + link(address, name.isEmpty() ? address : name + " " + address) //$NON-NLS-1$ //$NON-NLS-2$
                + "</p>\n<p>" + Html.escape(period(notice)) + "</p>\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return page(notice.title(), site, List.of(tag("ArticleTitle", notice.title()), //$NON-NLS-1$
                tag("PubDate", Fields.time(notice.startsAt()))), main); //$NON-NLS-1$
    }

    /** @return the superior portal's page listing {@code notices} (each anchored by its old host) */
    static byte[] portalNotices(List<Notice> notices, Map<String, Site> sites, Optional<Site> portal, String prefix) {
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(PageText.get("migrationNotices"))).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (Notice notice : notices) {
            Site site = sites.get(notice.siteId());
            String address = NoticeEndpoints.address(site, prefix);
            main.append("<section class=\"migration-notice\" id=\"").append(Html.escape(notice.host())).append("\"><h2>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Html.escape(notice.title())).append("</h2>\n<p>").append(Html.escape(notice.text())).append("</p>\n<p>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Html.escape(PageText.get("oldSiteMigrated", notice.host()))) //$NON-NLS-1$
                    .append(link(address, site == null ? address : site.name() + " " + address)).append("</p>\n<p>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Html.escape(period(notice))).append("</p></section>\n"); //$NON-NLS-1$
        }
        return page(PageText.get("migrationNotices"), portal, List.of(), main.toString()); //$NON-NLS-1$
    }

    /** @return the portal's home page {@code home} with a list of links to the notices page, before its main part ends */
    static byte[] withNoticeLinks(byte[] home, List<Notice> notices) {
        StringBuilder links = new StringBuilder("<section class=\"migration-notices\"><h2>") //$NON-NLS-1$
                .append(Html.escape(PageText.get("migrationNotices"))).append("</h2><ul>"); //$NON-NLS-1$ //$NON-NLS-2$
        notices.forEach(notice -> links.append("<li>").append(link(NOTICES + "#" + notice.host(), notice.title())).append("</li>")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        links.append("</ul></section>\n"); //$NON-NLS-1$
        String html = new String(home, StandardCharsets.UTF_8);
        int at = html.lastIndexOf(MAIN_END);
        if (at < 0) {
            at = Math.max(html.toLowerCase(Locale.ROOT).lastIndexOf("</body>"), 0); //$NON-NLS-1$
        }
        return (html.substring(0, at) + links + html.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the stored snapshot {@code html} (UTF-8) with the 已归档 banner and archive time right after {@code <body>} */
    static byte[] snapshot(byte[] html, Snapshot snapshot) {
        return withArchivedBanner(html, Long.valueOf(snapshot.archivedAt()), PageText.get("archivedBanner")); //$NON-NLS-1$
    }

    /**
     * @param archivedAt when the site was archived, Unix seconds, or {@code null} when not known
     * @return a published page of an archived site (UTF-8) with the 已归档 banner (DOMAIN.md "Sites") right after
     *         {@code <body>}
     */
    static byte[] archivedSite(byte[] html, Long archivedAt) {
        return withArchivedBanner(html, archivedAt, PageText.get("siteArchivedBanner")); //$NON-NLS-1$
    }

    private static byte[] withArchivedBanner(byte[] html, Long archivedAt, String explanation) {
        String time = archivedAt == null ? "" : "<span class=\"archived-at\">" //$NON-NLS-1$ //$NON-NLS-2$
                + Html.escape(PageText.get("archivedAt", Fields.time(archivedAt.longValue()))) + "</span> "; //$NON-NLS-1$ //$NON-NLS-2$
        String banner = "<div class=\"govsite-archived\" style=\"border:2px solid #b00;background:#fff4f4;padding:8px 12px;margin:0 0 12px;\">" //$NON-NLS-1$
                + "<strong>" + Html.escape(PageText.get("archived")) + "</strong> " + time //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + Html.escape(explanation) + "</div>\n"; //$NON-NLS-1$
        String text = new String(html, StandardCharsets.UTF_8);
        Matcher body = BODY.matcher(text);
        int at = body.find() ? body.end() : 0;
        return (text.substring(0, at) + banner + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static String period(Notice notice) {
        return PageText.get("noticePeriod", Fields.time(notice.startsAt()), Fields.time(notice.endsAt())); //$NON-NLS-1$
    }

    /** @return a Chinese page with the site tags of {@code site} (empty values without one) and {@code ownTags} */
    private static byte[] page(String title, Optional<Site> site, List<String[]> ownTags, String main) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>") //$NON-NLS-1$
                .append(Html.escape(title)).append("</title>\n"); //$NON-NLS-1$
        List<String[]> tags = new ArrayList<>(List.of(tag("SiteName", site.map(Site::name).orElse(null)), //$NON-NLS-1$
                tag("SiteDomain", site.map(Site::mainDomain).orElse(null)), tag("SiteIDCode", site.map(Site::idCode).orElse(null)))); //$NON-NLS-1$ //$NON-NLS-2$
        tags.addAll(ownTags);
        return html.append(SiteRenderer.meta(tags)).append("</head>\n<body>\n<main>\n").append(main).append("</main>\n</body>\n</html>\n").toString() //$NON-NLS-1$ //$NON-NLS-2$
                .getBytes(StandardCharsets.UTF_8);
    }
}
