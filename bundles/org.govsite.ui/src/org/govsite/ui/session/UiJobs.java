package org.govsite.ui.session;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Runs long work in a {@link Job} with progress and cancel, and hands the result or the failure to the UI thread.
 */
public final class UiJobs {

    private UiJobs() {
    }

    public static <T> Job run(String name, UISynchronize sync, Function<IProgressMonitor, T> work, Consumer<T> onResult,
            Consumer<RuntimeException> onFailure) {
        return run(name, sync, work, onResult, onFailure, () -> {
            // nothing to do after a cancel
        });
    }

    /**
     * As {@link #run(String, UISynchronize, Function, Consumer, Consumer)}, with {@code onCanceled} run on the UI
     * thread when the work was cancelled: exactly one of the three callbacks runs, so a caller can end what it started
     * (a busy mark, a disabled button) on the UI thread in each.
     */
    public static <T> Job run(String name, UISynchronize sync, Function<IProgressMonitor, T> work, Consumer<T> onResult,
            Consumer<RuntimeException> onFailure, Runnable onCanceled) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.apply(monitor);
                    sync.asyncExec(() -> onResult.accept(result));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    sync.asyncExec(onCanceled);
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    sync.asyncExec(() -> onFailure.accept(e));
                    return Status.OK_STATUS;
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
