package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.protocol.PublishedPaths;
import org.govsite.server.Role;
import org.govsite.server.internal.Notices.Notice;
import org.govsite.server.internal.SiteContent.Site;

/**
 * {@code /api/v1/migration-notices/{host}}: the migration notice of an old host (docs/server.md, "Migration notices").
 * Content editors write it ({@code PUT}, the whole notice, keyed by host) and take it down ({@code DELETE}); content
 * editors and reviewers read it ({@code GET}). A notice is shown at least 30 days ({@code GS-NOTICE-TOO-SHORT}), and
 * once shown it cannot be taken down, moved or ended sooner before those 30 days are over ({@code GS-NOTICE-LOCKED}).
 */
public final class NoticeEndpoints {
    /** How far in the past a new notice may start (the caller's clock may be behind the server's). */
    static final long START_TOLERANCE_SECONDS = 5 * 60;
    private static final int MAX_TITLE = 200;
    private static final int MAX_TEXT = 2000;

    /** The body of a PUT; {@code start} and {@code end} as {@code YYYY-MM-DD HH:MM} in Asia/Shanghai. */
    record Body(String site, String superiorSite, String title, String text, String start, String end) {
    }

    private final Services services;

    public NoticeEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse put(Caller caller, ApiRequest request, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        String oldHost = RedirectEndpoints.checkHost(host);
        Body body = JsonBodies.read(request.body(), Body.class);
        Fields.id("site", body.site()); //$NON-NLS-1$
        Fields.id("superiorSite", body.superiorSite()); //$NON-NLS-1$
        Fields.name("title", body.title(), MAX_TITLE); //$NON-NLS-1$
        Fields.name("text", body.text(), MAX_TEXT); //$NON-NLS-1$
        Long start = Fields.time("start", body.start()); //$NON-NLS-1$
        Long end = Fields.time("end", body.end()); //$NON-NLS-1$
        Fields.check(end != null, "end must be a time YYYY-MM-DD HH:MM"); //$NON-NLS-1$
        return services.hostWrite(connection -> {
            long now = services.now();
            Site site = SiteContentReader.site(connection, body.site()).orElseThrow(() -> invalid("site names no site")); //$NON-NLS-1$
            Fields.check(site.mainDomain() != null, "site has no main domain to send visitors to"); //$NON-NLS-1$
            SiteContentReader.site(connection, body.superiorSite()).orElseThrow(() -> invalid("superiorSite names no site")); //$NON-NLS-1$
            Notice before = Notices.lock(connection, oldHost).orElse(null);
            long from;
            if (before != null && before.startsAt() <= now && now < before.endsAt()) {
                from = start == null ? before.startsAt() : start;
                locked(from != before.startsAt(), "the notice is shown since " + Fields.time(before.startsAt()) //$NON-NLS-1$
                        + ": its start cannot change"); //$NON-NLS-1$
            } else {
                from = start == null ? now / 60 * 60 : start;
                Fields.check(from >= now - START_TOLERANCE_SECONDS, "start must not be in the past"); //$NON-NLS-1$
            }
            if (end < from + Notices.MIN_SECONDS) {
                throw new ProtocolException(ErrorCode.NOTICE_TOO_SHORT, "end " + body.end() + " is less than 30 days after start " //$NON-NLS-1$ //$NON-NLS-2$
                        + Fields.time(from));
            }
            Notice notice = new Notice(oldHost, body.site(), body.superiorSite(), body.title(), body.text(), from, end);
            Notices.put(connection, notice, now);
            services.log().append(connection, caller.operator(), "notice.put", oldHost, //$NON-NLS-1$
                    Fields.time(from) + " - " + Fields.time(end) + " to " + body.site()); //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200, json(notice, site, now));
        });
    }

    public ApiResponse get(Caller caller, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        String oldHost = RedirectEndpoints.checkHost(host);
        return services.database().transaction(connection -> {
            Notice notice = Notices.find(connection, oldHost).orElseThrow(() -> notFound(oldHost));
            Site site = SiteContentReader.site(connection, notice.siteId()).orElse(null);
            return ApiResponse.json(200, json(notice, site, services.now()));
        });
    }

    public ApiResponse delete(Caller caller, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        String oldHost = RedirectEndpoints.checkHost(host);
        return services.hostWrite(connection -> {
            Notice notice = Notices.lock(connection, oldHost).orElseThrow(() -> notFound(oldHost));
            locked(notice.lockedAt(services.now()), "the notice is shown since " + Fields.time(notice.startsAt()) //$NON-NLS-1$
                    + ": it can be taken down from " + Fields.time(notice.startsAt() + Notices.MIN_SECONDS)); //$NON-NLS-1$
            Notices.delete(connection, oldHost);
            services.log().append(connection, caller.operator(), "notice.delete", oldHost, //$NON-NLS-1$
                    Fields.time(notice.startsAt()) + " - " + Fields.time(notice.endsAt())); //$NON-NLS-1$
            return ApiResponse.json(200, Map.of("host", oldHost, "deleted", true)); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    /**
     * @param prefix how absolute addresses start: the server's public scheme and {@code ://}
     * @return the address visitors of the old host are sent to: the new site's home page
     */
    static String address(Site site, String prefix) {
        return site == null || site.mainDomain() == null ? "" : PublishedPaths.siteUrl(prefix, site.mainDomain(), "/"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Map<String, Object> json(Notice notice, Site site, long now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("host", notice.host()); //$NON-NLS-1$
        json.put("site", notice.siteId()); //$NON-NLS-1$
        json.put("address", address(site, services.config().publicPrefix())); //$NON-NLS-1$
        json.put("superiorSite", notice.superiorSiteId()); //$NON-NLS-1$
        json.put("title", notice.title()); //$NON-NLS-1$
        json.put("text", notice.text()); //$NON-NLS-1$
        json.put("start", Fields.time(notice.startsAt())); //$NON-NLS-1$
        json.put("end", Fields.time(notice.endsAt())); //$NON-NLS-1$
        json.put("active", notice.activeAt(now)); //$NON-NLS-1$
        return json;
    }

    private static void locked(boolean refused, String detail) {
        if (refused) {
            throw new ProtocolException(ErrorCode.NOTICE_LOCKED, detail);
        }
    }

    private static ProtocolException invalid(String detail) {
        return new ProtocolException(ErrorCode.REQ_INVALID_FIELD, detail);
    }

    private static ProtocolException notFound(String host) {
        return new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no migration notice for " + host); //$NON-NLS-1$
    }
}
