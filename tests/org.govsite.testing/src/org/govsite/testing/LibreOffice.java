package org.govsite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice in headless mode, for tests proving that a written Office file is valid: another program opens it and
 * converts it (releng/install-deps.sh installs libreoffice-calc-nogui).
 */
public final class LibreOffice {
    /** The CSV filter: comma separated, text quoted, UTF-8 (76), first sheet. */
    public static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1";

    private LibreOffice() {
    }

    /**
     * @return the soffice executable; when LibreOffice is not installed the calling test is skipped (an assumption
     *         fails)
     */
    public static Path soffice() {
        Path soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        return soffice;
    }

    /**
     * Converts a file with LibreOffice, in a profile of its own under {@code work}.
     *
     * @param file the file to convert
     * @param filter the target, e.g. {@link #CSV} or {@code pdf}
     * @param work the folder receiving the converted file (named like the input), the profile and the log
     * @return the converted file
     * @throws IOException when LibreOffice fails, runs longer than 3 minutes or writes nothing (its log in the message)
     */
    public static Path convert(Path soffice, Path file, String filter, Path work)
            throws IOException, InterruptedException {
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", filter, "--outdir",
                work.toString(), file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 3 minutes");
        }
        String name = file.getFileName().toString();
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        Path converted = work.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
        if (process.exitValue() != 0 || !Files.exists(converted)) {
            throw new IOException("LibreOffice failed (" + process.exitValue() + "): " + Files.readString(log));
        }
        return converted;
    }
}
