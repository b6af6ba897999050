package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line (OpenSSL 3) in a working folder, for interoperability tests. */
final class OpenSsl {
    private static final long TIMEOUT_SECONDS = 60;
    private static final boolean AVAILABLE = probe();

    private final Path folder;

    OpenSsl(Path folder) {
        this.folder = folder;
    }

    /** Skips the calling test, saying why, if no {@code openssl} 3 is on the PATH. */
    static void assumeAvailable() {
        assumeTrue(AVAILABLE, "no OpenSSL 3 command line ('openssl') on the PATH: OpenSSL interoperability is not tested "
                + "(releng/install-deps.sh installs it)");
    }

    private static boolean probe() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0
                    && out.startsWith("OpenSSL 3.");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return the command's standard output; fails the test with its error output if it exits with non-zero */
    byte[] run(String... args) {
        Result result = execute(args);
        if (result.exitCode() != 0) {
            fail("openssl " + String.join(" ", args) + " exited with " + result.exitCode() + ": " + result.errors());
        }
        return result.output();
    }

    /** @return the command's standard output as text (UTF-8), trimmed */
    String runText(String... args) {
        return new String(run(args), StandardCharsets.UTF_8).trim();
    }

    /** @return exit code, output and error output of the command, whatever the exit code */
    Result execute(String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(folder, "openssl", ".out");
            Path err = Files.createTempFile(folder, "openssl", ".err");
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(Files.createTempFile(folder, "openssl", ".in").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("openssl " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } catch (IOException e) {
            throw new AssertionError("cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Writes {@code content} to {@code name} in the working folder. @return the file name, for arguments */
    String write(String name, byte[] content) {
        try {
            Files.write(folder.resolve(name), content);
            return name;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String readText(String name) {
        return new String(read(name), StandardCharsets.US_ASCII);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    record Result(int exitCode, byte[] output, String errors) {
    }
}
