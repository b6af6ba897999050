package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The settings the default H2 database ({@link ServerConfig#h2Url}) runs with, as H2 reports them. */
class DefaultDatabaseTest extends EditorTestBase {

    @Test
    void commitsAreWrittenAtOnceAndSixtyFourParsedStatementsAreKept() throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Connection connection = database(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME IN ('WRITE_DELAY', 'QUERY_CACHE_SIZE')")) {
            while (row.next()) {
                settings.put(row.getString(1), row.getString(2));
            }
        }
        assertEquals(Map.of("QUERY_CACHE_SIZE", "64", "WRITE_DELAY", "0"), settings);
    }
}
