package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code article} table with its column links ({@code article_column}, position 0 the home column) and
 * attachment links ({@code article_attachment}). Every row has a version, 1 when created and + 1 per update;
 * updates and deletes compare and set on it.
 */
final class Articles {
    private static final String COLUMNS = "id, title, subtitle, published_at, source, author, keywords, description, " //$NON-NLS-1$
            + "image, body, version"; //$NON-NLS-1$

    private Articles() {
    }

    static Optional<ArticleJson> find(Connection connection, String id) throws SQLException {
        List<ArticleJson> found = select(connection, "SELECT " + COLUMNS + " FROM article WHERE id = ?", id); //$NON-NLS-1$ //$NON-NLS-2$
        return found.stream().findFirst();
    }

    /** @return up to {@code limit} articles with ids after {@code after}, by id */
    static List<ArticleJson> page(Connection connection, String after, int limit) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM article WHERE id > ? ORDER BY id LIMIT " + limit, after); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return up to {@code limit} articles of column {@code columnId} with ids after {@code after}, by id */
    static List<ArticleJson> pageOfColumn(Connection connection, String columnId, String after, int limit) throws SQLException {
        return select(connection, "SELECT " + prefixed("a.") + " FROM article a JOIN article_column c ON c.article_id = a.id " //$NON-NLS-1$ //$NON-NLS-2$
                + "WHERE c.column_id = ? AND a.id > ? ORDER BY a.id LIMIT " + limit, columnId, after); //$NON-NLS-1$
    }

    /** @return the articles listed in any of {@code columnIds}, newest first (then by id) */
    static List<ArticleJson> inColumns(Connection connection, List<String> columnIds) throws SQLException {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(columnIds.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
        return select(connection, "SELECT " + prefixed("a.") + " FROM article a WHERE a.id IN (SELECT article_id FROM article_column " //$NON-NLS-1$ //$NON-NLS-2$
                + "WHERE column_id IN (" + marks + ")) ORDER BY a.published_at DESC, a.id", columnIds.toArray(String[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the first of {@code columnIds} that is not a column of any site, if any */
    static Optional<String> firstMissingColumn(Connection connection, List<String> columnIds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM site_column WHERE id = ?")) { //$NON-NLS-1$
            for (String id : columnIds) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.of(id);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static void insert(Connection connection, ArticleJson article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article (" + COLUMNS //$NON-NLS-1$
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            bind(insert, article);
            insert.executeUpdate();
        }
        insertLinks(connection, article);
    }

    /** @return false if the row is no longer at {@code baseVersion} (changed meanwhile): nothing written */
    static boolean update(Connection connection, ArticleJson article, long baseVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET id = ?, title = ?, subtitle = ?, " //$NON-NLS-1$
                + "published_at = ?, source = ?, author = ?, keywords = ?, description = ?, image = ?, body = ?, version = ? " //$NON-NLS-1$
                + "WHERE id = ? AND version = ?")) { //$NON-NLS-1$
            bind(update, article);
            update.setString(12, article.id());
            update.setLong(13, baseVersion);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        deleteLinks(connection, article.id());
        insertLinks(connection, article);
        return true;
    }

    /** @return false if the row is no longer at {@code baseVersion}: nothing deleted (links go with the row) */
    static boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ? AND version = ?")) { //$NON-NLS-1$
            delete.setString(1, id);
            delete.setLong(2, baseVersion);
            return delete.executeUpdate() == 1;
        }
    }

    private static List<ArticleJson> select(Connection connection, String sql, String... parameters) throws SQLException {
        Map<String, ArticleJson> found = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.put(row.getString(1), read(connection, row));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static ArticleJson read(Connection connection, ResultSet row) throws SQLException {
        String id = row.getString(1);
        return new ArticleJson(id, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                links(connection, "SELECT column_id FROM article_column WHERE article_id = ? ORDER BY position", id), //$NON-NLS-1$
                links(connection, "SELECT digest FROM article_attachment WHERE article_id = ? ORDER BY position", id), //$NON-NLS-1$
                row.getLong(11));
    }

    private static List<String> links(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (row.next()) {
                    values.add(row.getString(1));
                }
                return values;
            }
        }
    }

    private static void insertLinks(Connection connection, ArticleJson article) throws SQLException {
        insertLinks(connection, "INSERT INTO article_column (article_id, position, column_id) VALUES (?, ?, ?)", //$NON-NLS-1$
                article.id(), article.columns());
        insertLinks(connection, "INSERT INTO article_attachment (article_id, position, digest) VALUES (?, ?, ?)", //$NON-NLS-1$
                article.id(), article.attachments());
    }

    private static void insertLinks(Connection connection, String sql, String id, List<String> values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, values.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void deleteLinks(Connection connection, String id) throws SQLException {
        for (String table : List.of("article_column", "article_attachment")) { //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void bind(PreparedStatement statement, ArticleJson article) throws SQLException {
        statement.setString(1, article.id());
        statement.setString(2, article.title());
        statement.setString(3, article.subtitle());
        statement.setString(4, article.publishedAt());
        statement.setString(5, article.source());
        statement.setString(6, article.author());
        statement.setString(7, article.keywords());
        statement.setString(8, article.description());
        statement.setString(9, article.image());
        statement.setString(10, article.body());
        statement.setLong(11, article.version());
    }
}
