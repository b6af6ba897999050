package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.govsite.model.LifecycleStatus;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * The {@code site} and {@code site_alias} tables: the host must be an existing organisation (whose row a write locks,
 * see {@link Organisations#lock}) and a domain belongs to one site only: each site claims its domains, lower-cased, in
 * {@code site_domain}, whose primary key lets only one of two concurrent claims commit. Deleting a site deletes what is scoped by it first (channels, topics, columns, interaction records), each
 * recorded as a change. A site's {@code archived_at} is set when its status becomes {@code ARCHIVED} (kept while it
 * stays so) and cleared when it leaves it.
 */
final class Sites extends EntityTable<SiteJson> {
    private static final String COLUMNS = "id, name, kind, site_level, host_id, main_domain, id_code, icp_record, " //$NON-NLS-1$
            + "security_record, status, opened_on, version"; //$NON-NLS-1$

    /** The status of an archived site. */
    static final String ARCHIVED = LifecycleStatus.ARCHIVED.getLiteral();

    private final List<EntityTable<?>> scoped;
    private final LongSupplier now;

    /**
     * @param scoped the tables scoped by a site, in the order a site's deletion empties them
     * @param now the server's time, Unix seconds
     */
    Sites(List<EntityTable<?>> scoped, LongSupplier now) {
        super("site", "sites", SiteJson.class); //$NON-NLS-1$ //$NON-NLS-2$
        this.scoped = List.copyOf(scoped);
        this.now = now;
    }

    @Override
    List<SiteJson> list(Connection connection, String scope) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        for (String[] alias : Rows.list(connection, "SELECT site_id, domain FROM site_alias ORDER BY site_id, position", //$NON-NLS-1$
                row -> new String[] { row.getString(1), row.getString(2) })) {
            aliases.computeIfAbsent(alias[0], site -> new ArrayList<>()).add(alias[1]);
        }
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM site ORDER BY id", //$NON-NLS-1$ //$NON-NLS-2$
                row -> read(row, aliases.getOrDefault(row.getString(1), List.of())));
    }

    @Override
    Optional<SiteJson> find(Connection connection, String scope, String id) throws SQLException {
        List<String> aliases = Rows.list(connection, "SELECT domain FROM site_alias WHERE site_id = ? ORDER BY position", //$NON-NLS-1$
                row -> row.getString(1), id);
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM site WHERE id = ?", row -> read(row, aliases), id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    SiteJson prepare(Connection connection, String scope, SiteJson input, String id, long version) throws SQLException {
        if (!Organisations.lock(connection, input.host())) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "host " + input.host() + " is not an organisation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return input.with(id, version);
    }

    @Override
    void insert(Connection connection, SiteJson site) throws SQLException {
        Rows.update(connection, "INSERT INTO site (" + COLUMNS + ", archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                site.id(), site.name(), site.kind(), site.level(), site.host(), site.mainDomain(), site.idCode(),
                site.icpRecord(), site.securityRecord(), site.status(), Fields.date("openedOn", site.openedOn()), //$NON-NLS-1$
                site.version(), ARCHIVED.equals(site.status()) ? Long.valueOf(now.getAsLong()) : null);
        insertDomains(connection, site);
    }

    @Override
    boolean update(Connection connection, SiteJson site, long baseVersion) throws SQLException {
        boolean updated = Rows.update(connection, "UPDATE site SET name = ?, kind = ?, site_level = ?, host_id = ?, " //$NON-NLS-1$
                + "main_domain = ?, id_code = ?, icp_record = ?, security_record = ?, status = ?, opened_on = ?, version = ?, " //$NON-NLS-1$
                + "archived_at = CASE WHEN COALESCE(?, '') <> '" + ARCHIVED + "' THEN NULL WHEN status = '" + ARCHIVED + "' THEN archived_at " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "ELSE ? END WHERE id = ? AND version = ?", site.name(), site.kind(), site.level(), site.host(), //$NON-NLS-1$
                site.mainDomain(), site.idCode(), site.icpRecord(), site.securityRecord(), site.status(),
                Fields.date("openedOn", site.openedOn()), site.version(), site.status(), Long.valueOf(now.getAsLong()), //$NON-NLS-1$
                site.id(), baseVersion) == 1;
        if (updated) {
            Rows.update(connection, "DELETE FROM site_alias WHERE site_id = ?", site.id()); //$NON-NLS-1$
            Rows.update(connection, "DELETE FROM site_domain WHERE site_id = ?", site.id()); //$NON-NLS-1$
            insertDomains(connection, site);
        }
        return updated;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, SiteJson current) throws SQLException {
        SiteScope.lock(connection, current.id());
        // what article writes lock, in their order, before the first removal takes the operation log's head
        Rows.list(connection, "SELECT id FROM site_column WHERE site_id = ? ORDER BY id FOR UPDATE", //$NON-NLS-1$
                row -> row.getString(1), current.id());
        StatisticCounts.lockSite(connection, current.id());
        for (EntityTable<?> table : scoped) {
            table.removeAll(connection, changes, current.id());
        }
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return Rows.update(connection, "DELETE FROM site WHERE id = ? AND version = ?", id, baseVersion) == 1; //$NON-NLS-1$
    }

    /** Writes the aliases and claims every domain of {@code site}, refusing one another site holds or is claiming. */
    private static void insertDomains(Connection connection, SiteJson site) throws SQLException {
        for (int i = 0; i < site.aliases().size(); i++) {
            Rows.update(connection, "INSERT INTO site_alias (site_id, position, domain) VALUES (?, ?, ?)", //$NON-NLS-1$
                    site.id(), i, site.aliases().get(i));
        }
        for (String domain : site.domains()) {
            try {
                Rows.update(connection, "INSERT INTO site_domain (domain, site_id) VALUES (?, ?)", //$NON-NLS-1$
                        PublishedSites.normalise(domain), site.id());
            } catch (SQLException e) {
                if (!Rows.isDuplicateKey(e)) {
                    throw e;
                }
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "domain " + domain + " belongs to another site"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static SiteJson read(ResultSet row, List<String> aliases) throws SQLException {
        LocalDate openedOn = row.getObject(11, LocalDate.class);
        return new SiteJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), aliases, row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                openedOn == null ? null : openedOn.toString(), row.getLong(12));
    }
}
