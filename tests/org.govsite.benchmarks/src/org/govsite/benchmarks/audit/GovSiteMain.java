package org.govsite.benchmarks.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.govsite.audit.Audit;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.export.AuditReports;
import org.govsite.audit.export.ReportFormat;
import org.govsite.audit.verdict.VerdictSettings;

/**
 * GovSite's audit as {@code govsite audit --per-host 16 --timeout 10 --format csv --output FILE URL} does it (crawl,
 * link and content checks, verdict, CSV report), on a flat class path for the audit.govsite benchmark's process.
 * Arguments: home page URL, output file.
 */
public final class GovSiteMain {
    private static final int PER_HOST = 16;

    private GovSiteMain() {
    }

    public static void main(String[] args) throws IOException {
        CrawlSettings defaults = CrawlSettings.defaults();
        CrawlSettings crawl = CrawlSettings.builder().connections(PER_HOST, defaults.maxConnections())
                .timeouts(defaults.connectTimeout(), Duration.ofSeconds(10), Duration.ofSeconds(10)).build();
        Audit audit = new Audit(new AuditSettings(crawl, ContentSettings.defaults(), VerdictSettings.defaults()),
                Clock.systemUTC());
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            AuditReports.write(List.of(audit.run(URI.create(args[0]), new NullProgressMonitor())), ReportFormat.CSV,
                    Locale.ROOT, out);
        }
    }
}
