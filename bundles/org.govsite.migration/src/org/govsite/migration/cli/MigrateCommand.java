package org.govsite.migration.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.audit.cli.CommandPrelude;
import org.govsite.audit.cli.PlatformLogin;
import org.govsite.audit.cli.ProgressLines;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.CryptoException;
import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.MigrationSettings;
import org.govsite.migration.PlanFile;
import org.govsite.migration.Planner;
import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.load.PlatformColumns;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.mapping.MappingCsv.MappingCsvException;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;

/**
 * {@code govsite migrate}: reads a legacy site (live or a mirror folder) with the known-URL list, the mapping and the
 * template rules, writes the migration report and, with {@code --import}, puts the articles into the platform's
 * resource library; with the redirect options it uploads, exports and verifies the redirect table (step 6). UI-free; the Equinox application {@code org.govsite.migration.cli} runs it. Options, report
 * files and exit codes: docs/migration.md, "Command line".
 */
public final class MigrateCommand {
    /**
     * Nothing to look at: no unresolved URL, no extraction failure, no failed import, no bad line in the URL list,
     * and with the redirect options no URL not ready and no failed verification.
     */
    public static final int OK = CommandPrelude.OK;
    /**
     * Done, with problems to work through (unresolved URLs, extraction failures, failed imports, bad list lines;
     * redirects not ready, failed verifications).
     */
    public static final int PROBLEMS = 1;
    /** Bad usage (options, a mapping or template file with bad entries): nothing read, nothing sent. */
    public static final int USAGE = CommandPrelude.USAGE;
    /** Failure: an input unreadable, the report not written, the platform unreachable or not the pinned one, the
     * login refused, the import cancelled. */
    public static final int FAILED = 3;

    /** Where to ask for the password and passphrase when no file gives them; null: nowhere (a usage error). */
    private final Console console = System.console();
    /** The run's progress lines on standard error; {@link #cancel()} cancels it. */
    private volatile ProgressLines progress;
    private volatile boolean cancelled;
    /** What the run is doing: reading, planning and importing, or the redirects (step 6). */
    private Stage stage;

    private enum Stage {
        PLAN, REDIRECTS
    }

    /**
     * @param args the options
     * @param out receives the help and the summary
     * @param err receives progress lines, usage errors and failures
     * @return the exit code: {@link #OK}, {@link #PROBLEMS}, {@link #USAGE} or {@link #FAILED}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Texts text = texts(args);
        CommandPrelude<MigrateOptions> prelude = CommandPrelude.parse(() -> MigrateOptions.parse(args, text),
                options -> options.help, text.get("Usage"), text.get("UsageHint"), out, err); //$NON-NLS-1$ //$NON-NLS-2$
        if (prelude.done()) {
            return prelude.exit();
        }
        MigrateOptions options = prelude.options();
        stage = Stage.PLAN;
        progress = new ProgressLines(err, options.login.text());
        if (cancelled) {
            progress.setCanceled(true);
        }
        if (!options.runImport && options.journal != null && !Files.isRegularFile(options.journal)) {
            err.println(text.get("NoJournal", options.journal)); //$NON-NLS-1$
            return FAILED;
        }
        try {
            List<TemplateRule> templates = templates(options, text);
            Mapping mapping = mapping(options.mapping, text);
            KnownUrls known = options.urls == null ? KnownUrls.NONE : KnownUrls.read(options.urls);
            MigrationReport report;
            try (PlatformClient client = options.logsIn() ? PlatformLogin.open(options.login, console) : null) {
                Mapping columns = options.runImport ? columnIds(mapping, PlatformColumns.read(client), options, text) : null;
                RedirectStep.Notices notices = RedirectStep.notices(options, client, text);
                MigrationSettings settings = new MigrationSettings(templates, mapping, options.maxAttachment,
                        MigrationSettings.filesUnder(options.newSite), MigrationSettings.DEFAULT_SAMPLES);
                Notes notes = new Notes(text, err);
                report = options.runImport ? runImport(options, settings, columns, known, client, notes)
                        : dryRun(options, settings, known, notes);
                if (options.redirects()) {
                    stage = Stage.REDIRECTS;
                    report = RedirectStep.run(options, client, report, () -> source(options, known), notices, progress,
                            text, out);
                }
            }
            if (options.report != null) {
                ReportFile.write(report, options.format, options.report);
            }
            summary(report, options, text, out);
            return problems(report) || options.redirects() && RedirectStep.problems(report) ? PROBLEMS : OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (ClientException | CryptoException e) {
            err.println(PlatformLogin.failure(options.login, e));
            return FAILED;
        } catch (OperationCanceledException e) {
            err.println(switch (stage) {
            case PLAN -> options.runImport ? text.get("Cancelled", options.journal) : text.get("CancelledDryRun"); //$NON-NLS-1$ //$NON-NLS-2$
            case REDIRECTS -> text.get("CancelledRedirects"); //$NON-NLS-1$
            });
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(text.get("Failed", e.toString())); //$NON-NLS-1$
            return FAILED;
        }
    }

    /** @return the command's texts in the language of {@code --lang} */
    private static Texts texts(List<String> args) {
        return new Texts("org.govsite.migration.cli.messages", Texts.language(args), //$NON-NLS-1$
                MigrateCommand.class.getClassLoader());
    }

