package org.govsite.migration.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.net.ssl.SSLContext;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.TrustedCertificates;
import org.govsite.client.PlatformClient;
import org.govsite.migration.LineProblem;
import org.govsite.migration.MigrationSettings;
import org.govsite.migration.PlanFile;
import org.govsite.migration.cli.TemplateFile;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.PlatformColumns;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.source.CrawlScope;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;

/** What a batch's settings mean to the engine: its source, crawl scope, known-URL list and migration settings. */
public final class BatchSources {

    private BatchSources() {
    }

    /**
     * @return the live site's home page: an absolute http(s) URL
     * @throws BatchException saying what is wrong
     */
    public static URI site(String text) throws BatchException {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) { //$NON-NLS-1$ //$NON-NLS-2$
                return uri.getPath().isEmpty() ? uri.resolve("/") : uri; //$NON-NLS-1$
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BatchException(NLS.bind(Messages.BadUrl, text));
    }

    /** @return the regular expressions, each checked; an invalid one is named */
    public static List<Pattern> patterns(List<String> expressions) throws BatchException {
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : expressions) {
            try {
                patterns.add(Pattern.compile(expression));
            } catch (PatternSyntaxException e) {
                throw new BatchException(NLS.bind(Messages.BadPattern, expression, e.getDescription()));
            }
        }
        return patterns;
    }

    /**
     * @return the audit crawler's settings for the batch's scope and the CA certificates its crawl trusts (the rest
     *         the documented defaults)
     */
    public static CrawlSettings crawlSettings(MigrationBatch batch) throws BatchException {
        if (batch.maxPages < 1) {
            throw new BatchException(Messages.BadMaxPages);
        }
        return new CrawlScope(batch.pathPrefixes, patterns(batch.include), patterns(batch.exclude), batch.maxPages,
                batch.honourRobots, trust(batch.caCertificates)).settings();
    }

    /** @return a TLS context trusting the JDK's authorities and those of {@code files}, null when there are none */
    private static SSLContext trust(List<String> files) throws BatchException {
        try {
            return TrustedCertificates.sslContext(TrustedCertificates.paths(files));
        } catch (TrustedCertificates.FileException e) {
            throw new BatchException(e.getLocalizedMessage());
        }
    }

    /** @return the known-URL list (empty when the batch names none) */
    public static KnownUrls knownUrls(MigrationBatch batch) throws BatchException {
        if (batch.knownUrls.isBlank()) {
            return KnownUrls.NONE;
        }
        Path file = Path.of(batch.knownUrls.strip());
        try {
            return KnownUrls.read(file);
        } catch (IOException | RuntimeException e) {
            throw new BatchException(NLS.bind(Messages.ListUnreadable, file, e.getMessage()));
        }
    }

    /** @return the batch's source over {@code known}; close it when done */
    public static LegacySource open(MigrationBatch batch, List<URI> known) throws BatchException {
        if (batch.sourceKind == MigrationBatch.SourceKind.MIRROR) {
            Path folder = Path.of(batch.mirror.strip());
            if (batch.mirror.isBlank() || !Files.isDirectory(folder)) {
                throw new BatchException(NLS.bind(Messages.NoMirror, batch.mirror));
            }
            return new MirrorSource(folder, batch.scheme, known);
        }
        return new CrawlSource(site(batch.site), crawlSettings(batch), known);
    }

    /**
     * @return the SM3 digest (hex) of what the batch's plan is made from: its source (kind, site, mirror folder and
     *         scheme), crawl scope, known-URL list (its name and content), template rules, mapping and new site; a plan
     *         kept under another ({@link PlanFile}) is made again
     * @throws BatchException when the known-URL list cannot be read
     */
    public static String fingerprint(MigrationBatch batch) throws BatchException {
        ByteArrayOutputStream templates = new ByteArrayOutputStream();
        StringWriter mapping = new StringWriter();
        try {
            TemplateFile.write(batch.templates, templates);
            MappingCsv.write(batch.mapping, mapping);
        } catch (IOException e) {
            throw new IllegalStateException(e); // memory only
        }
        return PlanFile.fingerprint(batch.sourceKind, batch.site, batch.mirror, batch.scheme, batch.knownUrls,
                list(batch), batch.pathPrefixes, batch.include, batch.exclude, Integer.valueOf(batch.maxPages),
                Boolean.valueOf(batch.honourRobots), batch.newSite, templates.toString(StandardCharsets.UTF_8), mapping);
    }

    /** @return the SM3 of the known-URL list's bytes, empty when the batch names none */
    private static String list(MigrationBatch batch) throws BatchException {
        Path file = batch.knownUrls.isBlank() ? null : Path.of(batch.knownUrls.strip());
        try {
            return PlanFile.digest(file);
        } catch (IOException e) {
            throw new BatchException(NLS.bind(Messages.ListUnreadable, file, e.getMessage()));
        }
    }

    /**
     * @return the time given to the batch's undated articles, {@code null} when it names none
     * @throws BatchException when it is not a time {@code YYYY-MM-DD HH:MM}
     */
    public static LocalDateTime undatedTime(MigrationBatch batch) throws BatchException {
        if (batch.undatedTime.isBlank()) {
            return null;
        }
        return ImportSettings.time(batch.undatedTime)
                .orElseThrow(() -> new BatchException(NLS.bind(Messages.BadUndatedTime, batch.undatedTime.strip())));
    }

    /**
     * Checks the batch's mapping against the platform before an import: a redirect rule whose column or one of whose
     * topics the platform does not have would fail each of its articles.
     *
     * @return per such rule its number (1 for the first rule) and why, in rule order; empty when every column and
     *         topic is there
     * @throws BatchException when the new site's address is wrong
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    public static List<LineProblem> unknownColumns(MigrationBatch batch, PlatformClient client) throws BatchException {
        try {
            resolved(batch, PlatformColumns.read(client));
            return List.of();
        } catch (MappingCsv.MappingCsvException e) {
            return ruleProblems(e);
        }
    }

    /**
     * @return the batch's mapping with the columns (ids or paths) and topics (ids or names) of its redirect rules as
     *         the platform's ids; a rule naming what the platform lacks stays as it is (its articles fail on import,
     *         each reported, as {@link #unknownColumns} warns beforehand)
     * @throws BatchException when the new site's address is wrong
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    public static Mapping resolvedMapping(MigrationBatch batch, PlatformClient client) throws BatchException {
        URI newSite = site(batch.newSite);
        PlatformColumns platform = PlatformColumns.read(client);
        return new Mapping(batch.mapping.rules().stream().map(rule -> {
            try {
                return rule.resolve(ref -> platform.columnId(ref, newSite), platform::topicId);
            } catch (IllegalArgumentException e) {
                return rule;
            }
        }).toList());
    }

    private static Mapping resolved(MigrationBatch batch, PlatformColumns platform)
            throws BatchException, MappingCsv.MappingCsvException {
        URI newSite = site(batch.newSite);
        return MappingCsv.resolve(batch.mapping, ref -> platform.columnId(ref, newSite), platform::topicId);
    }

    /** @return the problems of a resolution by rule number (CSV line 2 is rule 1) */
    private static List<LineProblem> ruleProblems(MappingCsv.MappingCsvException e) {
        return e.problems().stream().map(line -> new LineProblem(line.line() - 1, line.message())).toList();
    }

    /** @return the migration settings: the batch's templates and mapping, attachments under its new site */
    public static MigrationSettings settings(MigrationBatch batch) throws BatchException {
        return MigrationSettings.of(batch.templates, batch.mapping, site(batch.newSite));
    }
}
