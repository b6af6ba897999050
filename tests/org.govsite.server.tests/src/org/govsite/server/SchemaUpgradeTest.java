package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.govsite.testing.LegacySchema;
import org.govsite.testing.SqlRows;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's schema under Flyway, on H2 and PostgreSQL: new databases, and databases of the runner before Flyway
 * ({@code schema_version}) taken over with their data.
 */
class SchemaUpgradeTest {
    private static final String V1 = "/org/govsite/server/schema/V1__server.sql";

    @TempDir
    Path folder;

    @Test
    void aNewPostgresDatabaseGetsEveryScriptThroughFlyway() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        int schema;
        try (TestServer test = TestServer.withAdministrator(config)) {
            schema = ((Number) TestServer.parse(test.client.unsigned("GET", "/api/v1/version", new byte[0]))
                    .get("schema")).intValue();
        }
        List<String> applied = SqlRows.strings(PostgresDatabases.dataSource(config), "SELECT version || ' ' || type "
                + "|| ' ' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertEquals(IntStream.rangeClosed(1, schema).mapToObj(v -> v + " " + type(v) + " true").toList(), applied);
    }

    @Test
    void anH2DatabaseOfTheRunnerBeforeFlywayIsTakenOverWithItsData() throws SQLException {
        ServerConfig config = TestServer.config(folder);
        assertTakenOver(config, h2(config));
    }

