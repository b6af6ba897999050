package org.govsite.migration.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.govsite.audit.cli.Arguments;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.cli.LoginOptions;
import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.migration.MigrationSettings;
import org.govsite.migration.after.MigrationNotices;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.source.CrawlScope;

/**
 * The options of {@code govsite migrate} (docs/migration.md, "Command line"), checked before anything is read.
 */
final class MigrateOptions {
    /** Report formats, chosen by the report file's extension. */
    enum Format {
        JSON, CSV
    }

    URI site;
    /** {@code --ca-certs}: files of CA certificates the crawl of {@link #site} trusts besides the JDK's */
    final List<Path> caCertificates = new ArrayList<>();
    /** whom the crawl's https connections trust: null for the JDK's default */
    SSLContext sslContext;
    /** {@code --prefix}, {@code --include}, {@code --exclude}: the live crawl's scope */
    final List<String> prefixes = new ArrayList<>();
    final List<Pattern> include = new ArrayList<>();
    final List<Pattern> exclude = new ArrayList<>();
    /** {@code --max-pages}: pages the live crawl reads at most, or {@code null}: the crawler's default */
    Integer maxPages;
    /** {@code --ignore-robots}: the live crawl does not obey robots.txt (for the site's own operators) */
    boolean ignoreRobots;
    Path mirror;
    String scheme = "http"; //$NON-NLS-1$
    Path urls;
    Path mapping;
    Path templates;
    URI newSite;
    Path attachments;
    /** {@code --plan}: where the plan is kept between runs, or {@code null}: every run reads the source */
    Path plan;
    Path report;
    Format format;
    boolean runImport;
    Path journal;
    int batch = 50;
    /** {@code --in-flight}, or {@code null}: {@link ImportSettings#DEFAULT_REQUESTS_IN_FLIGHT} */
    Integer inFlight;
    boolean noBulk;
    /** {@code --undated-time}: the time given to undated articles, or {@code null} */
    LocalDateTime undatedTime;
    String defaultSource;
    long maxAttachment = MigrationSettings.DEFAULT_MAX_ATTACHMENT_BYTES;
    boolean uploadRedirects;
    Path redirectsCsv;
    Path nginxMap;
    /** {@code --old-host}: the one old host of the nginx map, or {@code null}: every old host of the table */
    String oldHost;
    boolean verify;
    URI through;
    boolean notice;
    int noticeDays = MigrationNotices.MIN_DAYS;
    String noticeTitle;
    String noticeText;
    String superiorPortal;
    /** The language of the messages and of the notice's default wording ({@code --lang}). */
    Locale language;
    boolean help;
    final LoginOptions login;

