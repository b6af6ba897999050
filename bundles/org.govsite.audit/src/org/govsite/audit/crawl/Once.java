package org.govsite.audit.crawl;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Computes a value once per key however many threads ask at the same time: the first asker computes it (outside any
 * lock, so slow network work blocks nobody else's key), the others wait for its result.
 */
final class Once<K, V> {
    private final Map<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> earlier = values.putIfAbsent(key, mine);
        if (earlier != null) {
            try {
                return earlier.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        try {
            V value = compute.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
