package org.govsite.migration.batch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.MigrationNotice;
import org.govsite.client.PlatformClient;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.Verification;
import org.govsite.migration.after.ArchiveSnapshots;
import org.govsite.migration.after.MigrationNotices;
import org.govsite.migration.cli.ReportFile;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Step 6 for an imported batch (docs/migration.md, "Batches"): the redirect table of the batch's plan (the one kept
 * by its last dry run or import while its settings are those it was made from, else read again: {@link BatchPlans})
 * and of what its journal records as imported, put onto the platform after the archived
 * pages' snapshots, exported as CSV and an nginx map, the migration notices of its old hosts, and the verification
 * of every old URL. Each step leaves what it did in the batch ({@link AfterSteps}, saved) and, when it changes the
 * table or verifies it, the report files; a cancelled or failed step leaves the batch as it was.
 */
public final class BatchAfter {
    /** Entries per {@code PUT /api/v1/redirects/{host}}. */
    private static final int UPLOAD_BATCH = 500;
    /** Snapshots per {@code PUT /api/v1/archives/{host}}. */
    private static final int SNAPSHOT_BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BatchStore store;

    public BatchAfter(BatchStore store) {
        this.store = store;
    }

    /**
     * A notice to publish.
     *
     * @param site the platform site the content went to (its id)
     * @param superiorSite the superior portal that shows the notice too (its id)
     * @param days at least {@link MigrationNotices#MIN_DAYS}
     */
    public record Notice(String site, String superiorSite, String title, String text, int days) {
    }