    private static final long MAX_BATCH = 10_000;
    /** The most {@code --max-pages}: ten million. */
    private static final long MAX_PAGES = 10_000_000;
    /** The longest {@code --notice-days}: ten years. */
    private static final int MAX_NOTICE_DAYS = 3_660;
    /** The most {@code --in-flight}: twice the client's 8 pooled connections would only queue. */
    private static final long MAX_IN_FLIGHT = 16;
    /** The largest {@code --max-attachment}: 10 GiB. */
    private static final long MAX_ATTACHMENT = 10L << 30;
    /** A size: a whole number of bytes, or of KiB, MiB or GiB with the suffix K, M or G. */
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,11})([KMG]?)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private MigrateOptions(List<String> args) {
        login = new LoginOptions(args);
    }

    static MigrateOptions parse(List<String> args, Texts text) throws UsageException {
        MigrateOptions options = new MigrateOptions(args);
        options.language = Texts.language(args);
        Arguments it = new Arguments(args);
        for (String option = it.nextOption(); option != null; option = it.nextOption()) {
            switch (option) {
            case "--site" -> options.site = url(option, it.single(option), text); //$NON-NLS-1$
            case "--ca-certs" -> options.caCertificates.add(it.path(option, it.single(option))); //$NON-NLS-1$
            case "--prefix" -> options.prefixes.add(prefix(option, it.single(option), text)); //$NON-NLS-1$
            case "--include" -> options.include.add(it.pattern(option, it.single(option))); //$NON-NLS-1$
            case "--exclude" -> options.exclude.add(it.pattern(option, it.single(option))); //$NON-NLS-1$
            case "--max-pages" -> options.maxPages = Integer.valueOf((int) number(option, it.single(option), MAX_PAGES, text)); //$NON-NLS-1$
            case "--ignore-robots" -> options.ignoreRobots = true; //$NON-NLS-1$
            case "--mirror" -> options.mirror = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--scheme" -> options.scheme = it.choice(option, it.single(option), List.of("http", "https")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "--urls" -> options.urls = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--mapping" -> options.mapping = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--templates" -> options.templates = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--new-site" -> options.newSite = url(option, it.single(option), text); //$NON-NLS-1$
            case "--attachments" -> options.attachments = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--plan" -> options.plan = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--report" -> options.report = report(it.path(option, it.single(option)), options, text); //$NON-NLS-1$
            case "--import" -> options.runImport = true; //$NON-NLS-1$
            case "--journal" -> options.journal = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--batch" -> options.batch = (int) number(option, it.single(option), MAX_BATCH, text); //$NON-NLS-1$
            case "--in-flight" -> options.inFlight = (int) number(option, it.single(option), MAX_IN_FLIGHT, text); //$NON-NLS-1$
            case "--no-bulk" -> options.noBulk = true; //$NON-NLS-1$
            case "--undated-time" -> options.undatedTime = time(option, it.single(option), text); //$NON-NLS-1$
            case "--default-source" -> options.defaultSource = it.single(option); //$NON-NLS-1$
            case "--max-attachment" -> options.maxAttachment = size(option, it.single(option), text); //$NON-NLS-1$
            case "--upload-redirects" -> options.uploadRedirects = true; //$NON-NLS-1$
            case "--redirects-csv" -> options.redirectsCsv = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--nginx-map" -> options.nginxMap = it.path(option, it.single(option)); //$NON-NLS-1$
            case "--old-host" -> options.oldHost = host(option, it.single(option), text); //$NON-NLS-1$
            case "--verify" -> options.verify = true; //$NON-NLS-1$
            case "--through" -> options.through = url(option, it.single(option), text); //$NON-NLS-1$
            case "--notice" -> options.notice = true; //$NON-NLS-1$
            case "--notice-days" -> options.noticeDays = noticeDays(option, it.single(option), text); //$NON-NLS-1$
            case "--notice-title" -> options.noticeTitle = it.single(option); //$NON-NLS-1$
            case "--notice-text" -> options.noticeText = it.single(option); //$NON-NLS-1$
            case "--superior-portal" -> options.superiorPortal = it.single(option); //$NON-NLS-1$
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
            options.sslContext = it.trusting("--ca-certs", options.caCertificates); //$NON-NLS-1$
        }
        return options;
    }

    private void check(Texts text) throws UsageException {
        if ((site == null) == (mirror == null)) {
            throw new UsageException(text.get("SiteOrMirror")); //$NON-NLS-1$
        }
        required("--mapping", mapping == null, text); //$NON-NLS-1$
        required("--new-site", newSite == null, text); //$NON-NLS-1$
        needs("--upload-redirects", "--import | --journal", uploadRedirects && !runImport && journal == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--notice", "--import | --journal", notice && !runImport && journal == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--superior-portal", "--notice", superiorPortal != null && !notice, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--notice-title", "--notice", noticeTitle != null && !notice, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--notice-text", "--notice", noticeText != null && !notice, text); //$NON-NLS-1$ //$NON-NLS-2$
        if (logsIn()) {
            login.check();
        }
        if (runImport) {
            required("--journal", journal == null, text); //$NON-NLS-1$
            required("--default-source", defaultSource == null || defaultSource.isBlank(), text); //$NON-NLS-1$
        } else if (!logsIn() && (login.server() != null || journal != null && !redirects())) {
            throw new UsageException(text.get("ImportOptionsWithoutImport")); //$NON-NLS-1$
        }
        needs("--in-flight", "--import", inFlight != null && !runImport, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--no-bulk", "--import", noBulk && !runImport, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--undated-time", "--import", undatedTime != null && !runImport, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--old-host", "--nginx-map", oldHost != null && nginxMap == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--through", "--verify", through != null && !verify, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--ca-certs", "--site", !caCertificates.isEmpty() && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--prefix", "--site", !prefixes.isEmpty() && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--include", "--site", !include.isEmpty() && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--exclude", "--site", !exclude.isEmpty() && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--max-pages", "--site", maxPages != null && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
        needs("--ignore-robots", "--site", ignoreRobots && site == null, text); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether the run logs in to the platform: to import, to upload the redirect table or to publish notices */
    boolean logsIn() {
        return runImport || uploadRedirects || notice;
    }

    /** @return whether the run goes on to step 6: the redirect table uploaded, exported or verified */
    boolean redirects() {
        return uploadRedirects || redirectsCsv != null || nginxMap != null || verify || notice;
    }

    private static void needs(String option, String needed, boolean missing, Texts text) throws UsageException {
        if (missing) {
            throw new UsageException(text.get("NeedsOption", option, needed)); //$NON-NLS-1$
        }
    }

    /**
     * @return the import's settings: {@code --batch}, {@code --default-source}, {@code --in-flight}, {@code --no-bulk},
     *         {@code --new-site}, {@code --undated-time}
     */
    ImportSettings importSettings() {
        return new ImportSettings(batch, defaultSource, inFlight == null ? ImportSettings.DEFAULT_REQUESTS_IN_FLIGHT : inFlight, !noBulk, newSite,
                undatedTime);
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

    /** @return {@code value} as a whole number from 1 to {@code max} */
    private static long number(String option, String value, long max, Texts text) throws UsageException {
        try {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadNumber", option, value, Long.toString(max))); //$NON-NLS-1$
    }

    /** @return a path prefix of the crawl's scope: one starting with {@code /} */
    private static String prefix(String option, String value, Texts text) throws UsageException {
        if (!value.startsWith("/")) { //$NON-NLS-1$
            throw new UsageException(text.get("BadPrefix", option, value)); //$NON-NLS-1$
        }
        return value;
    }

    /** @return the live crawl's scope: {@code --prefix}, {@code --include}, {@code --exclude}, {@code --max-pages}, robots.txt and {@code --ca-certs} */
    CrawlScope scope() {
        return new CrawlScope(prefixes, include, exclude, maxPages == null ? CrawlSettings.defaults().maxPages() : maxPages.intValue(),
                !ignoreRobots, sslContext);
    }

    /** @return how many days the notices are shown: a whole number from {@link MigrationNotices#MIN_DAYS} */
    private static int noticeDays(String option, String value, Texts text) throws UsageException {
        try {
            int days = Integer.parseInt(value);
            if (days >= MigrationNotices.MIN_DAYS && days <= MAX_NOTICE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadNoticeDays", option, value, //$NON-NLS-1$
                Integer.toString(MigrationNotices.MIN_DAYS), Integer.toString(MAX_NOTICE_DAYS)));
    }

    /** @return a size in bytes from 1 to {@link #MAX_ATTACHMENT}: {@code 52428800}, {@code 64K}, {@code 50M}, {@code 1G} */
    private static long size(String option, String value, Texts text) throws UsageException {
        Matcher size = SIZE.matcher(value);
        if (size.matches()) {
            int shift = switch (size.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10; //$NON-NLS-1$
            case "M" -> 20; //$NON-NLS-1$
            case "G" -> 30; //$NON-NLS-1$
            default -> 0;
            };
            long bytes = Long.parseLong(size.group(1)) << shift;
            if (bytes >= 1 && bytes <= MAX_ATTACHMENT) {
                return bytes;
            }
        }
        throw new UsageException(text.get("BadSize", option, value)); //$NON-NLS-1$
    }

    /** @return a time {@code YYYY-MM-DD HH:MM} (Asia/Shanghai, as the library keeps publication times) */
    private static LocalDateTime time(String option, String value, Texts text) throws UsageException {
        return ImportSettings.time(value).orElseThrow(() -> new UsageException(text.get("BadTime", option, value))); //$NON-NLS-1$
    }

    /** @return a host name as the old URLs give it (lower case), without scheme, port or path */
    private static String host(String option, String value, Texts text) throws UsageException {
        try {
            URI uri = new URI("http://" + value + "/"); //$NON-NLS-1$ //$NON-NLS-2$
            if (uri.getHost() != null && uri.getPort() < 0 && value.equals(uri.getHost())) {
                return value.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(text.get("BadHost", option, value)); //$NON-NLS-1$
    }
}
