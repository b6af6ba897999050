package org.govsite.store.migration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A schema version written in Java, for a change the portable SQL of the scripts cannot make (rows re-keyed by a
 * Java function): applied by {@link SchemaMigrations} in version order among the scripts, once, in its own
 * transaction, and recorded in Flyway's history as a JDBC migration.
 */
public interface JavaSchemaStep {
    /** @return the schema version this step makes, a number no script of the folder has */
    int version();

    /** @return what it does, for Flyway's history */
    String description();

    /** Makes the change on {@code connection} (inside the step's transaction: do not commit). */
    void migrate(Connection connection) throws SQLException;
}
