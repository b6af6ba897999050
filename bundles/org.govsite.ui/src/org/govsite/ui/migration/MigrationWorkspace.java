package org.govsite.ui.migration;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.govsite.migration.batch.BatchStore;

/** Puts the workspace's migration batches ({@code <workspace>/migrations}) and the file dialogs into the context. */
public final class MigrationWorkspace {
    /** The batches' folder in the workspace. */
    public static final String FOLDER = "migrations"; //$NON-NLS-1$

    private MigrationWorkspace() {
    }

    public static void install(IEclipseContext context, Path workspace) {
        context.set(BatchStore.class, new BatchStore(workspace.resolve(FOLDER)));
        context.set(MigrationFiles.class, new MigrationFileDialogs());
    }
}
