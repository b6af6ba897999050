package org.govsite.ui.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.govsite.migration.batch.BatchException;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.UiJobs;

/**
 * Start buttons, a progress bar, a cancel button and a status line for the long steps of the migration wizard and the
 * Migrations view (one job at a time): the step runs as a user {@link Job} ({@link UiJobs}), its current task and
 * sub-task shown, cancelled by the cancel button (the engine stops at its next page, article or URL).
 */
final class JobPanel {
    private final UISynchronize sync;
    private final Button start;
    /** Every start button: the first and those {@link #addStart added}; one job at a time. */
    private final List<Button> starts = new ArrayList<>();
    private final Button cancel;
    private final ProgressBar bar;
    private final Label status;
    private static final Runnable NOTHING = () -> {
        // nothing held
    };

    private Job job;
    private Runnable ending = NOTHING;

    /** @param id the widget id of the start button; the others get {@code id.cancel}, {@code id.status} */
    JobPanel(Composite parent, UISynchronize sync, String id, String startText) {
        this.sync = sync;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, ((GridLayout) parent.getLayout()).numColumns, 1));
        start = WidgetIds.tag(new Button(row, SWT.PUSH), id);
        start.setText(startText);
        starts.add(start);
        bar = new ProgressBar(row, SWT.HORIZONTAL | SWT.INDETERMINATE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setVisible(false);
        cancel = WidgetIds.tag(new Button(row, SWT.PUSH), id + ".cancel"); //$NON-NLS-1$
        cancel.setText(Messages.Migration_cancelRun);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        status = WidgetIds.tag(new Label(row, SWT.WRAP), id + ".status"); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
    }

    /** Work that may fail with a batch's or a file's problem. */
    interface Step<T> {
        T run(IProgressMonitor monitor) throws BatchException, IOException;
    }

    /** @return {@code step} with its checked failures as unchecked ones carrying the same (localized) message */
    static <T> Function<IProgressMonitor, T> unchecked(Step<T> step) {
        return monitor -> {
            try {
                return step.run(monitor);
            } catch (BatchException | IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    Button start() {
        return start;
    }

    /** @return another start button (id {@code id}) before the progress bar, disabled while a job runs */
    Button addStart(String id, String text) {
        Composite row = start.getParent();
        Button added = WidgetIds.tag(new Button(row, SWT.PUSH), id);
        added.setText(text);
        added.moveAbove(bar);
        starts.add(added);
        ((GridLayout) row.getLayout()).numColumns++;
        ((GridData) status.getLayoutData()).horizontalSpan++;
        return added;
    }

    /** Shows {@code text} on the status line. */
    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true);
        }
    }

    /** Enables or disables the start buttons (while no job runs). */
    void enable(boolean enabled) {
        if (job == null) {
            starts.forEach(button -> button.setEnabled(enabled));
        }
    }

    boolean running() {
        return job != null;
    }

    /**
     * Runs {@code work} as a job: its result to {@code onResult}, a failure's message to the status line and
     * {@code onFailure}, a cancel to the status line ({@code cancelledText}); all on the UI thread.
     *
     * @return the job
     */
    <T> Job run(String name, Function<IProgressMonitor, T> work, Consumer<T> onResult, Consumer<String> onFailure,
            String cancelledText) {
        return run(name, work, onResult, onFailure, cancelledText, NOTHING);
    }

    /**
     * As {@link #run(String, Function, Consumer, Consumer, String)}, with {@code ended} run on the UI thread when the
     * job ends, however it ends, before the start buttons are enabled again (so that a press right after finds what
     * the job held released).
     */
    <T> Job run(String name, Function<IProgressMonitor, T> work, Consumer<T> onResult, Consumer<String> onFailure,
            String cancelledText, Runnable ended) {
        ending = ended;
        starts.forEach(button -> button.setEnabled(false));
        cancel.setEnabled(true);
        bar.setVisible(true);
        status.setText(name);
        job = UiJobs.run(name, sync, monitor -> work.apply(new Shown(monitor)), result -> {
            if (finished("")) { //$NON-NLS-1$
                onResult.accept(result);
            }
        }, failure -> {
            if (finished(failure.getMessage())) {
                onFailure.accept(failure.getMessage());
            }
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    sync.asyncExec(() -> finished(cancelledText));
                }
            }
        });
        return job;
    }

    /** @return whether the panel is still shown (a closed wizard takes no result) */
    private boolean finished(String text) {
        job = null;
        ending.run();
        ending = NOTHING;
        if (start.isDisposed()) {
            return false;
        }
        starts.forEach(button -> button.setEnabled(true));
        cancel.setEnabled(false);
        bar.setVisible(false);
        status.setText(text == null ? "" : text); //$NON-NLS-1$
        status.getParent().layout(true);
        return true;
    }

    /** Shows the task and sub-task on the status line. */
    private final class Shown extends ProgressMonitorWrapper {
        Shown(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            sync.asyncExec(() -> {
                if (job != null && !status.isDisposed()) {
                    status.setText(name);
                }
            });
        }
    }
}
