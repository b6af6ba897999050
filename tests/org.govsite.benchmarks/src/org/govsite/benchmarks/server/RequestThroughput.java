package org.govsite.benchmarks.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govsite.benchmarks.Benchmark;

/**
 * {@value #REQUESTS} requests of a {@link Workload} ({@code GET}, answer parsed as JSON and checked) from
 * {@value #THREADS} client threads at once, over HttpClient 5 with a pool of {@value #THREADS} connections to the
 * {@link ApiFixture}'s server. Throughput is {@value #REQUESTS} divided by the time.
 */
abstract class RequestThroughput implements Benchmark {
    static final int THREADS = 4;
    static final int REQUESTS = 2000;

    private ExecutorService threads;

    /** Sends one request and reads its answer; fails if the answer is not what was asked for. */
    protected abstract void request() throws Exception;

    /** Prepares the client for {@code fixture}. */
    protected abstract void connect(ApiFixture fixture) throws Exception;

    /** Closes the client. */
    protected abstract void disconnect() throws Exception;

    @Override
    public final void setUp() throws Exception {
        connect(ApiFixture.acquire());
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @Override
    public final void run() throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(() -> {
                for (int i = 0; i < REQUESTS / THREADS; i++) {
                    request();
                }
                return null;
            });
        }
        for (Future<Void> done : threads.invokeAll(work)) {
            done.get();
        }
    }

    @Override
    public final void tearDown() throws Exception {
        threads.shutdown();
        disconnect();
        ApiFixture.release();
    }
}