    @Test
    void aPostgresDatabaseOfTheRunnerBeforeFlywayIsTakenOverWithItsData() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        assertTakenOver(config, PostgresDatabases.dataSource(config));
    }

    @Test
    void domainsTwoSitesShowedBeforeTheClaimsGoToTheSmallerSiteId() throws SQLException {
        ServerConfig config = TestServer.config(folder);
        assertClaimsBackfilled(config, h2(config));
    }

    private static DataSource h2(ServerConfig config) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(config.jdbcUrl());
        h2.setUser(config.dbUser());
        return h2;
    }

    @Test
    void domainsTwoPostgresSitesShowedBeforeTheClaimsGoToTheSmallerSiteId() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        assertClaimsBackfilled(config, PostgresDatabases.dataSource(config));
    }

    /** A database at schema 10 (versions 11 to 16 taken back) whose sites share a domain (written concurrently before schema 11) is upgraded. */
    private static void assertClaimsBackfilled(ServerConfig config, DataSource database) throws SQLException {
        Account admin = newestSchema(config);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX article_attachment_by_digest");
            statement.execute("DROP INDEX article_by_image");
            statement.execute("DROP INDEX archive_snapshot_by_digest");
            statement.execute("DROP INDEX archive_asset_by_digest_only");
            statement.execute("DROP TABLE site_domain");
            takeBackBodyDigests(statement);
            takeBackRedirectKeys(statement);
            assertEquals(2, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('11', '12')"));
            statement.execute("INSERT INTO organisation (id, name, kind, version) VALUES ('hz', '杭州市人民政府', 'GOVERNMENT', 1)");
            statement.execute("INSERT INTO site (id, name, kind, site_level, host_id, main_domain, status, version) VALUES "
                    + "('b-site', '乙', 'PORTAL', 'CITY', 'hz', 'WWW.X.gov.cn', 'RUNNING', 1), "
                    + "('a-site', '甲', 'PORTAL', 'CITY', 'hz', 'a.gov.cn', 'RUNNING', 1)");
            statement.execute("INSERT INTO site_alias (site_id, position, domain) VALUES ('a-site', 0, 'www.x.gov.cn'), "
                    + "('b-site', 0, '杭州.政务')");
        }
        try (TestServer test = TestServer.reopen(config, admin)) {
            assertEquals(List.of("a.gov.cn a-site", "www.x.gov.cn a-site", "杭州.政务 b-site"), SqlRows.strings(database,
                    "SELECT domain || ' ' || site_id FROM site_domain ORDER BY domain"));
            Content content = new Content(test.client, test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR)));
            Map<String, Object> site = Content.with(Content.site("b-site", "hz", "WWW.X.gov.cn"), "aliases", List.of("杭州.政务"));
            ApiClient.Reply kept = content.put("/api/v1/sites/b-site", Content.with(site, "name", "乙"), 1);
            assertEquals(400, kept.status(), "the domain stays with a-site");
            assertEquals(200, content.put("/api/v1/sites/b-site", Content.with(site, "mainDomain", "www.b.gov.cn"), 1).status());
        }
    }

    @Test
    void articlesWrittenBeforeSchema14GetTheFingerprintsOfTheirBodies() throws SQLException {
        ServerConfig config = TestServer.config(folder);
        assertBodyDigestsBackfilled(config, h2(config));
    }

    @Test
    void postgresArticlesWrittenBeforeSchema14GetTheFingerprintsOfTheirBodies() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        assertBodyDigestsBackfilled(config, PostgresDatabases.dataSource(config));
    }

    /**
     * A database at schema 13 with 600 articles (more than one page of the step), two of them with one body, is
     * upgraded: every article has its body's fingerprint, the same for the same body, the same as a write through the
     * API stores; a site of them published twice renders nothing the second time.
     */
    private static void assertBodyDigestsBackfilled(ServerConfig config, DataSource database) throws SQLException {
        Account admin = newestSchema(config);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            takeBackBodyDigests(statement);
            statement.execute("INSERT INTO organisation (id, name, kind, version) VALUES ('hz', '杭州市人民政府', 'GOVERNMENT', 1)");
            statement.execute("INSERT INTO site (id, name, kind, site_level, host_id, main_domain, status, version) VALUES "
                    + "('hz-portal', '杭州市人民政府门户网站', 'PORTAL', 'CITY', 'hz', 'www.hangzhou.gov.cn', 'RUNNING', 1)");
            statement.execute("INSERT INTO site_column (id, site_id, name, path_segment, category, update_period_days, position, "
                    + "version) VALUES ('news', 'hz-portal', '政务动态', 'zwdt', 'NEWS', 14, 0, 1)");
            for (int i = 0; i < 600; i++) {
                String body = i == 1 ? "<p>正文 0</p>" : "<p>正文 " + i + "</p>";
                statement.execute(String.format("INSERT INTO article (id, title, published_at, source, body, version) VALUES "
                        + "('a%03d', '文章%d', '2026-05-18 09:30', '办公厅', '%s', 1)", i, i, body));
                statement.execute(String.format("INSERT INTO article_column (article_id, position, column_id) VALUES ('a%03d', 0, 'news')", i));
            }
        }
        try (TestServer test = TestServer.reopen(config, admin)) {
            assertEquals(List.of("0"), SqlRows.strings(database, "SELECT COUNT(*) FROM article WHERE body_digest IS NULL"));
            assertEquals(List.of("599"), SqlRows.strings(database, "SELECT COUNT(DISTINCT body_digest) FROM article"));
            assertEquals(SqlRows.strings(database, "SELECT body_digest FROM article WHERE id = 'a000'"),
                    SqlRows.strings(database, "SELECT body_digest FROM article WHERE id = 'a001'"));
            String backfilled = SqlRows.strings(database, "SELECT body_digest FROM article WHERE id = 'a002'").get(0);
            Content content = new Content(test.client, test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR)));
            Map<String, Object> article = TestServer.parse(content.get("/api/v1/articles/a002"));
            article.remove("version");
            assertEquals(200, content.put("/api/v1/articles/a002", Content.with(article, "title", "文章2（修订）"), 1).status());
            assertEquals(List.of(backfilled), SqlRows.strings(database, "SELECT body_digest FROM article WHERE id = 'a002'"),
                    "a write stores what the step computed for the same body");
            ApiClient.Session reviewer = test.client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
            for (int rendered : new int[] { 1 + 30 + 600, 0 }) {
                ApiClient.Reply published = test.client.signed(reviewer, "POST", "/api/v1/sites/hz-portal/publish", new byte[0]);
                assertEquals(200, published.status(), published::text);
                assertEquals(rendered, TestServer.parse(published).get("rendered"));
            }
        }
    }

    @Test
    void redirectEntriesWrittenBeforeSchema13AreKeptInNormalForm() throws SQLException {
        ServerConfig config = TestServer.config(folder);
        assertRedirectsRekeyed(config, h2(config));
    }

    @Test
    void postgresRedirectEntriesWrittenBeforeSchema13AreKeptInNormalForm() throws SQLException {
        ServerConfig config = PostgresDatabases.config(folder);
        assertRedirectsRekeyed(config, PostgresDatabases.dataSource(config));
    }

    /**
     * A database at schema 12 (13 to 16 taken back) whose redirect entries were keyed as written, two of them one
     * address in two forms (the later one stays), is upgraded: the entries are found in any form, with tracking
     * parameters added.
     */
    private static void assertRedirectsRekeyed(ServerConfig config, DataSource database) throws SQLException {
        Account admin = newestSchema(config);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            takeBackBodyDigests(statement);
            takeBackRedirectKeys(statement);
            statement.execute("INSERT INTO redirect_entry (host, old_path, status, target, updated_at) VALUES "
                    + "('www.old.gov.cn', '/a.html?b=2&a=1', 301, 'http://n.gov.cn/first', 100), "
                    + "('www.old.gov.cn', '/a.html?a=1&b=2', 410, 'http://n.gov.cn/later', 200), "
                    + "('www.old.gov.cn', '/xxgk/%e6%96%87.html', 301, 'http://n.gov.cn/file', 100), "
                    + "('old.gov.cn', '/a.html?b=2&a=1', 301, 'http://n.gov.cn/other-host', 100)");
        }
        try (TestServer test = TestServer.reopen(config, admin)) {
            assertEquals(List.of("old.gov.cn /a.html?a=1&b=2 /a.html a&b 301", "www.old.gov.cn /a.html?a=1&b=2 /a.html a&b 410",
                    "www.old.gov.cn /xxgk/%E6%96%87.html /xxgk/%E6%96%87.html  301"), SqlRows.strings(database,
                            "SELECT host || ' ' || old_path || ' ' || base_path || ' ' || query_names || ' ' || status "
                                    + "FROM redirect_entry ORDER BY host, old_path"));
            SiteFetcher old = new SiteFetcher(test.server.uri());
            assertEquals(410, old.get("www.old.gov.cn", "/a.html?b=2&from=singlemessage&a=1").status());
            assertEquals("http://n.gov.cn/file", old.get("www.old.gov.cn", "/xxgk/%E6%96%87.html").headers().get("location"));
        }
    }

    /** @return the administrator of a new database at the newest schema (a server started on it and stopped) */
    private static Account newestSchema(ServerConfig config) {
        try (TestServer test = TestServer.withAdministrator(config)) {
            return test.admin;
        }
    }

    /** Takes schema version 13 back: the redirect table keyed as written. */
    private static void takeBackRedirectKeys(Statement statement) throws SQLException {
        statement.execute("DROP INDEX redirect_entry_by_base_path");
        statement.execute("ALTER TABLE redirect_entry DROP COLUMN base_path");
        statement.execute("ALTER TABLE redirect_entry DROP COLUMN query_names");
        assertEquals(1, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'"));
    }

    /** @return the type Flyway records for schema version {@code version}: a script, or a step written in Java */
    private static String type(int version) {
        return version == 13 || version == 14 ? "JDBC" : "SQL";
    }

    /**
     * Takes schema versions 16, 15 and 14 back: sites without channels, articles without topics and without the
     * fingerprints of their bodies.
     */
    private static void takeBackBodyDigests(Statement statement) throws SQLException {
        statement.execute("DROP TABLE channel_column");
        statement.execute("DROP TABLE channel");
        assertEquals(1, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '16'"));
        statement.execute("DROP TABLE article_topic");
        assertEquals(1, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'"));
        statement.execute("ALTER TABLE article DROP COLUMN body_digest");
        assertEquals(1, statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '14'"));
    }

    private static void assertTakenOver(ServerConfig config, DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            LegacySchema.create(connection, PlatformServer.class, V1, 1);
            statement.execute("INSERT INTO organisation (id, name, kind, version) VALUES ('zj', '浙江省人民政府', 'GOVERNMENT', 3)");
        }
        try (TestServer test = TestServer.withAdministrator(config)) {
            ApiClient.Session editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
            ApiClient.Reply read = test.client.signed(editor, "GET", "/api/v1/organisations/zj", new byte[0]);
            assertEquals(200, read.status(), read::text);
            assertEquals("\"3\"", read.header("ETag"));
        }
        assertEquals(List.of(), SqlRows.strings(database,
                "SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) = 'schema_version'"));
        List<String> history = SqlRows.strings(database, "SELECT \"version\" || ' ' || \"type\" "
                + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
        assertEquals("1 BASELINE", history.get(0), "the old runner's version 1 is the baseline");
        assertEquals(IntStream.range(2, history.size() + 1).mapToObj(v -> v + " " + type(v)).toList(),
                history.subList(1, history.size()), "the later scripts are applied on top");
    }
}
