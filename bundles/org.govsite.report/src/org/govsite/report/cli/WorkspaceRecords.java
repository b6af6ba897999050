package org.govsite.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.audit.cli.UsageException;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.SpotChecks;
import org.govsite.store.PlatformInfo;
import org.govsite.store.PlatformStore;

/**
 * What the supervision report reads from the workbench's workspace ({@code <workspace>/store}): the sites of a
 * platform of the platform store ({@code govsite.mv.db}, docs/store.md) and the audit runs of those sites in the
 * audit history ({@code audits.mv.db}, docs/audit.md "History"). Both files must exist: opening creates missing
 * databases, which a mistyped folder must not do. The workbench holds them open while it runs (one program at a
 * time): the store's message says so.
 *
 * @param sites the platform's sites
 * @param runs the audit runs of their hosts (main domains and aliases)
 */
record WorkspaceRecords(List<Site> sites, List<AuditRun> runs) {

    /**
     * @param platformId the platform wanted ({@code --platform}), null when the store holds only one
     * @throws UsageException if a database is missing, or the platform is not (or not alone) in the store
     */
    static WorkspaceRecords read(Path store, String platformId, ReportTexts text) throws UsageException {
        for (String database : List.of(PlatformStore.DATABASE_NAME, AuditHistory.DATABASE_NAME)) {
            Path file = store.resolve(database + ".mv.db"); //$NON-NLS-1$
            if (!Files.isRegularFile(file)) {
                throw new UsageException(text.get("Cli_noDatabase", file)); //$NON-NLS-1$
            }
        }
        List<Site> sites;
        try (PlatformStore platforms = PlatformStore.open(store)) {
            String id = platformId(platforms.list(), platformId, text);
            Platform platform = platforms.load(id, null)
                    .orElseThrow(() -> new UsageException(text.get("Cli_unknownPlatform", id, ""))); //$NON-NLS-1$ //$NON-NLS-2$
            sites = List.copyOf(platform.getSites());
        }
        Set<String> hosts = new HashSet<>();
        for (Site site : sites) {
            List<String> domains = new ArrayList<>(site.getAliases());
            domains.add(site.getMainDomain());
            domains.stream().filter(domain -> domain != null).forEach(domain -> hosts.add(domain.toLowerCase(Locale.ROOT)));
        }
        List<AuditRun> runs = new ArrayList<>();
        try (AuditHistory history = AuditHistory.open(store)) {
            history.sites().forEach(home -> runs.addAll(history.runs(home)));
        }
        runs.removeIf(run -> !hosts.contains(SpotChecks.host(run)));
        return new WorkspaceRecords(sites, runs);
    }

    private static String platformId(List<PlatformInfo> stored, String wanted, ReportTexts text)
            throws UsageException {
        List<String> ids = stored.stream().map(PlatformInfo::id).toList();
        if (wanted != null && ids.contains(wanted)) {
            return wanted;
        }
        if (wanted == null && ids.size() == 1) {
            return ids.get(0);
        }
        String known = String.join(", ", ids); //$NON-NLS-1$
        throw new UsageException(wanted == null ? text.get("Cli_choosePlatform", known) //$NON-NLS-1$
                : text.get("Cli_unknownPlatform", wanted, known)); //$NON-NLS-1$
    }
}
