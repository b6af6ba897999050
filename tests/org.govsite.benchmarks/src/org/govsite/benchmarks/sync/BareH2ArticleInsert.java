package org.govsite.benchmarks.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.govsite.benchmarks.Benchmark;
import org.govsite.store.replica.Replica;
import org.govsite.testing.Folders;

/**
 * Baseline for the initial sync: the same article rows (id, version, JSON text, prepared before timing) into the
 * replica's record table with plain batched INSERTs, 1,000 a batch and a commit per batch (the page size and
 * transaction size of the sync), on the replica's own JDBC URL (commits written at once, as the replica's are).
 */
public final class BareH2ArticleInsert implements Benchmark {

    static final String NAME = "h2.insert.articles";

    private List<ArticleFeed.Row> rows;
    private Path folder;
    private Connection connection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() {
        rows = ArticleFeed.rows();
    }

    @Override
    public void beforeEach() throws Exception {
        folder = Files.createTempDirectory("govsite-bench-sync");
        Replica.open(folder).close();
        connection = org.h2.Driver.load().connect(Replica.jdbcUrl(folder), new Properties());
        connection.setAutoCommit(false);
    }

    @Override
    public void run() throws SQLException {
        insert(connection, rows);
    }

    /** Inserts the rows as article records, {@link ArticleFeed#PAGE} a batch and a commit per batch. */
    static void insert(Connection connection, List<ArticleFeed.Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO replica_record (entity, id, version, data_json) VALUES ('article', ?, ?, ?)")) {
            int pending = 0;
            for (ArticleFeed.Row row : rows) {
                insert.setString(1, row.id());
                insert.setLong(2, row.version());
                insert.setString(3, row.json());
                insert.addBatch();
                if (++pending == ArticleFeed.PAGE) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    @Override
    public void afterEach() throws Exception {
        connection.close();
        Folders.delete(folder);
    }

    @Override
    public void tearDown() {
        rows = null;
    }
}
