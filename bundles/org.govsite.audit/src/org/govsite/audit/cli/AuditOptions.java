package org.govsite.audit.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.govsite.audit.content.WordLists;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.export.ReportFormat;
import org.govsite.audit.export.Texts;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.FreshnessSettings;
import org.govsite.audit.verdict.VerdictSettings;

/** The options of {@code govsite audit} (docs/audit.md, "Command line"), parsed and checked before any crawl. */
final class AuditOptions {
    private static final CrawlSettings DEFAULTS = CrawlSettings.defaults();
    private static final VerdictSettings VERDICT = VerdictSettings.defaults();
    private static final int KB = 1024;

    final List<URI> homes = new ArrayList<>();
    final List<Pattern> include = new ArrayList<>();
    final List<Pattern> exclude = new ArrayList<>();
    List<String> sensitiveWords = List.of();
    Map<String, String> typos = Map.of();
    boolean sitemaps;
    boolean fragments;
    double rate = DEFAULTS.maxRequestsPerSecondPerHost();
    List<String> governmentHosts = DEFAULTS.governmentHosts();
    final List<Pattern> leavePromptUrls = new ArrayList<>(DEFAULTS.leavePromptUrls());
    Set<Integer> softBlocked = DEFAULTS.softBlockedStatuses();
    double loadBudgetSeconds = DEFAULTS.maxLoadTime().toMillis() / 1000.0;
    int maxImageKb = (int) (DEFAULTS.maxImageBytes() / KB);
    ReportFormat format = ReportFormat.JSON;
    Path output;
    boolean ignoreRobots;
    boolean help;
    int maxPages = DEFAULTS.maxPages();
    int maxDepth = DEFAULTS.maxDepth();
    int perHost = DEFAULTS.maxConnectionsPerHost();
    int timeoutSeconds = (int) DEFAULTS.totalTimeout().toSeconds();
    FreshnessSettings freshness = FreshnessSettings.defaults();
    double passMark = VERDICT.passMark();
    double homeLinkPoints = VERDICT.brokenLinkHomePoints();
    double linkPoints = VERDICT.brokenLinkPoints();
    double policyStalePoints = VERDICT.policyStalePoints();
    int staleColumnsVeto = VERDICT.staleColumnsVeto();
    int notUpdatedColumnsVeto = VERDICT.notUpdatedColumnsVeto();
    int emptyColumnsVeto = VERDICT.emptyColumnsVeto();
    final List<Path> caCertificates = new ArrayList<>();
    SSLContext sslContext;
    URI through;

    private AuditOptions() {
    }

    static AuditOptions parse(List<String> args, Texts text) throws UsageException {
        AuditOptions options = new AuditOptions();
        Arguments it = new Arguments(args);
        for (String arg = it.nextOption(); arg != null; arg = it.nextOption()) {
            switch (arg) {
            case "--ignore-robots" -> options.ignoreRobots = true; //$NON-NLS-1$
            case "--format" -> options.format = format(it, it.value(arg)); //$NON-NLS-1$
            case "--output" -> options.output = it.path(arg, it.value(arg)); //$NON-NLS-1$
            case "--max-pages" -> options.maxPages = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--max-depth" -> options.maxDepth = number(arg, it.value(arg), 0, text); //$NON-NLS-1$
            case "--per-host" -> options.perHost = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--timeout" -> options.timeoutSeconds = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--include" -> options.include.add(it.pattern(arg, it.value(arg))); //$NON-NLS-1$
            case "--exclude" -> options.exclude.add(it.pattern(arg, it.value(arg))); //$NON-NLS-1$
            case "--sensitive-words" -> options.sensitiveWords = WordLists.words(read(it.value(arg), text)); //$NON-NLS-1$
            case "--typos" -> options.typos = typos(it.value(arg), text); //$NON-NLS-1$
            case "--sitemaps" -> options.sitemaps = true; //$NON-NLS-1$
            case "--fragments" -> options.fragments = true; //$NON-NLS-1$
            case "--rate" -> options.rate = decimal(arg, it.value(arg), text); //$NON-NLS-1$
            case "--government-hosts" -> options.governmentHosts = hosts(it.value(arg)); //$NON-NLS-1$
            case "--leave-prompt-url" -> options.leavePromptUrls.add(it.pattern(arg, it.value(arg))); //$NON-NLS-1$
            case "--soft-blocked" -> options.softBlocked = statuses(arg, it.value(arg), text); //$NON-NLS-1$
            case "--load-budget" -> options.loadBudgetSeconds = decimal(arg, it.value(arg), text); //$NON-NLS-1$
            case "--max-image-kb" -> options.maxImageKb = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--home-max-age" -> options.freshness = options.freshness.withHomeMaxAgeDays(number(arg, it.value(arg), 1, text)); //$NON-NLS-1$
            case "--column-category" -> options.freshness = options.freshness.with(category(arg, it.value(arg), text)); //$NON-NLS-1$
            case "--ca-certs" -> options.caCertificates.add(it.path(arg, it.value(arg))); //$NON-NLS-1$
            case "--through" -> options.through = through(arg, it.value(arg), text); //$NON-NLS-1$
            case "--pass-mark" -> options.passMark = points(arg, it.value(arg), text); //$NON-NLS-1$
            case "--broken-link-points" -> options.brokenLinkPoints(arg, it.value(arg), text); //$NON-NLS-1$
            case "--policy-stale-points" -> options.policyStalePoints = points(arg, it.value(arg), text); //$NON-NLS-1$
            case "--stale-columns-veto" -> options.staleColumnsVeto = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--not-updated-columns-veto" -> options.notUpdatedColumnsVeto = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            case "--empty-columns-veto" -> options.emptyColumnsVeto = number(arg, it.value(arg), 1, text); //$NON-NLS-1$
            default -> options.homes.add(home(it, arg, text));
            }
        }
        options.help = it.help();
        if (options.homes.isEmpty() && !options.help) {
            throw new UsageException(text.get("NoUrl")); //$NON-NLS-1$
        }
        if (options.format.binary() && options.output == null && !options.help) {
            throw new UsageException(text.get("NeedsOutput", options.format.id())); //$NON-NLS-1$
        }
        options.sslContext = it.trusting("--ca-certs", options.caCertificates); //$NON-NLS-1$
        return options;
    }

