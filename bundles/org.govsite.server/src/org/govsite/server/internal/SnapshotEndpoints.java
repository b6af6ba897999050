package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.FileTypes;
import org.govsite.protocol.PublishedPaths;
import org.govsite.server.Role;
import org.govsite.server.internal.Attachments.Attachment;
import org.govsite.server.internal.Snapshots.Snapshot;

/**
 * {@code /api/v1/archives/{host}}: the archived snapshots of a migrated legacy host's pages (docs/server.md, "Archived
 * snapshots"). Content editors write them in bulk ({@code PUT}, each an old path and the digest of its HTML stored
 * before as an attachment of type {@code text/html; charset=utf-8}, and the digests of the images, style sheets and
 * fonts it shows, stored before as attachments; the same snapshots again change nothing and keep their archive time)
 * and delete them by old path ({@code DELETE}, as redirect entries), content editors and
 * reviewers list them in pages ({@code GET ?after=&limit=}).
 */
public final class SnapshotEndpoints {
    /** The content type a snapshot's attachment must have been stored with. */
    static final String HTML = "text/html; charset=utf-8"; //$NON-NLS-1$
    private static final int MAX_LIMIT = 1000;

    /** The body of a PUT. */
    record Body(List<SnapshotJson> snapshots) {
    }

    /** One snapshot of a PUT: the old path with query, the SM3 digest of its HTML, those of the files it shows. */
    record SnapshotJson(String path, String digest, List<String> assets) {
        List<String> assetsOrNone() {
            return assets == null ? List.of() : assets;
        }
    }

    private final Services services;

    public SnapshotEndpoints(Services services) {
        this.services = services;
    }

    public ApiResponse put(Caller caller, ApiRequest request, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR);
        String oldHost = RedirectEndpoints.checkHost(host);
        Body body = JsonBodies.read(request.body(), Body.class);
        Fields.check(body.snapshots() != null && !body.snapshots().isEmpty() && body.snapshots().size() <= RedirectEndpoints.MAX_ENTRIES,
                "snapshots must hold 1 to " + RedirectEndpoints.MAX_ENTRIES + " snapshots"); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < body.snapshots().size(); i++) {
            SnapshotJson json = body.snapshots().get(i);
            String field = "snapshots[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            Fields.check(json != null, field + " must be an object"); //$NON-NLS-1$
            Fields.check(paths.add(RedirectEndpoints.checkPath(json.path(), field + ".path")), field + ".path repeats " + json.path()); //$NON-NLS-1$ //$NON-NLS-2$
            Fields.check(json.digest() != null && Sm3.HEX_DIGEST.matcher(json.digest()).matches(),
                    field + ".digest must be an SM3 digest: 64 lower-case hex digits"); //$NON-NLS-1$
            Fields.check(json.assetsOrNone().size() <= PublishedPaths.MAX_ARCHIVE_FILES,
                    field + ".assets must hold at most " + PublishedPaths.MAX_ARCHIVE_FILES + " digests"); //$NON-NLS-1$ //$NON-NLS-2$
            Fields.check(json.assetsOrNone().stream().allMatch(d -> d != null && Sm3.HEX_DIGEST.matcher(d).matches()),
                    field + ".assets must be SM3 digests: 64 lower-case hex digits each"); //$NON-NLS-1$
        }
        return services.hostWrite(connection -> {
            checkAttachments(connection, body);
            long now = services.now();
            int changed = 0;
            List<Map<String, Object>> stored = new ArrayList<>();
            for (SnapshotJson json : body.snapshots()) {
                Snapshots.Stored put = Snapshots.put(connection, oldHost, json.path(), json.digest(), now);
                Snapshots.putAssets(connection, oldHost, json.path(), new LinkedHashSet<>(json.assetsOrNone()));
                changed += put.changed() ? 1 : 0;
                stored.add(json(put.snapshot()));
            }
            services.log().append(connection, caller.operator(), "archive.put", oldHost, //$NON-NLS-1$
                    stored.size() + " snapshots, " + changed + " changed"); //$NON-NLS-1$ //$NON-NLS-2$
            return ApiResponse.json(200, Map.of("host", oldHost, "snapshots", stored, "changed", changed)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
    }

    /** Checks that each snapshot's HTML and files are stored attachments of their kinds. */
    private static void checkAttachments(Connection connection, Body body) throws SQLException {
        Set<String> filesChecked = new HashSet<>();
        for (int i = 0; i < body.snapshots().size(); i++) {
            String digest = body.snapshots().get(i).digest();
            Attachment html = Attachments.find(connection, digest).orElse(null);
            Fields.check(html != null && HTML.replace(" ", "").equals(html.contentType().toLowerCase(Locale.ROOT).replace(" ", "")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "snapshots[" + i + "].digest must name an attachment stored as " + HTML); //$NON-NLS-1$ //$NON-NLS-2$
            for (String asset : body.snapshots().get(i).assetsOrNone()) {
                Fields.check(!filesChecked.add(asset)
                        || Attachments.find(connection, asset).filter(a -> FileTypes.isSnapshotFile(a.contentType())).isPresent(),
                        "snapshots[" + i + "].assets: " + asset + " must name an image, style sheet or font stored as an attachment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    public ApiResponse delete(Caller caller, ApiRequest request, String host) throws SQLException {
        return RedirectEndpoints.deletePaths(services, caller, request, host, Snapshots::delete, "archive.delete"); //$NON-NLS-1$
    }

    public ApiResponse list(Caller caller, ApiRequest request, String host) throws SQLException {
        caller.require(Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
        String oldHost = RedirectEndpoints.checkHost(host);
        String after = request.query("after").map(RedirectEndpoints::decode).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        int limit = (int) request.number("limit", 1, MAX_LIMIT, 100); //$NON-NLS-1$
        List<Snapshot> page = services.database().transaction(connection -> Snapshots.list(connection, oldHost, after, limit));
        List<Map<String, Object>> json = page.stream().map(SnapshotEndpoints::json).toList();
        return ApiResponse.json(200, Map.of("host", oldHost, "snapshots", json, "more", page.size() == limit)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Map<String, Object> json(Snapshot snapshot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", snapshot.path()); //$NON-NLS-1$
        json.put("digest", snapshot.digest()); //$NON-NLS-1$
        json.put("address", snapshot.address()); //$NON-NLS-1$
        json.put("archivedAt", Fields.time(snapshot.archivedAt())); //$NON-NLS-1$
        return json;
    }
}
