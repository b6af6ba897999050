package org.govsite.benchmarks.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;

/** What the store benchmarks share: the STANDARD demo province (generated once), scratch folders, raw H2. */
final class StoreFixture {

    private StoreFixture() {
    }

    static Platform standardProvince() {
        return StandardProvince.get();
    }

    static Path newFolder() throws IOException {
        return Files.createTempDirectory("govsite-bench");
    }

    /** A plain JDBC connection to the store database of the folder (created with the store's schema). */
    static Connection connect(Path folder) throws SQLException {
        PlatformStore.open(folder).close();
        Connection connection = org.h2.Driver.load()
                .connect("jdbc:h2:file:" + folder.resolve(PlatformStore.DATABASE_NAME), new Properties());
        connection.setAutoCommit(false);
        return connection;
    }
}
