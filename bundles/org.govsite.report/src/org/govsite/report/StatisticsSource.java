package org.govsite.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the platform's statistics of a year come from: a JSON file of the statistics contract ({@link #file}) or
 * the platform itself ({@code org.govsite.report.publish.PlatformStatistics}); both read through {@link Statistics}.
 */
@FunctionalInterface
public interface StatisticsSource {
    /** @return the statistics of {@code year} */
    Statistics read(int year) throws IOException;

    /** @return the statistics held in {@code file}, whatever year they are of (the caller checks it) */
    static StatisticsSource file(Path file) {
        return year -> {
            try (InputStream in = Files.newInputStream(file)) {
                return Statistics.read(in);
            }
        };
    }
}