    /** @return the crawl settings: the defaults with what the options changed */
    CrawlSettings crawlSettings() {
        Duration total = Duration.ofSeconds(timeoutSeconds);
        return CrawlSettings.builder().honourRobots(!ignoreRobots)
                .scope(List.of(), List.of(), include, exclude)
                .connections(perHost, DEFAULTS.maxConnections())
                .timeouts(min(DEFAULTS.connectTimeout(), total), min(DEFAULTS.readTimeout(), total), total)
                .limits(maxDepth, maxPages, DEFAULTS.maxUrlLength(), DEFAULTS.maxRepeatedSegments(),
                        DEFAULTS.maxQueryVariants())
                .sitemaps(sitemaps).checkFragments(fragments).maxRequestsPerSecondPerHost(rate)
                .externalLinks(governmentHosts, leavePromptUrls).softBlockedStatuses(softBlocked)
                .budgets((long) maxImageKb * KB, Duration.ofMillis(Math.round(loadBudgetSeconds * 1000)))
                .sslContext(sslContext).through(through).build();
    }

    /** @return the number {@code value} of {@code option}, 0 to 100 ({@link VerdictSettings#validPoints}) */
    private static double points(String option, String value, Texts text) throws UsageException {
        try {
            double number = Double.parseDouble(value.strip());
            if (VerdictSettings.validPoints(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadPoints", option, value)); //$NON-NLS-1$
    }

    /** Reads {@code --broken-link-points HOME,OTHER}: the points of a broken link on the home page and elsewhere. */
    private void brokenLinkPoints(String option, String value, Texts text) throws UsageException {
        String[] parts = value.split("[,，]", -1); //$NON-NLS-1$
        if (parts.length != 2) {
            throw new UsageException(text.get("BadPoints", option, value)); //$NON-NLS-1$
        }
        homeLinkPoints = points(option, parts[0], text);
        linkPoints = points(option, parts[1], text);
    }

    /** @return the verdict's settings: the indicators' with what the options changed */
    VerdictSettings verdictSettings() {
        return VERDICT.withPoints(passMark, homeLinkPoints, linkPoints, policyStalePoints)
                .withVetoes(staleColumnsVeto, notUpdatedColumnsVeto, emptyColumnsVeto);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static ReportFormat format(Arguments it, String value) throws UsageException {
        List<String> ids = Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList();
        return ReportFormat.values()[ids.indexOf(it.choice("--format", value, ids))]; //$NON-NLS-1$
    }

    private static int number(String option, String value, int least, Texts text) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadNumber", option, value, Integer.valueOf(least))); //$NON-NLS-1$
    }

    private static ColumnCategory category(String option, String value, Texts text) throws UsageException {
        return ColumnCategory.parse(value).orElseThrow(() -> new UsageException(text.get("BadCategory", option, value))); //$NON-NLS-1$
    }

    /** @return the UTF-8 text of a word-list file */
    private static String read(String file, Texts text) throws UsageException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new UsageException(text.get("BadWords", file, e.toString())); //$NON-NLS-1$
        }
    }

    private static Map<String, String> typos(String file, Texts text) throws UsageException {
        WordLists.Parsed<Map<String, String>> typos = WordLists.typos(read(file, text));
        if (!typos.badLines().isEmpty()) {
            WordLists.BadLine first = typos.badLines().get(0);
            throw new UsageException(text.get("BadTypoLine", file, first.number(), first.text(), //$NON-NLS-1$
                    typos.badLines().size()));
        }
        return typos.entries();
    }

    private static Set<Integer> statuses(String option, String list, Texts text) throws UsageException {
        return CrawlSettings.parseStatuses(list).orElseThrow(() -> new UsageException(text.get("BadStatuses", option, list))); //$NON-NLS-1$
    }

    /** @return the hosts of a comma-separated list, blanks dropped */
    private static List<String> hosts(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList(); //$NON-NLS-1$
    }

    private static double decimal(String option, String value, Texts text) throws UsageException {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text.get("BadDecimal", option, value)); //$NON-NLS-1$
    }

    private static URI home(Arguments it, String arg, Texts text) throws UsageException {
        if (arg.startsWith("-")) { //$NON-NLS-1$
            throw it.unknownOption(arg);
        }
        try {
            URI uri = new URI(arg);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) { //$NON-NLS-1$ //$NON-NLS-2$
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new UsageException(text.get("BadUrl", arg)); //$NON-NLS-1$
    }

    /** @return the server address of {@code --through}: an http(s) URL with a host */
    private static URI through(String option, String value, Texts text) throws UsageException {
        return CrawlSettings.parseThrough(value).orElseThrow(() -> new UsageException(text.get("BadThrough", option, value))); //$NON-NLS-1$
    }
}
