package org.govsite.benchmarks.audit;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A link checker run as a process under GNU time ({@code /usr/bin/time -v}) against the {@link LinkSite}: the time,
 * the peak resident memory and the broken links it reported, read from its output file.
 */
abstract class Tool {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_MINUTES = 30;

    /** @return whether the tool (and GNU time) are installed; an absent tool's benchmark is skipped */
    boolean present() {
        return Files.isExecutable(TIME);
    }

    /**
     * @param folder the run's working folder; the standard output goes to {@code stdout.txt} in it
     * @return the command crawling the site
     */
    abstract List<String> command(LinkSite site, Path folder) throws IOException;

    /** @return the broken links the run reported (from its files in {@code folder}), as absolute URLs */
    abstract Set<String> broken(LinkSite site, Path folder) throws IOException;

    /** @return variables set for the tool's process besides this JVM's environment */
    Map<String, String> environment(Path folder) {
        return Map.of();
    }

    /**
     * Untimed, before the first iteration: what a user's earlier runs would have left (GovSite's ahead-of-time
     * cache).
     *
     * @return a few words on what was done, for the note, or {@code null} when nothing was
     */
    String prepare(String name, LinkSite site, Path folder) throws Exception {
        return null;
    }

    CrawlerRun run(String name, LinkSite site, Path folder) throws Exception {
        Path times = folder.resolve("time.txt");
        List<String> command = new ArrayList<>(List.of(TIME.toString(), "-v", "-o", times.toString()));
        command.addAll(command(site, folder));
        site.takeRequests();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout.txt").toFile())
                .redirectError(folder.resolve("stderr.txt").toFile());
        builder.environment().putAll(environment(folder));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long requests = site.takeRequests();
        Set<String> paths = new TreeSet<>();
        broken(site, folder).forEach(url -> paths.add(URI.create(url).getRawPath()));
        return new CrawlerRun(name, seconds, peakRss(times), requests, paths);
    }

    private static long peakRss(Path times) throws IOException {
        for (String line : Files.readAllLines(times, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Maximum resident set size (kbytes):")) {
                return Long.parseLong(trimmed.substring(trimmed.indexOf(':') + 1).trim());
            }
        }
        throw new IllegalStateException("no peak memory in " + times);
    }

    /**
     * @return the Java of this JVM with a 512 MB heap, running {@code main} with this JVM's class path (made absolute:
     *         the process runs in the run's folder)
     */
    static List<String> java(Class<?> main) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-cp", classPath,
                main.getName());
    }
}
