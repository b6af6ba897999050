package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.govsite.ui.app.JobProgressControl;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

class JobProgressControlTest extends UiTest {

    private static final String JOB = "测试任务";

    @Test
    void showsTheRunningJobsProgressAndCancelsIt() throws InterruptedException {
        workbench.part(JobProgressControl.class);
        Label task = Widgets.find(workbench.shell, "status.task", Label.class);
        ProgressBar bar = Widgets.find(workbench.shell, "status.progress", ProgressBar.class);
        Button cancel = Widgets.find(workbench.shell, "status.cancel", Button.class);
        assertEquals("", task.getText());
        assertFalse(cancel.isVisible());

        Job job = new Job(JOB) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(JOB, 4);
                monitor.worked(1);
                long end = System.currentTimeMillis() + 20_000;
                while (!monitor.isCanceled() && System.currentTimeMillis() < end) {
                    LockSupport.parkNanos(10_000_000L);
                }
                monitor.done();
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();

        Widgets.waitUntil(workbench.display, 10_000, () -> JOB.equals(task.getText()) && bar.getSelection() > 0,
                "the job's progress");
        assertEquals(bar.getMaximum() / 4, bar.getSelection());
        assertTrue(cancel.isVisible());

        cancel.notifyListeners(SWT.Selection, new Event());
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        Widgets.waitUntil(workbench.display, 5_000, () -> task.getText().isEmpty(), "the progress to clear");
    }
}
