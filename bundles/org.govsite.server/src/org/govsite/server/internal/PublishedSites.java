package org.govsite.server.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** @return the folder of the pages served for {@code host} (any case, without port), if a site that still exists is published there */
    Optional<Path> pagesOf(Connection connection, String host) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.site_id, s.generation FROM published_host h " //$NON-NLS-1$
                + "JOIN published_site s ON s.site_id = h.site_id JOIN site ON site.id = s.site_id WHERE h.host = ?")) { //$NON-NLS-1$
            select.setString(1, normalise(host));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(siteFolder(row.getString(1)).resolve(row.getString(2))) : Optional.empty();
            }
        }
    }

    static Optional<Generation> find(Connection connection, String siteId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT site_id, generation, previous_generation FROM published_site WHERE site_id = ?")) { //$NON-NLS-1$
            select.setString(1, siteId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Generation(row.getString(1), row.getString(2), row.getString(3))) : Optional.empty();
            }
        }
    }

    /** @return the first of {@code hosts} another site is published under, if any */
    static Optional<String> firstTakenByOther(Connection connection, String siteId, Collection<String> hosts) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT site_id FROM published_host WHERE host = ?")) { //$NON-NLS-1$
            for (String host : hosts) {
                select.setString(1, host);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && !row.getString(1).equals(siteId)) {
                        return Optional.of(host);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Makes {@code generation} the pages of site {@code siteId} under {@code hosts} (normalised). */
    static void switchTo(Connection connection, Generation generation, int pages, long now, Collection<String> hosts) throws SQLException {
        execute(connection, "DELETE FROM published_host WHERE site_id = ?", generation.siteId()); //$NON-NLS-1$
        execute(connection, "DELETE FROM published_site WHERE site_id = ?", generation.siteId()); //$NON-NLS-1$
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO published_site (site_id, generation, " //$NON-NLS-1$
                + "previous_generation, published_at, pages) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, generation.siteId());
            insert.setString(2, generation.generation());
            insert.setString(3, generation.previous());
            insert.setLong(4, now);
            insert.setInt(5, pages);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO published_host (host, site_id) VALUES (?, ?)")) { //$NON-NLS-1$
            for (String host : hosts) {
                insert.setString(1, host);
                insert.setString(2, generation.siteId());
                insert.addBatch();
            }
            insert.executeBatch();
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

    private static String normalise(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower; //$NON-NLS-1$
    }

    private static void execute(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
