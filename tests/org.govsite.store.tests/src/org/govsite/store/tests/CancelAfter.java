package org.govsite.store.tests;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A progress monitor that reports cancel once a fraction of the task's work is done, and records how far it got. */
final class CancelAfter extends NullProgressMonitor {

    private final double fraction;
    private double total = Double.MAX_VALUE;
    private double done;

    CancelAfter(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork;
    }

    @Override
    public void internalWorked(double work) {
        done += work;
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public boolean isCanceled() {
        return done >= fraction * total;
    }

    double doneFraction() {
        return done / total;
    }
}
