package org.govsite.ui.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.govsite.report.ManualFieldsStore;
import org.govsite.report.Statistics;
import org.govsite.report.Visits;
import org.govsite.store.interchange.AtomicFile;

/**
 * The annual reports' files in the workspace ({@code <workspace>/reports}, put into the context by the life cycle):
 * the manual fields ({@code manual/}, a {@link ManualFieldsStore}), the statistics file chosen per year
 * ({@code statistics-files.json}), the visits imported from access logs per year ({@code visits-<year>.json}), and
 * the statistics read this session per year (in memory). Files are written atomically.
 */
public final class ReportWorkspace {
    static final String FOLDER = "reports"; //$NON-NLS-1$
    private static final String STATISTICS_FILES = "statistics-files.json"; //$NON-NLS-1$
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
    };
    private static final TypeReference<TreeMap<String, Visits>> VISITS = new TypeReference<>() {
    };

    private final Path folder;
    private final ManualFieldsStore manual;
    private final Map<Integer, YearStatistics> statistics = new ConcurrentHashMap<>();

    /**
     * Statistics read, and where from.
     *
     * @param source the connection's or the file's name as the editor shows it
     */
    public record YearStatistics(Statistics statistics, String source) {
    }

    /** @param workspace the workbench's workspace folder */
    public ReportWorkspace(Path workspace) {
        folder = workspace.resolve(FOLDER);
        manual = new ManualFieldsStore(folder.resolve("manual")); //$NON-NLS-1$
    }

    /** @return the folder of the manual fields */
    public ManualFieldsStore manual() {
        return manual;
    }

    /** @return the statistics of the year read this session, if any */
    public Optional<YearStatistics> statistics(int year) {
        return Optional.ofNullable(statistics.get(Integer.valueOf(year)));
    }

    /** Keeps the statistics read for their year. */
    public void statisticsRead(Statistics read, String source) {
        statistics.put(Integer.valueOf(read.year()), new YearStatistics(read, source));
    }

    /** @return the statistics file last chosen for the year, if it still exists */
    public Optional<Path> statisticsFile(int year) throws IOException {
        return Optional.ofNullable(read(folder.resolve(STATISTICS_FILES), FILES).get(Integer.toString(year)))
                .map(Path::of).filter(Files::isRegularFile);
    }

    /** Remembers the statistics file chosen for the year. */
    public void rememberStatisticsFile(int year, Path file) throws IOException {
        Path target = folder.resolve(STATISTICS_FILES);
        Map<String, String> files = read(target, FILES);
        files.put(Integer.toString(year), file.toAbsolutePath().toString());
        AtomicFile.write(target, out -> JSON.writeValue(out, files));
    }

    /** @return the visits per host imported for the year (empty when none was) */
    public Map<String, Visits> visits(int year) throws IOException {
        return read(visitsFile(year), VISITS);
    }

    /** Adds the visits of an import to the year's: each host imported replaces its earlier visits. */
    public void imported(int year, Map<String, Visits> imported) throws IOException {
        Map<String, Visits> visits = visits(year);
        visits.putAll(imported);
        AtomicFile.write(visitsFile(year), out -> JSON.writeValue(out, visits));
    }

    private Path visitsFile(int year) {
        return folder.resolve("visits-" + year + ".json"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static <T> TreeMap<String, T> read(Path file, TypeReference<TreeMap<String, T>> type) throws IOException {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readValue(in, type);
        }
    }
}
