package org.govsite.migration.batch;

import java.util.ArrayList;
import java.util.List;

import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.Mapping;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One migration batch (e.g. one department's site of a province's migration), as the wizard fills it in and
 * {@link BatchStore} keeps it: {@code batch.json} holds these fields, {@code templates.json} the template rules (the
 * {@code govsite migrate --templates} format) and {@code mapping.csv} the mapping ({@code MappingCsv}).
 */
public final class MigrationBatch {
    /** Where the old site is read from. */
    public enum SourceKind {
        /** A live site crawled from its home page. */
        LIVE,
        /** A {@code wget --mirror} folder. */
        MIRROR
    }

    /** The batch's folder name (set by {@link BatchStore#create}). */
    public String id = ""; //$NON-NLS-1$
    public String name = ""; //$NON-NLS-1$
    public SourceKind sourceKind = SourceKind.LIVE;
    /** The live site's home page URL. */
    public String site = ""; //$NON-NLS-1$
    /** The mirror folder. */
    public String mirror = ""; //$NON-NLS-1$
    /** The scheme of the mirror's URLs ({@code http} or {@code https}). */
    public String scheme = "http"; //$NON-NLS-1$
    /** The known-URL list (CSV or XLSX), or empty. */
    public String knownUrls = ""; //$NON-NLS-1$
    /** Scope of a live crawl ({@code CrawlSettings}): path prefixes; empty: every path. */
    public List<String> pathPrefixes = new ArrayList<>();
    /** Scope: regular expressions an URL must match one of (empty: any). */
    public List<String> include = new ArrayList<>();
    /** Scope: regular expressions excluding URLs. */
    public List<String> exclude = new ArrayList<>();
    /** Pages crawled at most. */
    public int maxPages = 10_000;
    /** Obey robots.txt. */
    public boolean honourRobots = true;
    /** Files of CA certificates (PEM or DER) a live crawl trusts besides the JDK's (a provincial or intranet CA). */
    public List<String> caCertificates = new ArrayList<>();
    /** The target site's id in the workbench model (its columns are the mapping's choices). */
    public String targetSite = ""; //$NON-NLS-1$
    /** The new site's address, attachment addresses are built from. */
    public String newSite = ""; //$NON-NLS-1$
    /** The connection (id) the import goes through. */
    public String connection = ""; //$NON-NLS-1$
    /** The source (信息来源) of articles whose page names none. */
    public String defaultSource = ""; //$NON-NLS-1$
    /**
     * The publication time ({@code YYYY-MM-DD HH:MM}, Beijing time) given to articles no rule dated, or empty: those
     * fail their import.
     */
    public String undatedTime = ""; //$NON-NLS-1$
    public BatchStatus status = BatchStatus.DRAFT;
    public BatchCounts counts = BatchCounts.NONE;
    /** ISO-8601 instants: created, last saved, last run ended (empty: never). */
    public String created = ""; //$NON-NLS-1$
    public String updated = ""; //$NON-NLS-1$
    public String lastRun = ""; //$NON-NLS-1$
    /** Why the last run failed, else empty. */
    public String message = ""; //$NON-NLS-1$
    /** What step 6 (redirects, exports, notices, verification) did. */
    public AfterSteps after = new AfterSteps();
    /** The template rules, tried in order (kept in {@code templates.json}). */
    @JsonIgnore
    public List<TemplateRule> templates = new ArrayList<>();
    /** The mapping (kept in {@code mapping.csv}). */
    @JsonIgnore
    public Mapping mapping = new Mapping(List.of());
}
