package org.govsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The throw-away PostgreSQL cluster of the project's {@code releng/postgres.sh} (Debian's postgresql, installed when
 * missing; 127.0.0.1 only, a free port, a generated password), started once per test JVM in
 * {@code <repository>/target/postgres-<pid>} and stopped (deleted) when the JVM exits. Tests never use a server
 * started by hand. The repository is found from the working directory upwards.
 */
public final class PostgresCluster {
    private static PostgresCluster shared;

    private final String url;
    private final String user;
    private final String password;

    private PostgresCluster(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The cluster of this JVM, started on the first call (about 10 s; the first ever call may install PostgreSQL).
     *
     * @throws IllegalStateException with the script's output if it cannot start
     */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            Path script = repository().resolve("releng/postgres.sh");
            Path folder = repository().resolve("target/postgres-" + ProcessHandle.current().pid());
            String output = run(script, "start", folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script, "stop", folder)));
            shared = new PostgresCluster(output.lines().reduce((first, last) -> last).orElseThrow(),
                    read(folder.resolve("user")), read(folder.resolve("password")));
        }
        return shared;
    }

    /** JDBC URL of the cluster's database {@code govsite}. */
    public String url() {
        return url;
    }

    /** JDBC URL of another database of the cluster (create it first, e.g. {@code CREATE DATABASE name}). */
    public String url(String database) {
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    /** The cluster's superuser. */
    public String user() {
        return user;
    }

    /** The generated password of {@link #user()}. */
    public String password() {
        return password;
    }

    /** The folder of this checkout: the first of the working directory and its parents with {@code releng/postgres.sh}. */
    public static Path repository() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("releng/postgres.sh"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no releng/postgres.sh above " + Path.of("").toAbsolutePath()); //$NON-NLS-1$
    }

    private static String run(Path script, String command, Path folder) {
        try {
            Process process = new ProcessBuilder("bash", script.toString(), command, folder.toString()) //$NON-NLS-1$
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("releng/postgres.sh " + command + " failed:\n" + output); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
