package org.govsite.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Manual fields kept in a folder, one JSON file per site and year: {@code <host>-<year>.json} holding
 * {@code {"ROW_NAME": "text", ...}} (row names of {@link ReportRow}). A year without its file starts from the previous
 * year's through {@link ManualFields#carryOver}. Files are replaced atomically.
 */
public final class ManualFieldsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private final Path folder;

    /** @param folder the folder holding the files (created on the first save) */
    public ManualFieldsStore(Path folder) {
        this.folder = folder;
    }

    /** @return the file of this site and year */
    public Path file(String host, int year) {
        if (!host.matches("[A-Za-z0-9.-]+")) { //$NON-NLS-1$
            throw new IllegalArgumentException("not a host name: " + host); //$NON-NLS-1$
        }
        return folder.resolve(host + '-' + year + ".json"); //$NON-NLS-1$
    }

    /**
     * @return the fields saved for this site and year; if none, the previous year's carried over; if none either, empty
     * @throws IOException when a file cannot be read or names a row that is not entered by hand
     */
    public ManualFields load(String host, int year) throws IOException {
        Path file = file(host, year);
        if (Files.exists(file)) {
            return read(file);
        }
        Path previous = file(host, year - 1);
        return Files.exists(previous) ? ManualFields.carryOver(read(previous)) : ManualFields.empty();
    }

    /** Saves the fields of this site and year, replacing the file. */
    public void save(String host, int year, ManualFields fields) throws IOException {
        Files.createDirectories(folder);
        Path file = file(host, year);
        Path temporary = Files.createTempFile(folder, host, ".tmp"); //$NON-NLS-1$
        Map<String, String> texts = new LinkedHashMap<>();
        fields.values().forEach((row, text) -> texts.put(row.name(), text));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            JSON.writeValue(out, texts);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ManualFields read(Path file) throws IOException {
        Map<String, String> texts;
        try (InputStream in = Files.newInputStream(file)) {
            texts = JSON.readValue(in, TEXTS);
        }
        Map<ReportRow, String> values = new EnumMap<>(ReportRow.class);
        try {
            texts.forEach((name, text) -> values.put(ReportRow.valueOf(name), text));
            return new ManualFields(values);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