    /**
     * Stores the archived pages' snapshots, then uploads the redirect table (as {@code govsite migrate
     * --upload-redirects}).
     *
     * @return the report with the uploaded table (also written to the report files)
     * @throws BatchException when the batch is not imported or its settings are wrong
     */
    public MigrationReport publishRedirects(MigrationBatch batch, PlatformClient client, IProgressMonitor monitor)
            throws BatchException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        MigrationReport report = imported(batch, progress.split(2));
        ArchiveSnapshots.Result archived;
        try (LegacySource source = BatchSources.open(batch, BatchSources.knownUrls(batch).urls())) {
            archived = new ArchiveSnapshots(client, source, SNAPSHOT_BATCH).upload(report.plan(), report.redirectTable(),
                    progress.split(1));
        }
        new RedirectUpload(client, UPLOAD_BATCH).upload(archived.table(), progress.split(1));
        MigrationReport published = report.withRedirects(archived.table());
        writeReport(batch, published);
        AfterSteps after = batch.after;
        after.published = Instant.now().toString();
        after.moved = archived.table().entries(Redirect.Kind.MOVED).size();
        after.gone = archived.table().entries(Redirect.Kind.GONE).size();
        after.notReady = archived.table().entries(Redirect.Kind.NOT_READY).size();
        after.snapshots = archived.snapshots().size();
        after.filesNotArchived = new ArrayList<>();
        archived.filesMissing().forEach((url, reason) -> after.filesNotArchived.add(url + " (" + reason + ")")); //$NON-NLS-1$ //$NON-NLS-2$
        store.save(batch);
        return published;
    }

    /**
     * Writes the redirect table as CSV and as the nginx map of all its old hosts, each through a temporary file renamed
     * into place.
     *
     * @return the old hosts of the nginx map, comma separated
     */
    public String exportRedirects(MigrationBatch batch, Path csv, Path nginxMap, IProgressMonitor monitor)
            throws BatchException, IOException {
        RedirectTable table = expected(imported(batch, monitor));
        List<String> oldHosts = table.hosts();
        if (oldHosts.isEmpty()) {
            throw new BatchException(Messages.NoOldUrls);
        }
        String hosts = String.join(", ", oldHosts); //$NON-NLS-1$
        RedirectExports.csv(table, csv);
        RedirectExports.nginxMap(table, oldHosts, nginxMap);
        AfterSteps after = batch.after;
        after.exported = Instant.now().toString();
        after.csvFile = csv.toString();
        after.nginxMap = nginxMap.toString();
        after.oldHost = hosts;
        store.save(batch);
        return hosts;
    }

    /**
     * Publishes the migration notices of the batch's old hosts (idempotent: a shown notice keeps its start).
     *
     * @return the notices as the platform keeps them
     * @throws org.govsite.client.ClientException when the platform refuses (e.g. fewer than 30 days) or is unreachable
     */
    public List<MigrationNotice> publishNotices(MigrationBatch batch, PlatformClient client, Notice notice,
            IProgressMonitor monitor) throws BatchException, IOException {
        if (notice.days() < MigrationNotices.MIN_DAYS) {
            throw new BatchException(NLS.bind(org.govsite.migration.Messages.NoticeTooShort, MigrationNotices.MIN_DAYS,
                    notice.days()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        RedirectTable table = imported(batch, progress.split(2)).redirectTable();
        List<MigrationNotice> published = new MigrationNotices(client, Clock.systemUTC()).publish(table.hosts(),
                notice.site(), notice.superiorSite(), notice.title(), notice.text(), notice.days(), progress.split(1));
        AfterSteps after = batch.after;
        after.noticed = Instant.now().toString();
        after.noticeTitle = notice.title();
        after.notices = published.stream().map(n -> NLS.bind(Messages.NoticePeriod, new Object[] { n.host(), n.start(), n.end() }))
                .toList();
        store.save(batch);
        return published;
    }

    /**
     * The verification audit of every old URL: directly, or through the platform's address with the old host (before
     * the DNS change).
     *
     * @param through the platform's address, or null
     * @return the report with each URL's finding (also written to the report files)
     */
    public MigrationReport verify(MigrationBatch batch, URI through, IProgressMonitor monitor)
            throws BatchException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        MigrationReport report = imported(batch, progress.split(2));
        RedirectTable table = expected(report);
        MigrationReport verified;
        try (RedirectVerifier verifier = through == null ? RedirectVerifier.direct() : RedirectVerifier.through(through)) {
            verified = report.withRedirects(table).withVerifications(verifier.verify(table, progress.split(1)));
        }
        writeReport(batch, verified);
        AfterSteps after = batch.after;
        after.verified = Instant.now().toString();
        after.passed = verified.verifications(true).size();
        after.failed = verified.verifications(false).size();
        store.save(batch);
        return verified;
    }

    /**
     * @return the old URLs that failed the batch's last verification, with the evidence, in URL order (from its
     *         {@code report.json}; none when there is no report or no verification)
     * @throws IOException when the report cannot be read
     */
    public List<Verification> failedVerifications(MigrationBatch batch) throws IOException {
        Path file = store.report(batch.id, true);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Verification> failed = new ArrayList<>();
        for (JsonNode row : JSON.readTree(file.toFile()).path("urls")) { //$NON-NLS-1$
            if ("false".equals(row.path("verified").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
                failed.add(new Verification(URI.create(row.path("url").asText()), false, row.path("verification").asText())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return failed;
    }

    /**
     * @return the batch's plan ({@link BatchPlans#kept}) with what its journal records as imported
     * @throws BatchException when nothing was imported yet
     */
    private MigrationReport imported(MigrationBatch batch, IProgressMonitor monitor) throws BatchException, IOException {
        Path journalFile = store.journal(batch.id);
        if (!Files.isRegularFile(journalFile)) {
            throw new BatchException(Messages.NotImported);
        }
        KnownUrls list = BatchSources.knownUrls(batch);
        MigrationReport report = MigrationReport.of(BatchPlans.kept(store, batch, list, monitor),
                BatchSources.settings(batch).samplesPerColumn());
        try (JournalFile journal = JournalFile.open(journalFile)) {
            return report.withImports(journal.results(report.plan()));
        }
    }

    /** @return the table with the archived pages' snapshots an upload stored */
    private static RedirectTable expected(MigrationReport report) {
        return ArchiveSnapshots.expected(report.plan(), report.redirectTable());
    }

    private void writeReport(MigrationBatch batch, MigrationReport report) throws IOException {
        ReportFile.write(report, store.report(batch.id, true));
        ReportFile.write(report, store.report(batch.id, false));
    }
}
