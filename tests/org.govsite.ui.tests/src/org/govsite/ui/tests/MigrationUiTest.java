package org.govsite.ui.tests;

import org.govsite.migration.batch.BatchStore;
import org.govsite.ui.migration.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the migration UI tests: the workspace's batches in the test's folder, the file questions answered by
 * {@link #chosen}, the legacy site a subclass serves on 127.0.0.1 stopped after each test.
 */
abstract class MigrationUiTest extends ConnectedUiTest {
    static final String PASSWORD = "editor-password-2026";
    static final String NEW_SITE = "http://www.new.gov.cn/";

    LoopbackSite legacy;
    BatchStore store;
    final QueuedFiles chosen = new QueuedFiles();

    @BeforeEach
    void migrationWorkspace() {
        store = new BatchStore(folder.resolve("workspace/migrations"));
        workbench.context.set(BatchStore.class, store);
        workbench.context.set(MigrationFiles.class, chosen);
    }

    @AfterEach
    void stopLegacySite() throws Exception {
        if (legacy != null) {
            legacy.close();
        }
    }
}
