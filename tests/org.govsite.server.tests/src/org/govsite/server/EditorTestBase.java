package org.govsite.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.Driver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A server with its administrator and a logged-in content editor {@code zhang.wei}, per test. */
abstract class EditorTestBase {
    @TempDir
    Path folder;
    TestServer test;
    ApiClient client;
    Account editorAccount;
    ApiClient.Session editor;
    Content content;

    /** H2 in the test's folder; the {@code Postgres*Test} subclasses run the same tests on PostgreSQL. */
    ServerConfig config(Path data) {
        return TestServer.config(data);
    }

    @BeforeEach
    void startWithEditor() {
        test = TestServer.withAdministrator(config(folder));
        client = test.client;
        editorAccount = test.addOperator("zhang.wei", Role.CONTENT_EDITOR);
        editor = client.login(editorAccount);
        content = new Content(client, editor);
    }

    /** @return a connection to the server's database (H2 or PostgreSQL), beside the server */
    Connection database() throws SQLException {
        if (test.config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            return PostgresDatabases.dataSource(test.config).getConnection();
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return new Driver().connect(test.config.jdbcUrl(), credentials);
    }

    @AfterEach
    void stop() {
        test.close();
    }
}
