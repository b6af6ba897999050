package org.govsite.migration.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code govsite migrate} without the OSGi framework: the product's {@code govsite} script runs this class on a flat
 * class path of the product's plugins (docs/migration.md, "Command line"). Ctrl-C (the JVM's shutdown) cancels the
 * run and waits for it to stop at the next page or article, so that the import's journal is closed in order and a
 * re-run resumes. The exit code is {@link MigrateCommand}'s.
 */
public final class MigrateMain {
    /** How long Ctrl-C waits for the run to reach a point where it can stop. */
    private static final long STOP_SECONDS = 60;

    private MigrateMain() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** @return the exit code of the command run with {@code args}, cancelled by the JVM's shutdown */
    static int run(List<String> args, PrintStream out, PrintStream err) {
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
            return command.run(args, out, err);
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook runs and returns at once
            }
        }
    }
}
