package org.govsite.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.Role;
import org.govsite.server.internal.Redirects.Entry;

/**
 * {@code /api/v1/redirects/{host}}: the redirect table of a migrated legacy host (docs/server.md, "Redirects").
 * Content editors write entries in bulk ({@code PUT}, keyed by old path with query in {@link OldPaths}' normal form:
 * writing the same entries again changes nothing; two paths of one normal form in a PUT must have the same answer)
 * and delete them by old path ({@code DELETE} with the paths in the body), content editors and
 * reviewers list them in pages ({@code GET ?after=&limit=}).
 */
public final class RedirectEndpoints {
    /** At most this many entries per PUT. */
    static final int MAX_ENTRIES = 1000;
    private static final int MAX_LIMIT = 1000;
    private static final int MAX_TEXT = 2000;

    /** The body of a PUT. */
    record Body(List<EntryJson> entries) {
    }

    /** One entry of a PUT: {@code path} is the old path with query, {@code status} 301 or 410. */
    record EntryJson(String path, int status, String target) {
    }

    /** The body of a DELETE: the old paths with query whose entries (or snapshots) go. */
    record Paths(List<String> paths) {
    }

    /** Deletes the row of one old path of a host, answering whether there was one. */
    interface PathDelete {
        boolean delete(Connection connection, String host, String path) throws SQLException;
    }

    private final Services services;

    public RedirectEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse put(Caller caller, ApiRequest request, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        String oldHost = checkHost(host);
        Body body = JsonBodies.read(request.body(), Body.class);
        Fields.check(body.entries() != null && !body.entries().isEmpty() && body.entries().size() <= MAX_ENTRIES,
                "entries must hold 1 to " + MAX_ENTRIES + " entries"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < body.entries().size(); i++) {
            String field = "entries[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            Entry entry = check(body.entries().get(i), field);
            String path = body.entries().get(i).path();
            Entry same = entries.putIfAbsent(entry.path(), entry);
            Fields.check(paths.add(path) && (same == null || same.equals(entry)), field + ".path repeats " + path //$NON-NLS-1$
                    + (path.equals(entry.path()) ? "" : " (" + entry.path() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        int changed = services.hostWrite(connection -> {
            int n = 0;
            for (Entry entry : entries.values()) {
                n += Redirects.put(connection, oldHost, entry, services.now()) ? 1 : 0;
            }
            services.log().append(connection, caller.operator(), "redirect.put", oldHost, //$NON-NLS-1$
                    body.entries().size() + " entries, " + n + " changed"); //$NON-NLS-1$ //$NON-NLS-2$
            return n;
        });
        return ApiResponse.json(200, Map.of("host", oldHost, "entries", body.entries().size(), "changed", changed)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public ApiResponse delete(Caller caller, ApiRequest request, String host) throws SQLException {
        return deletePaths(services, caller, request, host, Redirects::delete, "redirect.delete"); //$NON-NLS-1$
    }

    /**
     * A bulk delete by old path ({@code DELETE} with {@code {"paths":[...]}}, 1 to {@link #MAX_ENTRIES}, each once):
     * content editors; paths without a row are no error (deleting again changes nothing); one transaction, logged as
     * {@code action} with {@code <n> paths, <m> deleted}.
     *
     * @return 200 {@code {"host","paths":<n>,"deleted":<m>}}
     */
    static ApiResponse deletePaths(Services services, Caller caller, ApiRequest request, String host, PathDelete delete,
            String action) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        String oldHost = checkHost(host);
        Paths body = JsonBodies.read(request.body(), Paths.class);
        Fields.check(body.paths() != null && !body.paths().isEmpty() && body.paths().size() <= MAX_ENTRIES,
                "paths must hold 1 to " + MAX_ENTRIES + " paths"); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < body.paths().size(); i++) {
            String field = "paths[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            Fields.check(paths.add(checkPath(body.paths().get(i), field)), field + " repeats " + body.paths().get(i)); //$NON-NLS-1$
        }
        int deleted = services.hostWrite(connection -> {
            int n = 0;
            for (String path : body.paths()) {
                n += delete.delete(connection, oldHost, path) ? 1 : 0;
            }
            services.log().append(connection, caller.operator(), action, oldHost,
                    body.paths().size() + " paths, " + n + " deleted"); //$NON-NLS-1$ //$NON-NLS-2$
            return n;
        });
        return ApiResponse.json(200, Map.of("host", oldHost, "paths", body.paths().size(), "deleted", deleted)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public ApiResponse list(Caller caller, ApiRequest request, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        String oldHost = checkHost(host);
        String after = request.query("after").map(RedirectEndpoints::decode).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        int limit = (int) request.number("limit", 1, MAX_LIMIT, 100); //$NON-NLS-1$
        List<Entry> page = services.database().transaction(connection -> Redirects.list(connection, oldHost, after, limit));
        List<Map<String, Object>> json = new ArrayList<>();
        for (Entry entry : page) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", entry.path()); //$NON-NLS-1$
            one.put("status", entry.status()); //$NON-NLS-1$
            one.put("target", entry.target()); //$NON-NLS-1$
            json.add(one);
        }
        return ApiResponse.json(200, Map.of("host", oldHost, "entries", json, "more", page.size() == limit)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Entry check(EntryJson json, String field) {
        Fields.check(json != null, field + " must be an object"); //$NON-NLS-1$
        String path = OldPaths.of(checkPath(json.path(), field + ".path")).path(); //$NON-NLS-1$
        Fields.check(path.length() <= Redirects.MAX_PATH, field + ".path is over " + Redirects.MAX_PATH //$NON-NLS-1$
                + " characters in normal form (percent-encoded)"); //$NON-NLS-1$
        Fields.check(json.status() == 301 || json.status() == 410, field + ".status must be 301 or 410"); //$NON-NLS-1$
        String target = json.target();
        Fields.check(target != null && target.length() <= MAX_TEXT && isHttpUrl(target),
                field + ".target must be an absolute http(s) URL of at most " + MAX_TEXT + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        return new Entry(path, json.status(), target);
    }

    /** @return {@code path} if it is an old path with optional query as requested (percent-encoded, no fragment) */
    static String checkPath(String path, String field) {
        Fields.check(path != null && path.startsWith("/") && path.length() <= MAX_TEXT && isUri(path) //$NON-NLS-1$
                && !path.contains("#"), field + " must be an absolute path with optional query, at most " + MAX_TEXT //$NON-NLS-1$ //$NON-NLS-2$
                        + " characters, percent-encoded"); //$NON-NLS-1$
        return path;
    }

    /** @return {@code host} lower case, if it is a domain name without port */
    static String checkHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        Fields.check(lower.length() <= 253 && Fields.DOMAIN.matcher(lower).matches(), "the host must be a domain name without port"); //$NON-NLS-1$
        return lower;
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return a percent-encoded query value ({@code after}) decoded */
    static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "after must be percent-encoded UTF-8"); //$NON-NLS-1$
        }
    }
}
