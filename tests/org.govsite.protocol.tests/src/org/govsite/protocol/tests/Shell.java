package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs documented bash scripts (OpenSSL 3 and coreutils) in a working folder. */
final class Shell {
    private static final long TIMEOUT_SECONDS = 60;
    private static final boolean OPENSSL_3 = probe();

    private final Path folder;

    Shell(Path folder) {
        this.folder = folder;
    }

    /** Skips the calling test, saying why, if there is no bash with OpenSSL 3 on the PATH. */
    static void assumeOpenSsl() {
        assumeTrue(OPENSSL_3, "no bash with an OpenSSL 3 command line ('openssl') on the PATH: the documented OpenSSL "
                + "commands are not tested (releng/install-deps.sh installs openssl)");
    }

    private static boolean probe() {
        try {
            Result result = new Shell(Files.createTempDirectory("openssl-probe")).execute("openssl version");
            return result.exitCode() == 0 && result.output().startsWith("OpenSSL 3.");
        } catch (IOException | AssertionError e) {
            return false;
        }
    }

    /** @return exit code, standard output (UTF-8) and error output of {@code bash -euo pipefail -c script} */
    Result execute(String script) {
        try {
            Path out = Files.createTempFile(folder, "script", ".out");
            Path err = Files.createTempFile(folder, "script", ".err");
            Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("script did not finish in " + TIMEOUT_SECONDS + " s: " + script);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run bash", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** @return the script's standard output, stripped; fails the test if it exits with non-zero */
    String run(String script) {
        Result result = execute(script);
        if (result.exitCode() != 0) {
            throw new AssertionError("exit code " + result.exitCode() + " of\n" + script + "\n" + result.errors());
        }
        return result.output();
    }

    record Result(int exitCode, String output, String errors) {
    }
}
