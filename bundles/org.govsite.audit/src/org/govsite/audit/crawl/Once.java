package org.govsite.audit.crawl;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Computes a value once per key however many threads ask at the same time: the first asker computes it (outside any
 * lock, so slow network work blocks nobody else's key) and gets it whole; the others, then and later, get what is
 * kept of it (so that, for instance, page bodies are not held for the whole crawl).
 */
final class Once<K, V> {
    private final Map<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();
    private final UnaryOperator<V> keep;

    /** @param keep what of a value is kept for later askers */
    Once(UnaryOperator<V> keep) {
        this.keep = keep;
    }

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
            mine.complete(keep.apply(value));
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