    /** The dry run; with {@code --journal} (step 6 without {@code --import}) what the journal records as imported. */
    private MigrationReport dryRun(MigrateOptions options, MigrationSettings settings, KnownUrls known, Notes notes)
            throws IOException {
        MigrationReport report = MigrationReport.of(plan(options, settings, known, options.attachments, false, notes),
                MigrationSettings.DEFAULT_SAMPLES);
        if (options.journal == null) {
            return report;
        }
        try (JournalFile journal = JournalFile.open(options.journal)) {
            return report.withImports(journal.results(report.plan()));
        }
    }

    /**
     * Logs in first (a wrong server key or login costs no crawl), then plans keeping the attachments (or takes the
     * kept plan whose attachments are in the import's folder) and imports.
     *
     * @param columns the mapping with its columns resolved to the platform's ids
     */
    private MigrationReport runImport(MigrateOptions options, MigrationSettings settings, Mapping columns,
            KnownUrls known, PlatformClient client, Notes notes) throws IOException {
        ImportSettings importSettings = options.importSettings();
        DigestFolder attachments = new DigestFolder(options.attachmentFolder());
        MigrationPlan plan = plan(options, settings, known, options.attachmentFolder(), true, notes).withColumnsOf(columns);
        try (JournalFile journal = JournalFile.open(options.journal)) {
            List<ImportResult> results = new Importer(client, journal, attachments, importSettings).run(plan, progress);
            return MigrationReport.of(plan, MigrationSettings.DEFAULT_SAMPLES).withImports(results);
        }
    }

    /**
     * Cancels the run (Ctrl-C): it stops at the next page or article, the journal closed in order.
     */
    public void cancel() {
        cancelled = true;
        ProgressLines running = progress;
        if (running != null) {
            running.setCanceled(true);
        }
    }

    /** What a run says besides its progress lines: in its language, on standard error. */
    private record Notes(Texts text, PrintStream err) {
    }

    /**
     * @param attachments where the attachments are kept, or {@code null}: nowhere (digests only)
     * @param importing whether the plan's attachments must be in {@code attachments}
     * @return the plan kept in {@code --plan} when made from the same inputs (and, to import, with its attachments in
     *         {@code attachments}), else the source read (and the plan kept there)
     */
    private MigrationPlan plan(MigrateOptions options, MigrationSettings settings, KnownUrls known, Path attachments,
            boolean importing, Notes notes) throws IOException {
        String fingerprint = options.plan == null ? null : fingerprint(options);
        if (options.plan != null) {
            Optional<MigrationPlan> taken = PlanFile.read(options.plan, fingerprint, importing ? attachments : null);
            if (taken.isPresent()) {
                notes.err().println(notes.text().get("PlanKept", options.plan)); //$NON-NLS-1$
                return taken.get();
            }
        }
        MigrationPlan plan;
        try (LegacySource source = source(options, known)) {
            plan = new Planner(settings).plan(source, attachments == null ? AttachmentStore.DIGEST_ONLY
                    : new DigestFolder(attachments), known, progress);
        }
        if (options.plan != null) {
            PlanFile.write(plan, fingerprint, attachments, options.plan);
        }
        return plan;
    }

