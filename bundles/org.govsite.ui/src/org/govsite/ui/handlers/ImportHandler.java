package org.govsite.ui.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.govsite.ui.Dialogs;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * File > Import XMI/JSON: reads a platform file in a job and, after confirmation when there are unsaved edits,
 * makes it the edited platform (unsaved until Save). A bad file shows its message and changes nothing.
 */
public class ImportHandler {

    @Execute
    void execute(WorkbenchSession session, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(Interchange.PARAMETER) String format) {
        Interchange interchange = Interchange.of(format);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { interchange.pattern(), "*" });
        String file = dialog.open();
        if (file == null || session.isDirty() && !Dialogs.confirm(shell, Messages.Import_title, Messages.Import_discard)) {
            return;
        }
        importFile(session, sync, shell, interchange, Path.of(file));
    }

    /** Reads the file in a job; the platform read replaces the session's one, a failure is shown and changes nothing. */
    static Job importFile(WorkbenchSession session, UISynchronize sync, Shell shell, Interchange interchange, Path file) {
        return UiJobs.run(NLS.bind(Messages.Import_job, file), sync, monitor -> interchange.read(file),
                platform -> session.install(platform, false),
                e -> Dialogs.error(shell, Messages.Import_failed, e.getMessage()));
    }
}
