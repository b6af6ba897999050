package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * The {@code channel} table with its columns ({@code channel_column}, in order), scoped by site: path segments are
 * unique among the site's channels and a channel's columns are columns of the same site, both checked while the
 * site's row is locked ({@link SiteScope#lock}), as every change of the site's columns is. A column's deletion first
 * drops it from the channels listing it ({@link #dropColumn}).
 */
final class Channels extends EntityTable<ChannelJson> {
    private static final String ENTITY = "channel"; //$NON-NLS-1$
    private static final String COLUMNS = "id, site_id, name, path_segment, position, version"; //$NON-NLS-1$

    Channels() {
        super(ENTITY, "channels", ChannelJson.class); //$NON-NLS-1$
    }

    @Override
    List<ChannelJson> list(Connection connection, String site) throws SQLException {
        SiteScope.requireExisting(connection, site);
        return ofSite(connection, site);
    }

    /** @return the channels of {@code site} by position, then id */
    static List<ChannelJson> ofSite(Connection connection, String site) throws SQLException {
        Map<String, List<String>> columns = Rows.grouped(connection, "SELECT l.channel_id, l.column_id FROM channel_column l " //$NON-NLS-1$
                + "JOIN channel c ON c.id = l.channel_id WHERE c.site_id = ? ORDER BY l.channel_id, l.position", site); //$NON-NLS-1$
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM channel WHERE site_id = ? ORDER BY position, id", //$NON-NLS-1$ //$NON-NLS-2$
                row -> read(row, columns.getOrDefault(row.getString(1), List.of())), site);
    }

    @Override
    Optional<ChannelJson> find(Connection connection, String site, String id) throws SQLException {
        return read(connection, id).filter(channel -> site == null || channel.site().equals(site));
    }

    private static Optional<ChannelJson> read(Connection connection, String id) throws SQLException {
        List<String> columns = Rows.list(connection, "SELECT column_id FROM channel_column WHERE channel_id = ? ORDER BY position", //$NON-NLS-1$
                row -> row.getString(1), id);
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM channel WHERE id = ?", row -> read(row, columns), id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    ChannelJson prepare(Connection connection, String site, ChannelJson input, String id, long version)
            throws SQLException {
        SiteScope.lockAndCheckSegment(connection, site, input.site(), ENTITY, id, input.pathSegment());
        for (String column : input.columns()) {
            if (!Rows.exists(connection, "SELECT 1 FROM site_column WHERE id = ? AND site_id = ?", column, site)) { //$NON-NLS-1$
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "column " + column + " is not a column of site " + site); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return input.with(site, id, version);
    }

    @Override
    void insert(Connection connection, ChannelJson channel) throws SQLException {
        Rows.update(connection, "INSERT INTO channel (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", channel.id(), //$NON-NLS-1$ //$NON-NLS-2$
                channel.site(), channel.name(), channel.pathSegment(), channel.position(), channel.version());
        insertColumns(connection, channel);
    }

    @Override
    boolean update(Connection connection, ChannelJson channel, long baseVersion) throws SQLException {
        return updateRows(connection, channel, baseVersion);
    }

    private static boolean updateRows(Connection connection, ChannelJson channel, long baseVersion) throws SQLException {
        if (Rows.update(connection, "UPDATE channel SET name = ?, path_segment = ?, position = ?, version = ? " //$NON-NLS-1$
                + "WHERE id = ? AND version = ?", channel.name(), channel.pathSegment(), channel.position(), //$NON-NLS-1$
                channel.version(), channel.id(), baseVersion) != 1) {
            return false;
        }
        Rows.update(connection, "DELETE FROM channel_column WHERE channel_id = ?", channel.id()); //$NON-NLS-1$
        insertColumns(connection, channel);
        return true;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, ChannelJson current) throws SQLException {
        SiteScope.lock(connection, current.site()); // its column links go with the row, the columns stay
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return Rows.update(connection, "DELETE FROM channel WHERE id = ? AND version = ?", id, baseVersion) == 1; //$NON-NLS-1$
    }

    /**
     * Drops {@code column} from every channel listing it (its other columns keep their order), each channel one version
     * on and recorded as an update in {@code changes}: what a column's deletion does first, in its transaction, while
     * it holds the site's row lock. The column's row and the site's statistics' counts, which the deletion writes next,
     * are locked before the first change takes the operation log's head (the lock order of every write: site, columns,
     * counts, log), so that it never waits for an article write that waits for it.
     */
    static void dropColumn(Connection connection, Changes changes, ColumnJson column) throws SQLException {
        List<String> listing = Rows.list(connection, "SELECT channel_id FROM channel_column WHERE column_id = ? " //$NON-NLS-1$
                + "ORDER BY channel_id", row -> row.getString(1), column.id()); //$NON-NLS-1$
        if (listing.isEmpty()) {
            return;
        }
        Rows.exists(connection, "SELECT id FROM site_column WHERE id = ? FOR UPDATE", column.id()); //$NON-NLS-1$
        StatisticCounts.lockSite(connection, column.site());
        for (String id : listing) {
            ChannelJson current = read(connection, id).orElseThrow();
            ChannelJson updated = current.without(column.id());
            if (!updateRows(connection, updated, current.version())) {
                throw new IllegalStateException("channel " + id + " changed under the site's lock"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            changes.upserted(ENTITY, "update", id, updated.version(), updated, "version " + updated.version()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void insertColumns(Connection connection, ChannelJson channel) throws SQLException {
        Rows.insertList(connection, "INSERT INTO channel_column (channel_id, position, column_id) VALUES (?, ?, ?)", //$NON-NLS-1$
                channel.id(), channel.columns());
    }

    private static ChannelJson read(ResultSet row, List<String> columns) throws SQLException {
        return new ChannelJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4), columns,
                row.getInt(5), row.getLong(6));
    }
}
