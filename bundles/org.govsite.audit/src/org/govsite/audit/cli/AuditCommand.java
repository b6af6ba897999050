package org.govsite.audit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.audit.Audit;
import org.govsite.audit.AuditSettings;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.export.AuditReports;
import org.govsite.audit.export.Texts;
import org.govsite.model.validation.Severity;

/**
 * {@code govsite audit}: crawls home pages with the link and content checks and writes the findings as JSON, CSV,
 * XLSX or HTML (AuditReports).
 * UI-free; the Equinox application {@code org.govsite.audit.cli} runs it. Options and exit codes: docs/audit.md.
 */
public final class AuditCommand {
    /** No finding of severity ERROR. */
    public static final int OK = CommandPrelude.OK;
    /** At least one finding of severity ERROR. */
    public static final int ERRORS = 1;
    /** Bad usage: nothing was crawled. */
    public static final int USAGE = CommandPrelude.USAGE;
    /** A home page could not be read, or the output not written. */
    public static final int FAILED = 3;

    /**
     * @param args the options and home page URLs
     * @param out receives the findings (unless {@code --output}) or the help
     * @param err receives progress lines, usage errors and the summary
     * @return the exit code: {@link #OK}, {@link #ERRORS}, {@link #USAGE} or {@link #FAILED}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Locale language = Texts.language(args);
        Texts text = new Texts("org.govsite.audit.cli.messages", language); //$NON-NLS-1$
        CommandPrelude<AuditOptions> prelude = CommandPrelude.parse(() -> AuditOptions.parse(args, text),
                options -> options.help, text.get("Usage"), text.get("UsageHint"), out, err); //$NON-NLS-1$ //$NON-NLS-2$
        if (prelude.done()) {
            return prelude.exit();
        }
        AuditOptions options = prelude.options();
        Audit audit = new Audit(new AuditSettings(options.crawlSettings(),
                ContentSettings.defaults().withSensitiveWords(options.sensitiveWords).withTypos(options.typos), options.verdictSettings(),
                options.freshness),
                Clock.systemUTC());
        ProgressLines progress = new ProgressLines(err, text);
        List<SiteAudit> sites = new ArrayList<>();
        for (URI home : options.homes) {
            SiteAudit site = audit.run(home, progress);
            sites.add(site);
            if (site.pages() == 0) {
                err.println(text.get("HomeUnreadable", home)); //$NON-NLS-1$
            }
        }
        try {
            if (options.output == null) {
                AuditReports.write(sites, options.format, language, out);
            } else {
                try (OutputStream file = Files.newOutputStream(options.output)) {
                    AuditReports.write(sites, options.format, language, file);
                }
            }
        } catch (IOException e) {
            err.println(text.get("OutputFailed", options.output, e.toString())); //$NON-NLS-1$
            return FAILED;
        }
        List<Finding> rows = sites.stream().flatMap(site -> site.findings().stream()).toList();
        long errors = rows.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        err.println(text.get("Summary", sites.stream().mapToInt(SiteAudit::pages).sum(), //$NON-NLS-1$
                rows.size(), errors));
        if (sites.stream().anyMatch(site -> site.pages() == 0)) {
            return FAILED;
        }
        return errors > 0 ? ERRORS : OK;
    }
}
