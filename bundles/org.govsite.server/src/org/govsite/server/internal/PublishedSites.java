package org.govsite.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which published generation of which site answers a host name: the tables {@code published_site} (the generation
 * served and the one before, kept for requests still reading it) and {@code published_host}, and the folders
 * {@code published/<site id>/<generation>/} under the data folder.
 */
final class PublishedSites {
    static final String FOLDER = "published"; //$NON-NLS-1$

    /** The published state of a site. */
    record Generation(String siteId, String generation, String previous) {
    }

    private final Path root;

    PublishedSites(Path dataFolder) {
        this.root = dataFolder.resolve(FOLDER);
    }

    /** @return the folder of site {@code siteId}'s generations */
    Path siteFolder(String siteId) {
        return root.resolve(siteId);
    }

    /** @return the folders of every site that has published pages (named by site id) */
    List<Path> siteFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages served for a host.
     *
     * @param folder the folder of the generation served
     * @param archived whether the site is archived (its pages show 已归档)
     * @param archivedAt when it was archived, Unix seconds; {@code null} when not known (archived before schema 10)
     */
    record Pages(Path folder, boolean archived, Long archivedAt) {
    }

    /** @return the pages served for {@code host} (any case, without port), if a site that still exists is published there */
    Optional<Pages> pagesOf(Connection connection, String host) throws SQLException {
        return Rows.first(connection, "SELECT s.site_id, s.generation, site.status, site.archived_at FROM published_host h " //$NON-NLS-1$
                + "JOIN published_site s ON s.site_id = h.site_id JOIN site ON site.id = s.site_id WHERE h.host = ?", //$NON-NLS-1$
                row -> new Pages(siteFolder(row.getString(1)).resolve(row.getString(2)), Sites.ARCHIVED.equals(row.getString(3)),
                        row.getObject(4, Long.class)), normalise(host));
    }

    static Optional<Generation> find(Connection connection, String siteId) throws SQLException {
        return Rows.first(connection, "SELECT site_id, generation, previous_generation FROM published_site WHERE site_id = ?", //$NON-NLS-1$
                row -> new Generation(row.getString(1), row.getString(2), row.getString(3)), siteId);
    }

    /** @return the first of {@code hosts} another existing site is published under, if any */
    static Optional<String> firstTakenByOther(Connection connection, String siteId, Collection<String> hosts) throws SQLException {
        for (String host : hosts) {
            if (Rows.exists(connection, "SELECT 1 FROM published_host h JOIN site s ON s.id = h.site_id WHERE h.host = ? " //$NON-NLS-1$
                    + "AND h.site_id <> ?", host, siteId)) { //$NON-NLS-1$
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    /**
     * Makes {@code generation} the pages of its site under {@code hosts} (normalised); what deleted sites had published
     * is forgotten (their host names become free).
     */
    static void switchTo(Connection connection, Generation generation, int pages, long now, Collection<String> hosts) throws SQLException {
        Rows.update(connection, "DELETE FROM published_site WHERE site_id = ? OR site_id NOT IN (SELECT id FROM site)", //$NON-NLS-1$
                generation.siteId());
        Rows.update(connection, "INSERT INTO published_site (site_id, generation, previous_generation, published_at, pages) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?)", generation.siteId(), generation.generation(), generation.previous(), now, pages); //$NON-NLS-1$
        for (String host : hosts) {
            Rows.update(connection, "INSERT INTO published_host (host, site_id) VALUES (?, ?)", host, generation.siteId()); //$NON-NLS-1$
        }
    }

    /** @return the host names of a site: its main domain and aliases, lower case, without a trailing dot, once each */
    static List<String> hostsOf(SiteContent.Site site) {
        List<String> hosts = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        if (site.mainDomain() != null) {
            domains.add(site.mainDomain());
        }
        domains.addAll(site.aliases());
        for (String domain : domains) {
            String host = normalise(domain);
            if (!host.isEmpty() && !hosts.contains(host)) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /** @return {@code host} lower case, without a trailing dot */
    static String normalise(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower; //$NON-NLS-1$
    }
}
