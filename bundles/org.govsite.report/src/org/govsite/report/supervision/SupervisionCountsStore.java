package org.govsite.report.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The supervision report's hand-entered part kept in a folder, one JSON file per year:
 * {@code supervision-<year>.json} holding {@code {"filler": "...", "counts": {"ITEM": n, ...}}} (item names of
 * {@link SupervisionItem}). A year without its file starts with the previous year's reporting office and no counts.
 * Files are replaced atomically.
 */
public final class SupervisionCountsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    /** @param folder the folder holding the files (created on the first save) */
    public SupervisionCountsStore(Path folder) {
        this.folder = folder;
    }

    /** @return the file of this year */
    public Path file(int year) {
        return folder.resolve("supervision-" + year + ".json"); //$NON-NLS-1$
    }

    /**
     * @return the entries saved for this year; if none, the previous year's office with no counts; if none either,
     *         an empty office and no counts
     * @throws IOException when a file cannot be read, is not such an object or names an unknown item
     */
    public SupervisionEntries load(int year) throws IOException {
        if (Files.exists(file(year))) {
            return read(file(year));
        }
        Path previous = file(year - 1);
        return new SupervisionEntries(Files.exists(previous) ? read(previous).filler() : "", Map.of()); //$NON-NLS-1$
    }

    /** Saves the entries of this year, replacing the file. */
    public void save(int year, SupervisionEntries entries) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "supervision", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SupervisionItem item : SupervisionItem.values()) {
            Long count = entries.counts().get(item);
            if (count != null) {
                counts.put(item.name(), count);
            }
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            JSON.writeValue(out, new Stored(entries.filler(), counts));
        }
        Files.move(temporary, file(year), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static SupervisionEntries read(Path file) throws IOException {
        Stored stored;
        try (InputStream in = Files.newInputStream(file)) {
            stored = JSON.readValue(in, Stored.class);
        }
        Map<SupervisionItem, Long> counts = new EnumMap<>(SupervisionItem.class);
        try {
            if (stored.counts() != null) {
                stored.counts().forEach((name, count) -> counts.put(SupervisionItem.valueOf(name), count));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new SupervisionEntries(stored.filler() == null ? "" : stored.filler(), counts); //$NON-NLS-1$
    }

    /** The file's JSON shape. */
    private record Stored(String filler, Map<String, Long> counts) {
    }
}
