package org.govsite.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

/** Calls made at the same moment, for the tests of concurrent writes. */
final class Together {
    private Together() {
    }

    /** @return the results of {@code calls}, in their order, each made on a thread of its own, all released together */
    static <T> List<T> run(List<Supplier<T>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<CompletableFuture<T>> running = new ArrayList<>();
        for (Supplier<T> call : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> result : running) {
            results.add(result.get());
        }
        return results;
    }
}
