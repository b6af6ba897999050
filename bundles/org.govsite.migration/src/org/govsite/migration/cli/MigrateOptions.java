package org.govsite.migration.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.govsite.audit.cli.Arguments;
import org.govsite.audit.cli.LoginOptions;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;

/**
 * The options of {@code govsite migrate} (docs/migration.md, "Command line"), checked before anything is read.
 */
final class MigrateOptions {
    /** Report formats, chosen by the report file's extension. */
    enum Format {
        JSON, CSV
    }

    URI site;
    Path mirror;
    String scheme = "http"; //$NON-NLS-1$
    Path urls;
    Path mapping;
    Path templates;
    URI newSite;
    Path attachments;
    Path report;
    Format format;
    boolean runImport;
    Path journal;
    int batch = 50;
    String defaultSource;
    boolean help;
    final LoginOptions login;

    private MigrateOptions(List<String> args) {
        login = new LoginOptions(args);
    }

    static MigrateOptions parse(List<String> args, Texts text) throws UsageException {
        MigrateOptions options = new MigrateOptions(args);
        Arguments it = new Arguments(args);
        for (String option = it.nextOption(); option != null; option = it.nextOption()) {
            switch (option) {
            case "--site" -> options.site = url(option, it.single(option), text); //$NON-NLS-1$
            case "--mirror" -> options.mirror = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--scheme" -> options.scheme = it.choice(option, it.single(option), List.of("http", "https")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "--urls" -> options.urls = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--mapping" -> options.mapping = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--templates" -> options.templates = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--new-site" -> options.newSite = url(option, it.single(option), text); //$NON-NLS-1$
            case "--attachments" -> options.attachments = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--report" -> options.report = report(it.path(option, it.single(option)), options, text); //$NON-NLS-1$
            case "--import" -> options.runImport = true; //$NON-NLS-1$
            case "--journal" -> options.journal = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--batch" -> options.batch = batch(option, it.single(option), text); //$NON-NLS-1$
            case "--default-source" -> options.defaultSource = it.single(option); //$NON-NLS-1$
            default -> {
                if (!options.login.parse(option, it)) {
                    throw it.unknownOption(option);
                }
            }
            }
        }
        options.help = it.help();
        if (!options.help) {
            options.check(text);
        }
        return options;
    }

    private void check(Texts text) throws UsageException {
        if ((site == null) == (mirror == null)) {
            throw new UsageException(text.get("SiteOrMirror")); //$NON-NLS-1$
        }
        required("--mapping", mapping == null, text); //$NON-NLS-1$
        required("--new-site", newSite == null, text); //$NON-NLS-1$
        if (runImport) {
            login.check();
            required("--journal", journal == null, text); //$NON-NLS-1$
            required("--default-source", defaultSource == null || defaultSource.isBlank(), text); //$NON-NLS-1$
        } else if (login.server() != null || journal != null) {
            throw new UsageException(text.get("ImportOptionsWithoutImport")); //$NON-NLS-1$
        }
    }

    /** @return where the import keeps the attachments: {@code --attachments}, else {@code attachments} beside the journal */
    Path attachmentFolder() {
        if (attachments != null) {
            return attachments;
        }
        Path parent = journal.toAbsolutePath().getParent();
        return parent.resolve("attachments"); //$NON-NLS-1$
    }

    private static void required(String option, boolean missing, Texts text) throws UsageException {
        if (missing) {
            throw new UsageException(text.get("MissingOption", option)); //$NON-NLS-1$
        }
    }

    private static URI url(String option, String value, Texts text) throws UsageException {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) { //$NON-NLS-1$ //$NON-NLS-2$
                return uri.getPath().isEmpty() ? uri.resolve("/") : uri; //$NON-NLS-1$
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(text.get("BadUrl", option, value)); //$NON-NLS-1$
    }

    private static Path report(Path file, MigrateOptions options, Texts text) throws UsageException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (name.endsWith(".json")) { //$NON-NLS-1$
            options.format = Format.JSON;
        } else if (name.endsWith(".csv")) { //$NON-NLS-1$
            options.format = Format.CSV;
        } else {
            throw new UsageException(text.get("BadReportFile", file)); //$NON-NLS-1$
        }
        return file;
    }

    private static int batch(String option, String value, Texts text) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadBatch", option, value)); //$NON-NLS-1$
    }
}
