package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

/**
 * The {@code article} table with its column links ({@code article_column}, position 0 the home column), topic links
 * ({@code article_topic}) and attachment links ({@code article_attachment}). Articles are not scoped: their columns
 * and topics may be on any site, and must exist; their image and attachments must be stored. Every write keeps the statistics' counts ({@link ArticleCounts});
 * the columns an article is written into are locked (in id order) until the transaction ends, so that a column's
 * change of category and the article's counts do not race.
 */
final class Articles extends EntityTable<ArticleJson> {
    private static final String COLUMNS = "id, title, subtitle, published_at, source, author, keywords, description, " //$NON-NLS-1$
            + "image, body, kind, version"; //$NON-NLS-1$

    Articles() {
        super("article", "articles", ArticleJson.class); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the whole library by id (the API pages instead: {@link #page}) */
    @Override
    List<ArticleJson> list(Connection connection, String scope) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM article ORDER BY id"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    Optional<ArticleJson> find(Connection connection, String scope, String id) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM article WHERE id = ?", id).stream().findFirst(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether an article has {@code id}, without reading it (its body, its links) */
    @Override
    boolean exists(Connection connection, String id) throws SQLException {
        return Rows.exists(connection, "SELECT 1 FROM article WHERE id = ?", id); //$NON-NLS-1$
    }

    /** Locks the columns of all the batch's articles, in id order, before the first article takes the log's head. */
    @Override
    void lockForBatch(Connection connection, List<ArticleJson> inputs) throws SQLException {
        Set<String> columns = new TreeSet<>();
        inputs.forEach(input -> columns.addAll(input.columns()));
        for (String column : columns) {
            lockColumn(connection, column); // one that does not exist is its article's refusal, in prepare
        }
    }

    @Override
    ArticleJson prepare(Connection connection, String scope, ArticleJson input, String id, long version) throws SQLException {
        for (String column : new TreeSet<>(input.columns())) { // locked in id order, as a site's deletion locks them
            if (!lockColumn(connection, column)) {
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "no column " + column); //$NON-NLS-1$
            }
        }
        for (String topic : input.topics()) {
            if (!Rows.exists(connection, "SELECT 1 FROM topic WHERE id = ?", topic)) { //$NON-NLS-1$
                throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "no topic " + topic); //$NON-NLS-1$
            }
        }
        requireAttachments(connection, input);
        return input.with(id, version);
    }

    /** Checks the attachments again with the operation log's head held: one may have been swept since (see Attachments). */
    @Override
    void afterLogged(Connection connection, ArticleJson article) throws SQLException {
        requireAttachments(connection, article);
    }

    private static void requireAttachments(Connection connection, ArticleJson article) throws SQLException {
        for (String digest : digests(article)) {
            if (Attachments.find(connection, digest).isEmpty()) {
                throw missingAttachment(List.of(digest));
            }
        }
    }

    /** @return the article's image (if any) and attachments */
    private static List<String> digests(ArticleJson article) {
        List<String> digests = new ArrayList<>(article.attachments());
        if (article.image() != null) {
            digests.add(0, article.image());
        }
        return digests;
    }

    private static ProtocolException missingAttachment(List<String> digests) {
        return new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "no attachment " + String.join(", ", digests) + ": store it first"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return whether column {@code id} exists; its row is locked until the transaction ends */
    private static boolean lockColumn(Connection connection, String id) throws SQLException {
        return Rows.exists(connection, "SELECT 1 FROM site_column WHERE id = ? FOR UPDATE", id); //$NON-NLS-1$
    }

    @Override
    void insert(Connection connection, ArticleJson article) throws SQLException {
        List<Object> values = new ArrayList<>(Arrays.asList(values(article)));
        values.add(Fingerprints.of(article.body()));
        Rows.update(connection, "INSERT INTO article (" + COLUMNS + ", body_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                values.toArray());
        insertLinks(connection, article);
        StatisticCounts.add(connection, ArticleCounts.of(connection, ArticleCounts.ARTICLE, article.id()));
    }

    @Override
    boolean update(Connection connection, ArticleJson article, long baseVersion) throws SQLException {
        return ArticleCounts.around(connection, ArticleCounts.ARTICLE, article.id(),
                writing -> updateRows(writing, article, baseVersion));
    }

    private static boolean updateRows(Connection connection, ArticleJson article, long baseVersion) throws SQLException {
        List<Object> values = new ArrayList<>(Arrays.asList(values(article)).subList(1, 12));
        values.add(Fingerprints.of(article.body()));
        values.add(article.id());
        values.add(baseVersion);
        if (Rows.update(connection, "UPDATE article SET title = ?, subtitle = ?, published_at = ?, source = ?, author = ?, " //$NON-NLS-1$
                + "keywords = ?, description = ?, image = ?, body = ?, kind = ?, version = ?, body_digest = ? " //$NON-NLS-1$
                + "WHERE id = ? AND version = ?", values.toArray()) != 1) { //$NON-NLS-1$
            return false;
        }
        Rows.update(connection, "DELETE FROM article_column WHERE article_id = ?", article.id()); //$NON-NLS-1$
        Rows.update(connection, "DELETE FROM article_topic WHERE article_id = ?", article.id()); //$NON-NLS-1$
        Rows.update(connection, "DELETE FROM article_attachment WHERE article_id = ?", article.id()); //$NON-NLS-1$
        insertLinks(connection, article);
        return true;
    }

    @Override
    void beforeDelete(Connection connection, Changes changes, ArticleJson current) {
        // its column, topic and attachment links go with the row; attachments stay in the library
    }

    @Override
    boolean delete(Connection connection, String id, long baseVersion) throws SQLException {
        return ArticleCounts.around(connection, ArticleCounts.ARTICLE, id, writing -> Rows.update(writing,
                "DELETE FROM article WHERE id = ? AND version = ?", id, baseVersion) == 1); //$NON-NLS-1$
    }

    /** @return up to {@code limit} articles with ids after {@code after}, by id; of column {@code column} unless null */
    static List<ArticleJson> page(Connection connection, String column, String after, int limit) throws SQLException {
        return column == null
                ? select(connection, "SELECT " + COLUMNS + " FROM article WHERE id > ? ORDER BY id LIMIT " + limit, after) //$NON-NLS-1$ //$NON-NLS-2$
                : select(connection, "SELECT " + COLUMNS + " FROM article WHERE id IN (SELECT article_id FROM article_column " //$NON-NLS-1$ //$NON-NLS-2$
                        + "WHERE column_id = ? AND article_id > ?) ORDER BY id LIMIT " + limit, column, after); //$NON-NLS-1$
    }

    /** An article as a site's list pages show it (its body empty) and the fingerprint of its body, null if not known. */
    record Listed(ArticleJson article, String bodyDigest) {
    }

    /**
     * @return the articles listed in any of {@code columnIds} or {@code topicIds}, newest first (then by id), with
     *         their links but with empty bodies (read them in parts with {@link #bodies}): what a site's list pages show
     */
    static List<Listed> listedIn(Connection connection, List<String> columnIds, List<String> topicIds) throws SQLException {
        if (columnIds.isEmpty() && topicIds.isEmpty()) {
            return List.of();
        }
        Object[] parameters = Stream.concat(columnIds.stream(), topicIds.stream()).toArray();
        String listedLinks = listed("article_id", columnIds, topicIds); //$NON-NLS-1$
        Map<String, List<String>> columns = Rows.grouped(connection, "SELECT article_id, column_id FROM article_column WHERE " //$NON-NLS-1$
                + listedLinks + " ORDER BY article_id, position", parameters); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, List<String>> topics = Rows.grouped(connection, "SELECT article_id, topic_id FROM article_topic WHERE " //$NON-NLS-1$
                + listedLinks + " ORDER BY article_id, position", parameters); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, List<String>> attachments = Rows.grouped(connection, "SELECT article_id, digest FROM article_attachment " //$NON-NLS-1$
                + "WHERE " + listedLinks + " ORDER BY article_id, position", parameters); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return Rows.list(connection, "SELECT id, title, subtitle, published_at, source, author, keywords, description, image, " //$NON-NLS-1$
                + "kind, version, body_digest FROM article WHERE " + listed("id", columnIds, topicIds) + " ORDER BY published_at DESC, id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row -> new Listed(new ArticleJson(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9), "", //$NON-NLS-1$
                        columns.getOrDefault(row.getString(1), List.of()), topics.getOrDefault(row.getString(1), List.of()),
                        attachments.getOrDefault(row.getString(1), List.of()),
                        row.getString(10), row.getLong(11)), row.getString(12)), parameters);
    }

    /**
     * @return the condition that the article id in column {@code idColumn} is listed in one of the columns or topics
     *         (their ids the parameters, columns first): an {@code IN} subquery each, joined by {@code OR} (H2 evaluates
     *         an {@code IN} over a {@code UNION} again for each row), the topics' left out when there are none
     */
    private static String listed(String idColumn, List<String> columnIds, List<String> topicIds) {
        List<String> conditions = new ArrayList<>();
        if (!columnIds.isEmpty()) {
            conditions.add(idColumn + " IN (SELECT article_id FROM article_column WHERE column_id IN (" + marks(columnIds) + "))"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!topicIds.isEmpty()) {
            conditions.add(idColumn + " IN (SELECT article_id FROM article_topic WHERE topic_id IN (" + marks(topicIds) + "))"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "(" + String.join(" OR ", conditions) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the parameter marks of an {@code IN} list of {@code values} */
    private static String marks(List<String> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the bodies of those of {@code ids} that exist, by id */
    static Map<String, String> bodies(Connection connection, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Rows.list(connection, "SELECT id, body FROM article WHERE id IN (" //$NON-NLS-1$
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row -> Map.entry(row.getString(1), row.getString(2)), ids.toArray()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<ArticleJson> select(Connection connection, String sql, Object... parameters) throws SQLException {
        return Rows.list(connection, sql, row -> read(connection, row), parameters);
    }

    private static ArticleJson read(Connection connection, ResultSet row) throws SQLException {
        String id = row.getString(1);
        return new ArticleJson(id, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                links(connection, "SELECT column_id FROM article_column WHERE article_id = ? ORDER BY position", id), //$NON-NLS-1$
                links(connection, "SELECT topic_id FROM article_topic WHERE article_id = ? ORDER BY position", id), //$NON-NLS-1$
                links(connection, "SELECT digest FROM article_attachment WHERE article_id = ? ORDER BY position", id), //$NON-NLS-1$
                row.getString(11), row.getLong(12));
    }

    private static List<String> links(Connection connection, String sql, String id) throws SQLException {
        return Rows.list(connection, sql, row -> row.getString(1), id);
    }

    private static void insertLinks(Connection connection, ArticleJson article) throws SQLException {
        Rows.insertList(connection, "INSERT INTO article_column (article_id, position, column_id) VALUES (?, ?, ?)", //$NON-NLS-1$
                article.id(), article.columns());
        Rows.insertList(connection, "INSERT INTO article_topic (article_id, position, topic_id) VALUES (?, ?, ?)", //$NON-NLS-1$
                article.id(), article.topics());
        try {
            Rows.insertList(connection, "INSERT INTO article_attachment (article_id, position, digest) VALUES (?, ?, ?)", //$NON-NLS-1$
                    article.id(), article.attachments());
        } catch (SQLException e) {
            if (Rows.isMissingReference(e)) { // a sweep removed one since prepare (PostgreSQL waits for it, then refuses)
                throw missingAttachment(article.attachments());
            }
            throw e;
        }
    }

    private static Object[] values(ArticleJson article) {
        return new Object[] { article.id(), article.title(), article.subtitle(), article.publishedAt(), article.source(),
                article.author(), article.keywords(), article.description(), article.image(), article.body(), article.kind(),
                article.version() };
    }
}
