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
import org.govsite.model.Platform;
import org.govsite.ui.Messages;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/** File > Export XMI/JSON: writes a copy of the platform to a file in a job. */
public class ExportHandler {

    @Execute
    void execute(WorkbenchSession session, UISynchronize sync, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(Interchange.PARAMETER) String format) {
        Interchange interchange = Interchange.of(format);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { interchange.pattern() });
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        exportTo(session, sync, shell, interchange, Path.of(file));
    }

    /** Writes a copy of the platform (taken now, on the UI thread) in a job; a failure is shown. */
    static Job exportTo(WorkbenchSession session, UISynchronize sync, Shell shell, Interchange interchange, Path file) {
        Platform copy = session.snapshot().copy();
        return UiJobs.run(NLS.bind(Messages.Export_job, file), sync, monitor -> {
            interchange.write(copy, file);
            return file;
        }, written -> { }, e -> Dialogs.error(shell, Messages.Export_failed, e.getMessage()));
    }
}
