package org.govsite.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * The status bar's progress (a tool control in the bottom trim): the task and progress of the running user job
 * (load, save, import, export) and a button cancelling it. Pure e4 has no progress view, so this control installs
 * the job manager's progress provider. Widget ids: {@code status.task}, {@code status.progress}, {@code status.cancel}.
 */
public class JobProgressControl {

    private Label task;
    private ProgressBar bar;
    private Button cancel;
    private Display display;
    private volatile ShownMonitor shown;
    private final AtomicBoolean updatePending = new AtomicBoolean();

    @PostConstruct
    void createControls(Composite parent) {
        display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        area.setLayout(layout);
        task = WidgetIds.tag(new Label(area, SWT.NONE), "status.task");
        GridData taskData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        taskData.widthHint = 320;
        task.setLayoutData(taskData);
        bar = WidgetIds.tag(new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH), "status.progress");
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        cancel = WidgetIds.tag(new Button(area, SWT.PUSH), "status.cancel");
        cancel.setText(Messages.Button_cancel);
        cancel.addListener(SWT.Selection, e -> {
            ShownMonitor monitor = shown;
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        });
        show(null);
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isSystem() ? new NullProgressMonitor() : new ShownMonitor(job.getName());
            }
        });
    }

    @PreDestroy
    void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    private void show(ShownMonitor monitor) {
        if (task.isDisposed()) {
            return;
        }
        boolean running = monitor != null && monitor == shown;
        task.setText(running ? monitor.text() : "");
        cancel.setVisible(running);
        bar.setMaximum(running ? Math.max(1, monitor.total) : 1);
        bar.setSelection(running ? monitor.done : 0);
        task.requestLayout();
    }

    /** Progress of one job, shown while it is the latest one running. */
    private final class ShownMonitor extends NullProgressMonitor {
        private static final int SCALE = 1000;
        private final String jobName;
        private String taskName = "";
        private volatile int total;
        private volatile int done;
        private double scale = 1;

        ShownMonitor(String jobName) {
            this.jobName = jobName;
        }

        String text() {
            return taskName.isEmpty() ? jobName : taskName;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            shown = this;
            taskName = name == null || name.equals(jobName) ? "" : name;
            scale = totalWork > 0 ? (double) SCALE / totalWork : 0;
            total = SCALE;
            done = 0;
            update();
        }

        @Override
        public void subTask(String name) {
            taskName = name == null ? "" : name;
            update();
        }

        @Override
        public void internalWorked(double work) {
            done = (int) Math.min(SCALE, done + work * scale);
            update();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void done() {
            if (shown == this) {
                shown = null;
            }
            update();
        }

        /** Asks the UI thread to show the latest state; at most one request is pending at a time. */
        private void update() {
            if (!display.isDisposed() && updatePending.compareAndSet(false, true)) {
                display.asyncExec(() -> {
                    updatePending.set(false);
                    show(shown);
                });
            }
        }
    }
}
