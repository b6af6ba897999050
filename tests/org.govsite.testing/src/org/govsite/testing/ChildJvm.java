package org.govsite.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A GovSite main class running in a child JVM, for tests that need real separate processes (two server instances
 * on one database, killing a process at any point). The class path comes from the running OSGi framework
 * ({@link BundleClassPath}), so the child runs exactly the code under test on a flat class path.
 *
 * <pre>
 * try (ChildJvm server = ChildJvm.launcher(Main.class).args("--port", "0").env("X", "y").start()) {
 *     Matcher started = server.awaitLine(Pattern.compile("listening on (\\S+);"), Duration.ofSeconds(30));
 *     ...
 *     server.kill(); // SIGKILL: no shutdown hook runs
 * }
 * </pre>
 *
 * Standard output and standard error are merged and kept; {@link #output()} gives them for failure messages.
 */
public final class ChildJvm implements AutoCloseable {
    /** What to start; {@link #start()} starts it. */
    public static final class Launcher {
        private final Class<?> mainClass;
        private final List<String> extraBundles = new ArrayList<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path directory;

        private Launcher(Class<?> mainClass) {
            this.mainClass = mainClass;
        }

        /** Adds bundles nothing wires to (and their closures) to the class path, e.g. {@code slf4j.nop}. */
        public Launcher withBundles(String... symbolicNames) {
            extraBundles.addAll(List.of(symbolicNames));
            return this;
        }

        public Launcher jvmArgs(String... values) {
            jvmArgs.addAll(List.of(values));
            return this;
        }

        public Launcher args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Launcher env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** The child's working directory (default: this process's). */
        public Launcher directory(Path folder) {
            directory = folder;
            return this;
        }

        /** The command line {@link #start()} runs. */
        public List<String> command() {
            List<Path> classPath = BundleClassPath.of(mainClass, extraBundles.toArray(String[]::new));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            command.addAll(jvmArgs);
            command.add("-cp"); //$NON-NLS-1$
            command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(mainClass.getName());
            command.addAll(args);
            return command;
        }

        public ChildJvm start() {
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
            builder.environment().putAll(env);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            try {
                return new ChildJvm(mainClass.getSimpleName(), builder.start());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + mainClass.getName(), e); //$NON-NLS-1$
            }
        }
    }

    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("child-jvm-" + process.pid()).start(this::readOutput); //$NON-NLS-1$
    }

    /** Starts describing a child JVM running {@code mainClass}, with its bundle's closure as class path. */
    public static Launcher launcher(Class<?> mainClass) {
        return new Launcher(mainClass);
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child is gone: what it printed so far stays in lines
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    /**
     * Waits until the child prints a line in which {@code pattern} is found.
     *
     * @return the match (groups available)
     * @throws IllegalStateException with everything the child printed if it ends or {@code timeout} passes first
     */
    public Matcher awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        synchronized (lines) {
            while (true) {
                for (; checked < lines.size(); checked++) {
                    Matcher matcher = pattern.matcher(lines.get(checked));
                    if (matcher.find()) {
                        return matcher;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !reader.isAlive()) {
                    throw new IllegalStateException(name + " did not print /" + pattern + "/ " //$NON-NLS-1$ //$NON-NLS-2$
                            + (reader.isAlive() ? "within " + timeout : "before it ended") + ":\n" + output()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** Everything the child printed so far, standard output and error merged. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines); //$NON-NLS-1$
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child at once (SIGKILL: no shutdown hook runs) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Asks the child to end (SIGTERM: shutdown hooks run), killing it if it is still there after {@code grace}. What
     * it prints while it ends is still read ({@link #waitFor} then has it all): the signal goes through its
     * {@link ProcessHandle}, as {@link Process#destroy()} would also close the pipes it writes to.
     *
     * @return its exit code
     */
    public int stop(Duration grace) throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    /** Waits for the child to end by itself; kills it and throws if it takes longer than {@code timeout}. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException(name + " did not end within " + timeout + ":\n" + output()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        reader.join(timeout.toMillis());
        return process.exitValue();
    }

    /** Kills the child if it is still running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