    /**
     * @return the SM3 (hex) of what a plan is made from: the source (site, or mirror folder and scheme), the contents
     *         of the URL list, mapping and templates files, the new site, the attachments' size limit and the live
     *         crawl's scope
     */
    private static String fingerprint(MigrateOptions options) throws IOException {
        Path mirror = options.mirror == null ? null : options.mirror.toAbsolutePath().normalize();
        return PlanFile.fingerprint(options.site, mirror, options.scheme, PlanFile.digest(options.urls), PlanFile.digest(options.mapping),
                PlanFile.digest(options.templates), options.newSite, Long.valueOf(options.maxAttachment), options.scope().fingerprint());
    }

    private static LegacySource source(MigrateOptions options, KnownUrls known) {
        return options.site != null ? new CrawlSource(options.site, options.scope().settings(), known.urls())
                : new MirrorSource(options.mirror, options.scheme, known.urls());
    }

    private static Mapping mapping(Path file, Texts text) throws IOException, UsageException {
        try (Reader in = Files.newBufferedReader(file)) {
            return MappingCsv.read(in);
        } catch (MappingCsvException e) {
            throw new UsageException(lines(text.get("BadMapping", file), e.problems())); //$NON-NLS-1$
        }
    }

    /** @return the mapping with its columns (ids or paths) and topics (ids or names) resolved to the platform's ids */
    private static Mapping columnIds(Mapping mapping, PlatformColumns platform, MigrateOptions options, Texts text)
            throws UsageException {
        try {
            return MappingCsv.resolve(mapping, ref -> platform.columnId(ref, options.newSite), platform::topicId);
        } catch (MappingCsvException e) {
            throw new UsageException(lines(text.get("BadMappingColumns", options.mapping), e.problems())); //$NON-NLS-1$
        }
    }

    private static List<TemplateRule> templates(MigrateOptions options, Texts text) throws IOException, UsageException {
        return options.templates == null ? List.of() : TemplateFile.read(options.templates, text);
    }

    /** @return the heading followed by one indented line per problem (a bad line or entry of an input file) */
    static String lines(String heading, List<?> problems) {
        StringBuilder message = new StringBuilder(heading);
        for (Object problem : problems) {
            message.append(System.lineSeparator()).append("  ").append(problem); //$NON-NLS-1$
        }
        return message.toString();
    }

    private static boolean problems(MigrationReport report) {
        return !report.unresolved().isEmpty() || !report.extractionFailures().isEmpty()
                || !report.imports(ImportResult.Status.FAILED).isEmpty() || !report.plan().listProblems().isEmpty();
    }

    private static void summary(MigrationReport report, MigrateOptions options, Texts text, PrintStream out) {
        out.println(text.get("SummaryUrls", report.plan().outcomes().size(), report.statuses(), report.outcomes())); //$NON-NLS-1$
        for (Map.Entry<String, Integer> column : report.articlesPerColumn().entrySet()) {
            out.println(text.get("SummaryColumn", column.getKey(), column.getValue())); //$NON-NLS-1$
        }
        out.println(text.get("SummaryProblems", report.extractionFailures().size(), report.unresolved().size(), //$NON-NLS-1$
                report.duplicates().size(), report.undated().size(), report.plan().listProblems().size()));
        if (!report.imports().isEmpty() || options.runImport) {
            out.println(text.get("SummaryImport", report.imports(ImportResult.Status.IMPORTED).size(), //$NON-NLS-1$
                    report.imports(ImportResult.Status.ALREADY_IMPORTED).size(),
                    report.imports(ImportResult.Status.FAILED).size(), options.journal));
        }
        if (options.redirects()) {
            RedirectStep.summary(report, options, text, out);
        }
        if (options.report != null) {
            out.println(text.get("SummaryReport", options.report)); //$NON-NLS-1$
        }
    }
}
