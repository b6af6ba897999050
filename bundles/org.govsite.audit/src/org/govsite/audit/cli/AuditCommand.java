package org.govsite.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.govsite.audit.cli.AuditOptions.UsageException;
import org.govsite.audit.content.ContentChecks;
import org.govsite.audit.content.ContentFinding;
import org.govsite.audit.content.ContentSettings;
import org.govsite.audit.crawl.CrawlResult;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Crawler;
import org.govsite.audit.links.LinkChecks;
import org.govsite.model.validation.Severity;

/**
 * {@code govsite audit}: crawls home pages with the link and content checks and writes the findings as JSON or CSV.
 * UI-free; the Equinox application {@code org.govsite.audit.cli} runs it. Options and exit codes: docs/audit.md.
 */
public final class AuditCommand {
    /** No finding of severity ERROR. */
    public static final int OK = 0;
    /** At least one finding of severity ERROR. */
    public static final int ERRORS = 1;
    /** Bad usage: nothing was crawled. */
    public static final int USAGE = 2;
    /** A home page could not be read, or the output not written. */
    public static final int FAILED = 3;

    private static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> r.page().toString())
            .thenComparing(Row::rule).thenComparing(Row::target).thenComparing(Row::evidence);

    /**
     * @param args the options and home page URLs
     * @param out receives the findings (unless {@code --output}) or the help
     * @param err receives progress lines, usage errors and the summary
     * @return the exit code: {@link #OK}, {@link #ERRORS}, {@link #USAGE} or {@link #FAILED}
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CliText text = new CliText(AuditOptions.language(args));
        AuditOptions options;
        try {
            options = AuditOptions.parse(args, text);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(text.get("UsageHint")); //$NON-NLS-1$
            return USAGE;
        }
        if (options.help) {
            out.println(text.get("Usage")); //$NON-NLS-1$
            return OK;
        }
        CrawlSettings settings = options.crawlSettings();
        ContentChecks checks = new ContentChecks(ContentSettings.defaults().withSensitiveWords(options.sensitiveWords));
        ProgressLines progress = new ProgressLines(err, text);
        Map<URI, Integer> pagesByHome = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (URI home : options.homes) {
            Queue<ContentFinding> content = new ConcurrentLinkedQueue<>();
            CrawlResult crawl = new Crawler(settings).crawl(home, progress, checks.into(content));
            pagesByHome.put(home, crawl.pages().size());
            if (crawl.pages().isEmpty()) {
                err.println(text.get("HomeUnreadable", home)); //$NON-NLS-1$
            }
            LinkChecks.findings(crawl, settings).forEach(finding -> rows.add(Row.of(finding)));
            content.forEach(finding -> rows.add(Row.of(finding)));
        }
        rows.sort(ORDER);
        try {
            byte[] bytes = options.csv ? FindingWriter.csv(rows, text) : FindingWriter.json(pagesByHome, rows, text);
            if (options.output == null) {
                out.write(bytes);
                out.flush();
            } else {
                Files.write(options.output, bytes);
            }
        } catch (IOException e) {
            err.println(text.get("OutputFailed", options.output, e.toString())); //$NON-NLS-1$
            return FAILED;
        }
        long errors = rows.stream().filter(row -> row.severity() == Severity.ERROR).count();
        err.println(text.get("Summary", pagesByHome.values().stream().mapToInt(Integer::intValue).sum(), //$NON-NLS-1$
                rows.size(), errors));
        if (pagesByHome.containsValue(0)) {
            return FAILED;
        }
        return errors > 0 ? ERRORS : OK;
    }
}
