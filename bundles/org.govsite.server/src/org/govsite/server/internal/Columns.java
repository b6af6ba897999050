package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * The {@code site_column} table, scoped by site: a parent is a column of the same site and never the column itself
 * or one of its descendants; path segments are unique among siblings; a column with children cannot be deleted.
 * Every change holds the site's row lock ({@link SiteScope#lock}), so the checks cannot race. Creating and deleting
 * a column, or changing its category, changes what the articles linked to it count for ({@link ArticleCounts}): the
 * column's row is locked first, so that no article write into it runs between the counts before and after. Deleting
 * a column first drops it from the channels listing it, each recorded as a change ({@link Channels#dropColumn}).
 */
final class Columns extends EntityTable<ColumnJson> {
    private static final String COLUMNS = "id, site_id, parent_id, name, path_segment, category, description, keywords, " //$NON-NLS-1$
            + "update_period_days, position, version"; //$NON-NLS-1$

    Columns() {
        super("column", "columns", ColumnJson.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    List<ColumnJson> list(Connection connection, String site) throws SQLException {
        SiteScope.requireExisting(connection, site);
        return Rows.list(connection, "SELECT " + COLUMNS + " FROM site_column WHERE site_id = ? ORDER BY position, id", //$NON-NLS-1$ //$NON-NLS-2$
                Columns::read, site);
    }

    @Override
    Optional<ColumnJson> find(Connection connection, String site, String id) throws SQLException {
        return Rows.first(connection, "SELECT " + COLUMNS + " FROM site_column WHERE id = ?", Columns::read, id) //$NON-NLS-1$ //$NON-NLS-2$
                .filter(column -> site == null || column.site().equals(site));
    }

    @Override
    ColumnJson prepare(Connection connection, String site, ColumnJson input, String id, long version)
            throws SQLException {
        SiteScope.lockAndCheck(connection, site, input.site());
        checkParent(connection, site, input.parent(), id);
        boolean taken = input.parent() == null
                ? Rows.exists(connection, "SELECT 1 FROM site_column WHERE site_id = ? AND parent_id IS NULL " //$NON-NLS-1$
                        + "AND path_segment = ? AND id <> ?", site, input.pathSegment(), id) //$NON-NLS-1$
                : Rows.exists(connection, "SELECT 1 FROM site_column WHERE site_id = ? AND parent_id = ? " //$NON-NLS-1$
                        + "AND path_segment = ? AND id <> ?", site, input.parent(), input.pathSegment(), id); //$NON-NLS-1$
        if (taken) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD,
                    "pathSegment " + input.pathSegment() + " is used by a sibling column"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return input.with(site, id, version);
    }

    /** The parent exists in the site and is not {@code id} or below it (walking up from the parent). */
    private void checkParent(Connection connection, String site, String parent, String id) throws SQLException {
        String ancestor = parent;
        while (ancestor != null) {
            if (ancestor.equals(id)) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "parent " + parent + " is the column or below it"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            ancestor = find(connection, site, ancestor).orElseThrow(() -> new ProtocolException(ErrorCode.REQ_INVALID_FIELD,
                    "parent " + parent + " is not a column of site " + site)).parent(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    void insert(Connection connection, ColumnJson column) throws SQLException {
        ArticleCounts.around(connection, ArticleCounts.IN_COLUMN, column.id(), writing -> Rows.update(writing,
                "INSERT INTO site_column (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                column.id(), column.site(), column.parent(), column.name(), column.pathSegment(), column.category(),
                column.description(), column.keywords(), column.updatePeriodDays(), column.position(), column.version()));
    }

    @Override
    boolean update(Connection connection, ColumnJson column, long baseVersion) throws SQLException {
        Optional<String> category = Rows.first(connection, "SELECT category FROM site_column WHERE id = ? FOR UPDATE", //$NON-NLS-1$
                row -> Objects.toString(row.getString(1), ""), column.id()); //$NON-NLS-1$
        if (category.equals(Optional.of(Objects.toString(column.category(), "")))) { //$NON-NLS-1$
            return updateRow(connection, column, baseVersion);
        }
        return ArticleCounts.around(connection, ArticleCounts.IN_COLUMN, column.id(),
                writing -> updateRow(writing, column, baseVersion));
    }

    private static boolean updateRow(Connection connection, ColumnJson column, long baseVersion) throws SQLException {
        return Rows.update(connection, "UPDATE site_column SET parent_id = ?, name = ?, path_segment = ?, category = ?, " //$NON-NLS-1$
                + "description = ?, keywords = ?, update_period_days = ?, position = ?, version = ? WHERE id = ? AND version = ?", //$NON-NLS-1$
                column.parent(), column.name(), column.pathSegment(), column.category(), column.description(),
                column.keywords(), column.updatePeriodDays(), column.position(), column.version(), column.id(),
                baseVersion) == 1;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, ColumnJson current) throws SQLException {
        SiteScope.lock(connection, current.site());
        if (Rows.exists(connection, "SELECT 1 FROM site_column WHERE parent_id = ?", current.id())) { //$NON-NLS-1$
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "column " + current.id() + " has child columns"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Channels.dropColumn(connection, changes, current);
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        Rows.exists(connection, "SELECT id FROM site_column WHERE id = ? FOR UPDATE", id); //$NON-NLS-1$
        return ArticleCounts.around(connection, ArticleCounts.IN_COLUMN, id, writing -> Rows.update(writing,
                "DELETE FROM site_column WHERE id = ? AND version = ?", id, baseVersion) == 1); //$NON-NLS-1$
    }

    private static ColumnJson read(ResultSet row) throws SQLException {
        return new ColumnJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getInt(9), row.getInt(10), row.getLong(11));
    }
}
