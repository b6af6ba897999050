package org.govsite.store.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** A {@link JavaSchemaStep} as Flyway runs it: in a transaction, without a checksum (as Flyway's Java migrations). */
final class FlywayStep implements JavaMigration {
    private final JavaSchemaStep step;

    FlywayStep(JavaSchemaStep step) {
        this.step = step;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(step.version()));
    }

    @Override
    public String getDescription() {
        return step.description();
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        step.migrate(context.getConnection());
    }
}
