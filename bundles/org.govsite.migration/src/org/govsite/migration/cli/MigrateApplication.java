package org.govsite.migration.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.govsite.migration.cli}: runs {@link MigrateCommand} with the application
 * arguments and returns its exit code ({@code govsite migrate ...}). Ctrl-C (the JVM's shutdown) cancels the run and
 * waits for it to stop at the next page or article, so that the import's journal is closed in order and a re-run
 * resumes.
 */
public final class MigrateApplication implements IApplication {
    /** How long Ctrl-C waits for the run to reach a point where it can stop. */
    private static final long STOP_SECONDS = 60;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        MigrateCommand command = new MigrateCommand();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            command.cancel();
            try {
                stopped.await(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "govsite migrate: Ctrl-C"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return Integer.valueOf(command.run(args == null ? List.of() : List.of(args), System.out, System.err));
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook runs and returns at once
            }
        }
    }

    @Override
    public void stop() {
        // the command runs to its end; the launcher waits for it
    }
}
