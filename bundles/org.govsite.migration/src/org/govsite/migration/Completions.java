package org.govsite.migration;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.OperationCanceledException;

/** Waiting for the tasks the migration runs several at a time (articles in flight, URLs verified). */
public final class Completions {

    private Completions() {
    }

    /**
     * @return the result of the next task of {@code tasks} to end
     * @throws RuntimeException or {@link Error} what the task threw, as it was
     * @throws OperationCanceledException when the waiting thread is interrupted (its interrupt flag set again)
     */
    public static <T> T next(CompletionService<T> tasks) {
        try {
            return tasks.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
