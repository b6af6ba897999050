package org.govsite.migration.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.migration.cli.TemplateFile;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.store.interchange.AtomicFile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The migration batches of a workbench workspace: one folder per batch under {@code <workspace>/migrations/}, holding
 * {@code batch.json}, {@code templates.json}, {@code mapping.csv}, the import journal and the attachments folder,
 * the plan of the pages last read ({@code plan.json}) and the last run's report ({@code report.json},
 * {@code report.csv}). Files are written through a temporary file
 * renamed into place, so a crash leaves the old file or the new one; a file that cannot be read is reported (the
 * batch listed with its problem), never a crash.
 */
public final class BatchStore {
    public static final String BATCH_FILE = "batch.json"; //$NON-NLS-1$
    public static final String TEMPLATES_FILE = "templates.json"; //$NON-NLS-1$
    public static final String MAPPING_FILE = "mapping.csv"; //$NON-NLS-1$
    public static final String JOURNAL_FILE = "import-journal.jsonl"; //$NON-NLS-1$
    public static final String ATTACHMENTS_FOLDER = "attachments"; //$NON-NLS-1$
    public static final String REPORT_JSON = "report.json"; //$NON-NLS-1$
    public static final String REPORT_CSV = "report.csv"; //$NON-NLS-1$
    public static final String PLAN_FILE = "plan.json"; //$NON-NLS-1$
    private static final DateTimeFormatter IDS = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The template rules file's messages (the command line's). */
    private static final Texts TEMPLATE_TEXTS = new Texts("org.govsite.migration.cli.messages", Locale.getDefault(), //$NON-NLS-1$
            TemplateFile.class.getClassLoader());

    /** A batch folder as listed: the batch, or why it cannot be read. */
    public record Entry(String id, MigrationBatch batch, String problem) {
        /** @return whether the batch was read */
        public boolean readable() {
            return batch != null;
        }
    }

    private final Path folder;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param folder the workspace's {@code migrations} folder (created on the first save) */
    public BatchStore(Path folder) {
        this.folder = folder;
    }

    /** @return the folder of the batch {@code id} */
    public Path folder(String id) {
        return folder.resolve(id);
    }

    public Path journal(String id) {
        return folder(id).resolve(JOURNAL_FILE);
    }

    public Path attachments(String id) {
        return folder(id).resolve(ATTACHMENTS_FOLDER);
    }

    /** @return the plan the last dry run or import made ({@link org.govsite.migration.PlanFile}) */
    public Path plan(String id) {
        return folder(id).resolve(PLAN_FILE);
    }

    /** @return the last run's report file, JSON or CSV */
    public Path report(String id, boolean json) {
        return folder(id).resolve(json ? REPORT_JSON : REPORT_CSV);
    }

    /** Calls {@code listener} after each save (from the saving thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** @return every batch folder, newest first, each read or with its problem */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path batchFolder : folders) {
                String id = batchFolder.getFileName().toString();
                try {
                    entries.add(new Entry(id, load(id), null));
                } catch (BatchException e) {
                    entries.add(new Entry(id, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            entries.add(new Entry("", null, NLS.bind(Messages.StoreUnreadable, folder, e.getMessage()))); //$NON-NLS-1$
        }
        entries.sort(Comparator.comparing(Entry::id).reversed());
        return entries;
    }

    /** @return a new draft batch named {@code name}, saved */
    public synchronized MigrationBatch create(String name) throws IOException {
        String id = IDS.format(Instant.now());
        while (Files.exists(folder(id))) {
            id = id + "-1"; //$NON-NLS-1$
        }
        MigrationBatch batch = new MigrationBatch();
        batch.id = id;
        batch.name = name;
        batch.created = Instant.now().toString();
        save(batch);
        return batch;
    }

    /**
     * @return the batch {@code id} with its template rules and mapping
     * @throws BatchException naming the file and what is wrong with it when one cannot be read
     */
    public MigrationBatch load(String id) throws BatchException {
        Path batchFolder = folder(id);
        Path file = batchFolder.resolve(BATCH_FILE);
        MigrationBatch batch;
        try {
            batch = JSON.readValue(file.toFile(), MigrationBatch.class);
        } catch (JsonProcessingException e) {
            throw new BatchException(NLS.bind(Messages.FileDamaged, file, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BatchException(NLS.bind(Messages.FileUnreadable, file, reason(e)));
        }
        if (batch == null || batch.status == null || batch.counts == null) {
            throw new BatchException(NLS.bind(Messages.FileDamaged, file, Messages.NoStatus));
        }
        batch.id = id;
        Path templates = batchFolder.resolve(TEMPLATES_FILE);
        try {
            batch.templates = new ArrayList<>(Files.exists(templates)
                    ? TemplateFile.read(templates, TEMPLATE_TEXTS)
                    : List.of());
        } catch (UsageException e) {
            throw new BatchException(e.getMessage());
        } catch (IOException e) {
            throw new BatchException(NLS.bind(Messages.FileUnreadable, templates, reason(e)));
        }
        Path mapping = batchFolder.resolve(MAPPING_FILE);
        if (Files.exists(mapping)) {
            try (Reader in = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
                batch.mapping = MappingCsv.read(in);
            } catch (MappingCsv.MappingCsvException e) {
                throw new BatchException(NLS.bind(Messages.FileDamaged, mapping, e.problems().stream()
                        .map(p -> p.line() + ": " + p.message()).collect(Collectors.joining("; ")))); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (IOException e) {
                throw new BatchException(NLS.bind(Messages.FileUnreadable, mapping, reason(e)));
            }
        } else {
            batch.mapping = new Mapping(List.of());
        }
        return batch;
    }

    /** Saves the batch (its three files, each atomically) and tells the listeners. */
    public void save(MigrationBatch batch) throws IOException {
        Path batchFolder = folder(batch.id);
        Files.createDirectories(batchFolder);
        batch.updated = Instant.now().toString();
        AtomicFile.replace(batchFolder.resolve(TEMPLATES_FILE), out -> TemplateFile.write(batch.templates, out));
        AtomicFile.replace(batchFolder.resolve(MAPPING_FILE), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            MappingCsv.write(batch.mapping, writer);
            writer.flush();
        });
        AtomicFile.replace(batchFolder.resolve(BATCH_FILE), out -> JSON.writeValue(out, batch));
        listeners.forEach(Runnable::run);
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? Messages.NoFile : String.valueOf(e.getMessage());
    }
}
