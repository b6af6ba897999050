package org.govsite.ui.session;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.govsite.ui.Dialogs;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;
import org.govsite.ui.session.WorkbenchSession.SaveSnapshot;

/** Saves the session (to the store, or as queued edits of its replica) with progress; failures are shown with the store's message, the edits stay. */
public final class SessionSaver {

    private SessionSaver() {
    }

    /** Saves in a background job (the Save command). */
    public static Job saveInBackground(WorkbenchSession session, UISynchronize sync, Shell shell) {
        SaveSnapshot snapshot = session.snapshot();
        return UiJobs.run(Messages.Save_job, sync, monitor -> Optional.ofNullable(session.save(snapshot, monitor)),
                message -> {
                    session.saved(snapshot);
                    message.ifPresent(session::report);
                }, e -> showFailure(shell, e));
    }

    /** Saves while a progress dialog blocks the window (when the workbench asks parts to persist). */
    public static boolean saveWithDialog(WorkbenchSession session, Shell shell) {
        SaveSnapshot snapshot = session.snapshot();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> session.save(snapshot, monitor));
            session.saved(snapshot);
            return true;
        } catch (InvocationTargetException e) {
            showFailure(shell, e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void showFailure(Shell shell, Throwable failure) {
        Dialogs.error(shell, Messages.Save_failedTitle, failure.getMessage());
    }
}
