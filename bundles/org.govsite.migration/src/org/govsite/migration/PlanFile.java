package org.govsite.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.govsite.crypto.Sm3;
import org.govsite.store.interchange.AtomicFile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A plan kept on disk ({@code plan.json}), so that the import and step 6 work on the pages a dry run read instead of
 * reading the legacy site again: every old URL's outcome (extracted articles with their bodies, attachments by
 * digest, decisions, duplicates) and the known-URL list's bad lines, under a fingerprint of what the plan was made
 * from (the caller's: source, scope, list, rules, mapping) and the folder its attachments were kept in. A file of
 * another format, another fingerprint, another attachments folder than an import needs, or damaged is not taken (the
 * caller plans again); it is written through a temporary file moved into place ({@link AtomicFile}).
 */
public final class PlanFile {
    /** The file format; a file of another is planned again. */
    static final int FORMAT = 2;
    private static final TypeReference<List<UrlOutcome>> OUTCOMES = new TypeReference<>() {
    };
    private static final TypeReference<List<LineProblem>> LIST_PROBLEMS = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule().addSerializer(ZonedDateTime.class, new TimeWriter())
                    .addDeserializer(ZonedDateTime.class, new TimeReader()));

    private PlanFile() {
    }

    /**
     * The file's content: the format, the fingerprint, the attachments folder, then the plan (in this order, so that a
     * plan made from something else is refused without parsing it).
     */
    private record Saved(int format, String fingerprint, String attachments, List<UrlOutcome> outcomes,
            List<LineProblem> listProblems) {
    }

    /**
     * @param fingerprint what the plan was made from
     * @param attachments the folder its attachments were kept in ({@code DigestFolder}), or {@code null}: none kept
     * @throws IOException when the file cannot be written (an older file stays as it was)
     */
    public static void write(MigrationPlan plan, String fingerprint, Path attachments, Path file) throws IOException {
        AtomicFile.replace(file, out -> JSON.writeValue(out, new Saved(FORMAT, fingerprint, folder(attachments),
                plan.outcomes(), plan.listProblems())));
    }

    /**
     * @param fingerprint what the plan must have been made from
     * @param attachments the folder its attachments must have been kept in (an import's), or {@code null}: any, or
     *        none (a dry run, step 6)
     * @return the plan kept in {@code file}, or empty when there is none, it was made from something else or with
     *         its attachments elsewhere, is of another format or cannot be read
     */
    public static Optional<MigrationPlan> read(Path file, String fingerprint, Path attachments) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Header header = new Header();
            List<UrlOutcome> outcomes = null;
            List<LineProblem> listProblems = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                case "format" -> header.format = parser.getIntValue(); //$NON-NLS-1$
                case "fingerprint" -> header.fingerprint = parser.getText(); //$NON-NLS-1$
                case "attachments" -> header.attachments = parser.getText(); //$NON-NLS-1$
                case "outcomes" -> { //$NON-NLS-1$
                    if (header.known() && !header.matches(fingerprint, attachments)) {
                        return Optional.empty(); // the header comes first: a plan made from something else is not parsed
                    }
                    outcomes = parser.readValueAs(OUTCOMES);
                }
                case "listProblems" -> listProblems = parser.readValueAs(LIST_PROBLEMS); //$NON-NLS-1$
                default -> parser.skipChildren();
                }
            }
            return outcomes != null && listProblems != null && header.matches(fingerprint, attachments)
                    ? Optional.of(new MigrationPlan(outcomes, listProblems))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or of an older build: planned again
        }
    }

    /** The fields written before the plan ({@link Saved}'s first three). */
    private static final class Header {
        int format = -1;
        String fingerprint;
        String attachments;

        boolean known() {
            return format >= 0 && fingerprint != null && attachments != null;
        }

        /** @param required the attachments folder an import needs, or {@code null}: any */
        boolean matches(String expected, Path required) {
            return format == FORMAT && expected.equals(fingerprint)
                    && (required == null || folder(required).equals(attachments));
        }
    }

    /**
     * @param inputs what a plan is made from (settings, paths, {@link #digest}s of input files), each as its
     *        {@code String.valueOf}
     * @return the fingerprint a plan is kept under: the SM3 digest (hex) of the inputs, a line each (UTF-8)
     */
    public static String fingerprint(Object... inputs) {
        StringBuilder lines = new StringBuilder();
        for (Object input : inputs) {
            lines.append(input).append('\n');
        }
        return Sm3.digestHex(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the SM3 digest (hex) of an input file's bytes, for a fingerprint of what a plan is made from (a URL list,
     *         a mapping, template rules); empty for none ({@code null})
     * @throws IOException when the file cannot be read
     */
    public static String digest(Path file) throws IOException {
        if (file == null) {
            return ""; //$NON-NLS-1$
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Sm3.digestHex(in);
        }
    }

    /** @return the folder as the file names it: absolute and normalised, empty for none */
    private static String folder(Path attachments) {
        return attachments == null ? "" : attachments.toAbsolutePath().normalize().toString(); //$NON-NLS-1$
    }

    /** Writes a time with its offset and zone ({@link ZonedDateTime#toString}). */
    private static final class TimeWriter extends JsonSerializer<ZonedDateTime> {
        @Override
        public void serialize(ZonedDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    /** Reads what {@link TimeWriter} wrote. */
    private static final class TimeReader extends JsonDeserializer<ZonedDateTime> {
        @Override
        public ZonedDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException, JsonProcessingException {
            return ZonedDateTime.parse(parser.getValueAsString());
        }
    }
}
