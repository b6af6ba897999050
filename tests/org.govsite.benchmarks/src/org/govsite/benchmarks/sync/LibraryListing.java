package org.govsite.benchmarks.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.benchmarks.Benchmark;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ColumnArticles;
import org.govsite.testing.Folders;

/**
 * The resource library's listing of one column in a replica of {@link ArticleFeed#COUNT} articles (built once in the
 * set-up, as a first pull leaves it): {@code library.list} is {@link ColumnArticles#list} of column {@value #COLUMN}
 * (the articles naming it in their columns, about one in 97, with the outbox applied and sorted newest first) and its
 * first page of 200 rows, as the view reads them when a column is selected; the baseline {@code h2.scan.articles}
 * is the bare JDBC query that finds the same records' JSON text in the same database (no parsing, no sorting).
 */
public final class LibraryListing implements Benchmark {

    /** The column listed. */
    static final String COLUMN = "col-42";
    private static final String BASELINE = "h2.scan.articles";

    private final boolean bare;
    private Path folder;
    private Replica replica;
    private Connection connection;
    private int found;

    private LibraryListing(boolean bare) {
        this.bare = bare;
    }

    public static LibraryListing bareScan() {
        return new LibraryListing(true);
    }

    public static LibraryListing columnList() {
        return new LibraryListing(false);
    }

    @Override
    public String name() {
        return bare ? BASELINE : "library.list";
    }

    @Override
    public String baseline() {
        return bare ? null : BASELINE;
    }

    @Override
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("govsite-bench-library");
        Replica.open(folder).close();
        try (Connection fill = org.h2.Driver.load().connect(Replica.jdbcUrl(folder), new Properties())) {
            fill.setAutoCommit(false);
            BareH2ArticleInsert.insert(fill, ArticleFeed.rows());
        }
        if (bare) {
            connection = org.h2.Driver.load().connect(Replica.jdbcUrl(folder), new Properties());
        } else {
            replica = Replica.open(folder);
        }
    }

    @Override
    public void run() throws SQLException {
        found = bare ? scan() : list();
    }

    private int scan() throws SQLException {
        int rows = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, data_json FROM replica_record "
                + "WHERE entity = 'article' AND data_json LIKE ? ORDER BY id")) {
            select.setString(1, "%\"" + COLUMN + "\"%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (row.getString(2).isEmpty()) {
                        throw new IllegalStateException(row.getString(1));
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private int list() {
        ColumnArticles.Listing listing = ColumnArticles.list(replica, Set.of(COLUMN), new NullProgressMonitor());
        if (ColumnArticles.rows(replica, listing, 0, 200).size() != Math.min(200, listing.entries().size())) {
            throw new IllegalStateException("the first page is short");
        }
        return listing.entries().size();
    }

    @Override
    public String notes() {
        return (bare ? "records found: " : "articles listed: ") + found + " of " + ArticleFeed.COUNT;
    }

    @Override
    public void tearDown() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (replica != null) {
            replica.close();
        }
        Folders.delete(folder);
    }
}
