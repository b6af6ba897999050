package org.govsite.migration.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.client.MigrationNotice;
import org.govsite.client.PlatformClient;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.Verification;
import org.govsite.migration.after.ArchiveSnapshots;
import org.govsite.migration.after.MigrationNotices;
import org.govsite.migration.after.NoticeWording;
import org.govsite.migration.after.PlatformSites;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.LegacySource;
import org.govsite.protocol.PageTime;

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
     * The notices of {@code --notice}: the new site and the superior portal on the platform, and the wording.
     *
     * @param site the site the content went to
     * @param superior the superior portal that shows the notices too
     */
    record Notices(PlatformSites.Site site, PlatformSites.Site superior, NoticeWording wording) {
    }

    /**
     * Looks up the notices' sites after the login, before anything is read (a wrong site costs no crawl).
     *
     * @return the notices to publish, or null without {@code --notice}
     * @throws UsageException when the platform has no site at the new site's address, none for
     *         {@code --superior-portal}, or, without it, no portal above the new site's host
     *         ({@link PlatformSites#superiorPortal})
     */
    static Notices notices(MigrateOptions options, PlatformClient client, Texts text) throws UsageException {
        if (!options.notice) {
            return null;
        }
        PlatformSites sites = PlatformSites.read(client);
        try {
            PlatformSites.Site site = sites.find(options.newSite.toString());
            NoticeWording wording = NoticeWording.defaults(options.language, site.name(), site.address(options.newSite),
                    LocalDate.now(PageTime.ZONE)).with(options.noticeTitle, options.noticeText);
            PlatformSites.Site superior = options.superiorPortal == null ? sites.superiorPortal(site)
                    .orElseThrow(() -> new IllegalArgumentException(text.get("NoSuperiorPortal", site.name()))) //$NON-NLS-1$
                    : sites.find(options.superiorPortal);
            return new Notices(site, superior, wording);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * @param client logged in as a content editor ({@code --upload-redirects}), else unused
     * @param sources opens the legacy site again ({@code --upload-redirects}: the archived pages' snapshots)
     * @param notices the notices to publish for the table's old hosts ({@code --notice}), else null
     * @param monitor progress and cancel (checked before each upload batch and each verified URL)
     * @return {@code report} with the verification's findings when {@code --verify} asked for it
     */
    static MigrationReport run(MigrateOptions options, PlatformClient client, MigrationReport report,
            Supplier<LegacySource> sources, Notices notices, IProgressMonitor monitor, Texts text, PrintStream out)
            throws IOException {
        RedirectTable planned = report.redirectTable();
        RedirectTable table = options.uploadRedirects ? archive(client, report, planned, sources, monitor, text, out)
                : ArchiveSnapshots.expected(report.plan(), planned);
        if (options.uploadRedirects) {
            RedirectUpload.Result uploaded = new RedirectUpload(client, UPLOAD_BATCH).upload(table, monitor);
            out.println(text.get("SummaryUpload", uploaded.sent(), uploaded.deleted())); //$NON-NLS-1$
        }
        if (notices != null) {
            out.println(text.get("SummaryNoticeTitle", notices.wording().title())); //$NON-NLS-1$
            for (MigrationNotice notice : new MigrationNotices(client, Clock.systemUTC()).publish(table.hosts(),
                    notices.site().id(), notices.superior().id(), notices.wording().title(), notices.wording().text(),
                    options.noticeDays, monitor)) {
                out.println(text.get("SummaryNotice", notice.host(), notice.start(), notice.end(), notices.superior().name())); //$NON-NLS-1$
            }
        }
        if (options.redirectsCsv != null) {
            RedirectExports.csv(table, options.redirectsCsv);
            out.println(text.get("SummaryExport", options.redirectsCsv)); //$NON-NLS-1$
        }
        if (options.nginxMap != null) {
            RedirectExports.nginxMap(table, options.oldHost == null ? table.hosts() : List.of(options.oldHost),
                    options.nginxMap);
            out.println(text.get("SummaryExport", options.nginxMap)); //$NON-NLS-1$
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
            archived.filesMissing().forEach((url, reason) -> out.println(text.get("SummaryFileNotArchived", url, reason))); //$NON-NLS-1$
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
}
