package org.govsite.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.Attachments.Attachment;
import org.govsite.server.internal.SiteContent.Column;
import org.govsite.server.internal.SiteContent.Site;

/**
 * Reads what a site's pages show: the site ({@code site}, {@code site_alias}, its host organisation), its columns
 * ({@code site_column}), topics ({@code topic}) and channels ({@code channel}), the library's articles listed in them (without their bodies, which the publisher reads a
 * part at a time: {@link Articles#bodies}), and where each article's home column is, which may be on another site.
 */
final class SiteContentReader {
    private final Connection connection;
    private final String prefix;
    private final Map<String, Optional<Site>> sites = new HashMap<>();
    private final Map<String, Map<String, Column>> columnsOfSite = new HashMap<>();
    private final Map<String, Optional<String>> siteOfColumn = new HashMap<>();

    /** @param prefix how absolute addresses start ({@code https://}, {@code http://}); null: none made */
    private SiteContentReader(Connection connection, String prefix) {
        this.connection = connection;
        this.prefix = prefix;
    }

    /**
     * @param prefix how the articles' canonical addresses start: the server's public scheme and {@code ://}
     * @return the content of site {@code siteId}, empty if there is no such site
     */
    static Optional<SiteContent> read(Connection connection, String siteId, String prefix) throws SQLException {
        return new SiteContentReader(connection, prefix).content(siteId);
    }

    /** @return the site tags and footer identity of site {@code siteId}, empty if there is no such site */
    static Optional<Site> site(Connection connection, String siteId) throws SQLException {
        return new SiteContentReader(connection, null).site(siteId);
    }

    private Optional<SiteContent> content(String siteId) throws SQLException {
        Optional<Site> site = site(siteId);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = List.copyOf(columns(siteId).values());
        List<TopicJson> topics = Topics.newestFirst(connection, siteId);
        Map<String, List<ArticleJson>> articles = new LinkedHashMap<>();
        columns.forEach(column -> articles.put(column.id(), new ArrayList<>()));
        Map<String, List<ArticleJson>> topicArticles = new LinkedHashMap<>();
        topics.forEach(topic -> topicArticles.put(topic.id(), new ArrayList<>()));
        Map<String, String> canonicalUrls = new HashMap<>();
        Map<String, Attachment> attachments = new HashMap<>();
        Map<String, String> bodyDigests = new HashMap<>();
        for (Articles.Listed listed : Articles.listedIn(connection, columns.stream().map(Column::id).toList(),
                topics.stream().map(TopicJson::id).toList())) {
            ArticleJson article = listed.article();
            if (listed.bodyDigest() != null) {
                bodyDigests.put(article.id(), listed.bodyDigest());
            }
            article.columns().stream().filter(articles::containsKey).forEach(id -> articles.get(id).add(article));
            article.topics().stream().filter(topicArticles::containsKey).forEach(id -> topicArticles.get(id).add(article));
            canonicalUrls.put(article.id(), canonicalUrl(article));
            List<String> digests = new ArrayList<>(article.attachments());
            if (article.image() != null) {
                digests.add(article.image());
            }
            for (String digest : digests) {
                Attachments.find(connection, digest).ifPresent(a -> attachments.put(digest, a));
            }
        }
        return Optional.of(new SiteContent(site.get(), columns, articles, topics, topicArticles, canonicalUrls, attachments,
                bodyDigests, Channels.ofSite(connection, siteId)));
    }

    /**
     * @return the address of the article's page under its home column: the first of its columns that still exists
     *         (a deleted column's articles stay in the library), empty if none does
     */
    private String canonicalUrl(ArticleJson article) throws SQLException {
        for (String columnId : article.columns()) {
            Optional<String> homeSite = siteOfColumn(columnId);
            if (homeSite.isPresent()) {
                Map<String, Column> homeColumns = columns(homeSite.get());
                String path = SiteLayout.articlePage(SiteLayout.columnFolder(homeColumns.get(columnId), homeColumns), article);
                String domain = site(homeSite.get()).map(Site::mainDomain).orElse(null);
                return PublishedPaths.siteUrl(prefix, domain, path);
            }
        }
        return ""; //$NON-NLS-1$
    }

    private Optional<String> siteOfColumn(String columnId) throws SQLException {
        Optional<String> cached = siteOfColumn.get(columnId);
        if (cached == null) {
            cached = Rows.first(connection, "SELECT site_id FROM site_column WHERE id = ?", row -> row.getString(1), columnId); //$NON-NLS-1$
            siteOfColumn.put(columnId, cached);
        }
        return cached;
    }

    private Optional<Site> site(String siteId) throws SQLException {
        Optional<Site> cached = sites.get(siteId);
        if (cached == null) {
            cached = readSite(siteId);
            sites.put(siteId, cached);
        }
        return cached;
    }

    private Optional<Site> readSite(String siteId) throws SQLException {
        List<String> aliases = Rows.list(connection, "SELECT domain FROM site_alias WHERE site_id = ? ORDER BY position", //$NON-NLS-1$
                row -> row.getString(1), siteId);
        return Rows.first(connection, "SELECT s.id, s.name, o.name, s.main_domain, s.id_code, s.icp_record, s.security_record " //$NON-NLS-1$
                + "FROM site s LEFT JOIN organisation o ON o.id = s.host_id WHERE s.id = ?", //$NON-NLS-1$
                row -> new Site(row.getString(1), row.getString(2), row.getString(3), row.getString(4), aliases, row.getString(5),
                        row.getString(6), row.getString(7)), siteId);
    }

    /** @return the columns of {@code siteId} by id, in position order among siblings */
    private Map<String, Column> columns(String siteId) throws SQLException {
        Map<String, Column> cached = columnsOfSite.get(siteId);
        if (cached == null) {
            cached = new LinkedHashMap<>();
            for (Column column : Rows.list(connection, "SELECT id, site_id, parent_id, name, path_segment, category, description, " //$NON-NLS-1$
                    + "keywords, position FROM site_column WHERE site_id = ? ORDER BY position, id", row -> new Column(row.getString(1), //$NON-NLS-1$
                            row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                            row.getString(7), row.getString(8), row.getInt(9)), siteId)) {
                cached.put(column.id(), column);
            }
            columnsOfSite.put(siteId, cached);
        }
        return cached;
    }
}
