package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govsite.protocol.PageTime;

/**
 * The {@code topic} table, scoped by site: path segments are unique among the site's topics, checked while the
 * site's row is locked ({@link SiteScope#lock}). A new topic's {@code opened_on} is the server's day in Asia/Shanghai
 * (the statistics count topics opened in a year by it); updates keep it.
 */
final class Topics extends EntityTable<TopicJson> {
    private static final String COLUMNS = "id, site_id, name, path_segment, on_home_page, archived, archived_on, version"; //$NON-NLS-1$

    private final Clock clock;

    Topics(Clock clock) {
        super("topic", "topics", TopicJson.class); //$NON-NLS-1$ //$NON-NLS-2$
        this.clock = clock;
    }

    @Override
    List<TopicJson> list(Connection connection, String site) throws SQLException {
        SiteScope.requireExisting(connection, site);
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM topic WHERE site_id = ? ORDER BY id", Topics::read, site); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the topics of {@code site} newest first, by the day each was created (those without one last), then id */
    static List<TopicJson> newestFirst(Connection connection, String site) throws SQLException {
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM topic WHERE site_id = ? " //$NON-NLS-1$ //$NON-NLS-2$
                + "ORDER BY COALESCE(opened_on, DATE '1970-01-01') DESC, id", Topics::read, site); //$NON-NLS-1$
    }

    @Override
    Optional<TopicJson> find(Connection connection, String site, String id) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM topic WHERE id = ?", Topics::read, id) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(topic -> site == null || topic.site().equals(site));
    }

    @Override
    TopicJson prepare(Connection connection, String site, TopicJson input, String id, long version)
            throws SQLException {
        SiteScope.lockAndCheckSegment(connection, site, input.site(), "topic", id, input.pathSegment()); //$NON-NLS-1$
        return input.with(site, id, version);
    }

    @Override
    void insert(Connection connection, TopicJson topic) throws SQLException {
        Rows.update(connection, "INSERT INTO topic (" + COLUMNS + ", opened_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                topic.id(), topic.site(), topic.name(), topic.pathSegment(), topic.onHomePage(), topic.archived(),
                Fields.date("archivedOn", topic.archivedOn()), topic.version(), LocalDate.now(clock.withZone(PageTime.ZONE))); //$NON-NLS-1$
    }

    @Override
    boolean update(Connection connection, TopicJson topic, long baseVersion) throws SQLException {
        return Rows.update(connection, "UPDATE topic SET name = ?, path_segment = ?, on_home_page = ?, archived = ?, " //$NON-NLS-1$
                + "archived_on = ?, version = ? WHERE id = ? AND version = ?", topic.name(), topic.pathSegment(), //$NON-NLS-1$
                topic.onHomePage(), topic.archived(), Fields.date("archivedOn", topic.archivedOn()), topic.version(), //$NON-NLS-1$
                topic.id(), baseVersion) == 1;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, TopicJson current) throws SQLException {
        SiteScope.lock(connection, current.site());
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return Rows.update(connection, "DELETE FROM topic WHERE id = ? AND version = ?", id, baseVersion) == 1; //$NON-NLS-1$
    }

    private static TopicJson read(ResultSet row) throws SQLException {
        LocalDate archivedOn = row.getObject(7, LocalDate.class);
        return new TopicJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5),
                row.getBoolean(6), archivedOn == null ? null : archivedOn.toString(), row.getLong(8));
    }
}
