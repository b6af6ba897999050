package org.govsite.migration.batch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.migration.MigrationSettings;
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

    /** @return the audit crawler's settings for the batch's scope (the rest the documented defaults) */
    public static CrawlSettings crawlSettings(MigrationBatch batch) throws BatchException {
        if (batch.maxPages < 1) {
            throw new BatchException(Messages.BadMaxPages);
        }
        CrawlSettings defaults = CrawlSettings.defaults();
        return CrawlSettings.builder()
                .scope(List.of(), batch.pathPrefixes, patterns(batch.include), patterns(batch.exclude))
                .honourRobots(batch.honourRobots).limits(defaults.maxDepth(), batch.maxPages,
                        defaults.maxUrlLength(), defaults.maxRepeatedSegments(), defaults.maxQueryVariants())
                .build();
    }

    /** @return the known-URL list (empty when the batch names none) */
    public static KnownUrls knownUrls(MigrationBatch batch) throws BatchException {
        if (batch.knownUrls.isBlank()) {
            return new KnownUrls(List.of(), List.of());
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

    /** @return the migration settings: the batch's templates and mapping, attachments under its new site */
    public static MigrationSettings settings(MigrationBatch batch) throws BatchException {
        return MigrationSettings.of(batch.templates, batch.mapping, site(batch.newSite));
    }
}
