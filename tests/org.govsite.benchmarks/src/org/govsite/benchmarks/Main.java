package org.govsite.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs named benchmarks: {@code Main [--warmup N] [--iterations N] [--report file.md] [name-prefix ...]}. Prints
 * (and appends to the report) a Markdown table of median and minimum times and the ratio of each median to its
 * baseline's median measured in the same run, with the machine it ran on.
 */
public final class Main {

    private record Result(Benchmark benchmark, String name, String baseline, double medianMs, double minMs) {
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 3;
        int iterations = 7;
        Path report = null;
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                default -> selected.add(args[i]);
            }
        }
        List<Result> results = new ArrayList<>();
        for (Supplier<Benchmark> supplier : Benchmarks.ALL) {
            Benchmark benchmark = supplier.get();
            if (selected.isEmpty() || selected.stream().anyMatch(benchmark.name()::startsWith)) {
                results.add(measure(benchmark, warmup, iterations));
            }
        }
        String table = table(results, warmup, iterations);
        System.out.print(table);
        if (report != null) {
            Files.writeString(report, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        // fixtures kept for the whole run (a generated platform's server) are closed by their shutdown hooks
        System.exit(0);
    }

    private static Result measure(Benchmark benchmark, int warmup, int iterations) throws Exception {
        System.err.printf("%s: set up%n", benchmark.name());
        benchmark.setUp();
        try {
            for (int i = 0; i < warmup; i++) {
                time(benchmark);
            }
            double[] times = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                times[i] = time(benchmark);
                System.err.printf("%s: %.1f ms%n", benchmark.name(), times[i]);
            }
            Arrays.sort(times);
            double median = iterations % 2 == 1 ? times[iterations / 2]
                    : (times[iterations / 2 - 1] + times[iterations / 2]) / 2;
            return new Result(benchmark, benchmark.name(), benchmark.baseline(), median, times[0]);
        } finally {
            benchmark.tearDown();
        }
    }

    private static double time(Benchmark benchmark) throws Exception {
        benchmark.beforeEach();
        try {
            long start = System.nanoTime();
            benchmark.run();
            return (System.nanoTime() - start) / 1e6;
        } finally {
            benchmark.afterEach();
        }
    }

    private static String table(List<Result> results, int warmup, int iterations) {
        Map<String, Result> byName = new HashMap<>();
        results.forEach(result -> byName.put(result.name(), result));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s; %d warm-up + %d measured iterations%n%n", machine(), warmup,
                iterations));
        out.append("| benchmark | median ms | min ms | baseline | ratio to baseline |\n");
        out.append("|---|---:|---:|---|---:|\n");
        for (Result result : results) {
            Result baseline = result.baseline() == null ? null : byName.get(result.baseline());
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %s |%n", result.name(),
                    result.medianMs(), result.minMs(), result.baseline() == null ? "-" : result.baseline(),
                    baseline == null ? "-" : String.format(Locale.ROOT, "%.2f", result.medianMs() / baseline.medianMs())));
        }
        for (Result result : results) {
            String notes = result.benchmark().notes();
            if (notes != null) {
                out.append("\n- ").append(notes);
            }
        }
        return out.append('\n').toString();
    }

    private static String machine() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT,
                "Machine: %d cores, %.1f GB memory, %s %s (%s), max heap %d MB, load average %.1f at the end",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
