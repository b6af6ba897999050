package org.govsite.benchmarks;

/**
 * One named benchmark. The runner calls {@link #setUp()} once, then for every warm-up and measured iteration
 * {@link #beforeEach()} (not timed), {@link #run()} (timed) and {@link #afterEach()} (not timed), and
 * {@link #tearDown()} at the end. To add a benchmark: implement this in one class and list it in
 * {@link Benchmarks#ALL}.
 */
public interface Benchmark {

    /** Unique name, e.g. {@code store.save}; used on the command line and in reports. */
    String name();

    /** Name of the benchmark of the same run this one is compared with, or null when it is a baseline. */
    default String baseline() {
        return null;
    }

    /**
     * @return one Markdown line of what the run measured besides its time (throughput, memory, findings), asked
     *         once every benchmark has run; null when there is nothing to add
     */
    default String notes() {
        return null;
    }

    default void setUp() throws Exception {
    }

    default void beforeEach() throws Exception {
    }

    void run() throws Exception;

    default void afterEach() throws Exception {
    }

    default void tearDown() throws Exception {
    }
}
