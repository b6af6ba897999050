package org.govsite.ui.report.supervision;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.govsite.report.supervision.SupervisionCountsStore;

/**
 * Puts what the supervision part needs from the workspace into the application context: the
 * {@link SupervisionCountsStore} of {@code <workspace>/reports/supervision} and the export's save dialog.
 */
public final class SupervisionWorkspace {
    /** The store's folder in the workspace. */
    public static final String FOLDER = "reports/supervision"; //$NON-NLS-1$

    private SupervisionWorkspace() {
    }

    public static void install(IEclipseContext context, Path workspace) {
        context.set(SupervisionCountsStore.class, new SupervisionCountsStore(workspace.resolve(FOLDER)));
        context.set(SupervisionFileChooser.class, new SupervisionFileDialog());
    }
}
