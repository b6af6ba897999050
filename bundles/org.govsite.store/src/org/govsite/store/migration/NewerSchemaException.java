package org.govsite.store.migration;

import java.sql.SQLException;

/** The database has a schema version newer than the newest script this program has: it was left untouched. */
public final class NewerSchemaException extends SQLException {
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    public NewerSchemaException(int found, int known) {
        super("the database has schema version " + found + ", newer than this program's " + known); //$NON-NLS-1$ //$NON-NLS-2$
        this.found = found;
        this.known = known;
    }

    /** The database's schema version. */
    public int found() {
        return found;
    }

    /** The newest version this program has a script for. */
    public int known() {
        return known;
    }
}
