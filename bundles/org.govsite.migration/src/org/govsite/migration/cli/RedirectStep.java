package org.govsite.migration.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.govsite.audit.export.Texts;
import org.govsite.client.PlatformClient;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.Verification;
import org.govsite.migration.after.ArchiveSnapshots;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.LegacySource;
import org.govsite.store.interchange.AtomicFile;

/**
 * Step 6 of {@code govsite migrate} (docs/migration.md, "Command line"): the redirect table of the run's plan and
 * import results uploaded to the platform, exported as CSV and as an nginx map, and verified; the verification goes
 * into the report. The upload first stores the archived pages' snapshots (已归档) so that the 410s link them; a run
 * without it takes the snapshots an earlier upload stored ({@link ArchiveSnapshots#expected}).
 */
final class RedirectStep {
    /** Entries per {@code PUT /api/v1/redirects/{host}}. */
    private static final int UPLOAD_BATCH = 500;
    /** Snapshots per {@code PUT /api/v1/archives/{host}}. */
    private static final int SNAPSHOT_BATCH = 100;

    private RedirectStep() {
    }

    /**
     * @param client logged in as a content editor ({@code --upload-redirects}), else unused
     * @param sources opens the legacy site again ({@code --upload-redirects}: the archived pages' snapshots)
     * @param monitor progress and cancel (checked before each upload batch and each verified URL)
     * @return {@code report} with the verification's findings when {@code --verify} asked for it
     */
    static MigrationReport run(MigrateOptions options, PlatformClient client, MigrationReport report,
            Supplier<LegacySource> sources, IProgressMonitor monitor, Texts text, PrintStream out) throws IOException {
        RedirectTable planned = report.redirectTable();
        RedirectTable table = options.uploadRedirects ? archive(client, report, planned, sources, monitor, text, out)
                : ArchiveSnapshots.expected(report.plan(), planned);
        if (options.uploadRedirects) {
            RedirectUpload.Result uploaded = new RedirectUpload(client, UPLOAD_BATCH).upload(table, monitor);
            out.println(text.get("SummaryUpload", uploaded.sent(), uploaded.deleted())); //$NON-NLS-1$
        }
        if (options.redirectsCsv != null) {
            write(options.redirectsCsv, out, text, writer -> RedirectExports.csv(table, writer));
        }
        if (options.nginxMap != null) {
            write(options.nginxMap, out, text, writer -> RedirectExports.nginxMap(table, options.oldHost, writer));
        }
        MigrationReport verified = report.withRedirects(table);
        if (options.verify) {
            try (RedirectVerifier verifier = options.through == null ? RedirectVerifier.direct()
                    : RedirectVerifier.through(options.through)) {
                verified = verified.withVerifications(verifier.verify(table, monitor));
            }
        }
        return verified;
    }

    /**
     * Stores the archived pages' snapshots on the platform before the table goes up, so that its 410s link them.
     *
     * @return the table with the archived pages' entries pointing at their snapshots
     */
    private static RedirectTable archive(PlatformClient client, MigrationReport report, RedirectTable table,
            Supplier<LegacySource> sources, IProgressMonitor monitor, Texts text, PrintStream out) {
        try (LegacySource source = sources.get()) {
            ArchiveSnapshots.Result archived = new ArchiveSnapshots(client, source, SNAPSHOT_BATCH).upload(report.plan(), table, monitor);
            out.println(text.get("SummaryArchived", archived.snapshots().size(), archived.skipped().size(), archived.deleted().size())); //$NON-NLS-1$
            archived.skipped().forEach((url, reason) -> out.println(text.get("SummaryNotArchived", url, reason))); //$NON-NLS-1$
            return archived.table();
        }
    }

    /** @return whether the redirect step leaves work: URLs not ready or failing the verification */
    static boolean problems(MigrationReport report) {
        return !report.redirectTable().entries(Redirect.Kind.NOT_READY).isEmpty()
                || !report.verifications(false).isEmpty();
    }

    /** Prints the redirect table's counts, each URL not ready with its reason and the verification's failures. */
    static void summary(MigrationReport report, MigrateOptions options, Texts text, PrintStream out) {
        RedirectTable table = report.redirectTable();
        out.println(text.get("SummaryRedirects", table.entries(Redirect.Kind.MOVED).size(), //$NON-NLS-1$
                table.entries(Redirect.Kind.GONE).size(), table.entries(Redirect.Kind.NOT_READY).size()));
        for (Redirect entry : table.entries(Redirect.Kind.NOT_READY)) {
            out.println(text.get("SummaryNotReady", entry.oldUrl(), entry.reason())); //$NON-NLS-1$
        }
        if (options.verify) {
            out.println(text.get("SummaryVerify", report.verifications(true).size(), report.verifications(false).size())); //$NON-NLS-1$
            for (Verification failed : report.verifications(false)) {
                out.println(text.get("SummaryVerifyFailed", failed.oldUrl(), failed.evidence())); //$NON-NLS-1$
            }
        }
    }

    /** What writes an export. */
    @FunctionalInterface
    private interface Export {
        void to(Writer writer) throws IOException;
    }

    /** Writes an export (UTF-8) through a temporary file renamed into place. */
    private static void write(Path file, PrintStream out, Texts text, Export export) throws IOException {
        AtomicFile.replace(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            export.to(writer);
            writer.flush();
        });
        out.println(text.get("SummaryExport", file)); //$NON-NLS-1$
    }
}
