package org.govsite.benchmarks.migration;

import java.time.Duration;

/**
 * The CPU time this JVM has used, all threads (the legacy site, the migration and the platform server run in it): on
 * a machine other work keeps busy, a phase's CPU seconds move less than its wall-clock time.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** @return the CPU time used so far, in nanoseconds ({@code 0} where the platform does not tell) */
    static long nanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
