package org.govsite.migration.load;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;
import org.govsite.protocol.PublishedPaths;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.protocol.PageTime;

/**
 * The platform's sites, columns and topics as a content editor reads them ({@code GET /api/v1/sites},
 * {@code GET /api/v1/sites/{id}/columns}, {@code GET /api/v1/sites/{id}/topics}): where the platform publishes an
 * imported article ({@link PublishedPaths}, the rule the server publishes by) and which column a mapping's column (an
 * id or a path) and which topic a mapping's topic (an id or a name) names. The topics are read when a topic is first
 * looked up (one request per site, which a mapping without topics, and the published addresses, do without).
 */
public final class PlatformColumns {
    private final PlatformClient client;
    private final Map<String, Site> sites;
    private final Map<String, SiteColumn> columns;
    /** The topics' names by id, once read. */
    private Map<String, String> topics;

    private PlatformColumns(PlatformClient client, Map<String, Site> sites, Map<String, SiteColumn> columns) {
        this.client = client;
        this.sites = sites;
        this.columns = columns;
    }

    /**
     * @return the sites and columns the platform holds now
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    public static PlatformColumns read(PlatformClient client) {
        Map<String, Site> sites = new LinkedHashMap<>();
        Map<String, SiteColumn> columns = new LinkedHashMap<>();
        for (JsonNode site : client.get("/api/v1/sites").path("sites")) { //$NON-NLS-1$ //$NON-NLS-2$
            String siteId = site.path("id").asText(); //$NON-NLS-1$
            List<String> domains = new ArrayList<>();
            if (site.hasNonNull("mainDomain")) { //$NON-NLS-1$
                domains.add(site.path("mainDomain").asText().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            }
            site.path("aliases").forEach(alias -> domains.add(alias.asText().toLowerCase(Locale.ROOT))); //$NON-NLS-1$
            sites.put(siteId, new Site(siteId, site.hasNonNull("mainDomain") ? site.path("mainDomain").asText() : null, //$NON-NLS-1$ //$NON-NLS-2$
                    domains));
            for (JsonNode column : client.columns(siteId)) {
                String id = column.path("id").asText(); //$NON-NLS-1$
                columns.put(id, new SiteColumn(id, siteId, column.hasNonNull("parent") ? column.path("parent").asText() : null, //$NON-NLS-1$ //$NON-NLS-2$
                        column.path("pathSegment").asText(), column.path("name").asText())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new PlatformColumns(client, sites, columns);
    }

    /**
     * @return the topics of the sites read, names by id (read on first use)
     * @throws org.govsite.client.ClientException when the platform cannot be read
     */
    private synchronized Map<String, String> topics() {
        if (topics == null) {
            Map<String, String> read = new LinkedHashMap<>();
            for (String siteId : sites.keySet()) {
                for (JsonNode topic : client.topics(siteId)) {
                    read.put(topic.path("id").asText(), topic.path("name").asText()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            topics = read;
        }
        return topics;
    }

    /** @return whether the platform has a column with id {@code columnId} */
    boolean has(String columnId) {
        return columns.containsKey(columnId);
    }

    /**
     * @param columnId the article's home column (the first of its columns)
     * @param publishedAt the article's time as the library keeps it, {@code YYYY-MM-DD HH:MM}
     * @param id the article's id
     * @return its canonical address ({@code https://<main domain>/<column folder>/<yyyyMM>/t<yyyyMMdd>_<id>.html}),
     *         empty when the platform has no such column
     */
    public Optional<URI> articleAddress(String columnId, String publishedAt, String id) {
        return articleAddress(columnId, publishedAt, id, null);
    }

    /**
     * As {@link #articleAddress(String, String, String)}, in the scheme of {@code newSite} when the article's site is
     * the one its host names (main domain or alias): a new site served over plain {@code http} gets {@code http}
     * addresses (and so 301 targets), not the platform's {@link PublishedPaths#SCHEME}.
     *
     * @param newSite the new site's address, or {@code null}
     */
    public Optional<URI> articleAddress(String columnId, String publishedAt, String id, URI newSite) {
        SiteColumn column = columns.get(columnId);
        if (column == null) {
            return Optional.empty();
        }
        String page = PublishedPaths.articlePage(PublishedPaths.columnFolder(column, columnsOf(column.siteId())),
                LocalDateTime.parse(publishedAt, PageTime.MINUTES), id);
        Site site = sites.get(column.siteId());
        return Optional.of(URI.create(PublishedPaths.siteUrl(PublishedPaths.schemeOf(site.domains(), newSite), site.mainDomain(), page)));
    }

    /**
     * A mapping's column: a column id, or a path from the top of the new site's columns by path segments
     * ({@code xxgk/tzgg}) or by names ({@code 信息公开/通知公告}), leading and trailing {@code /} ignored.
     *
     * @param newSite the new site's address: paths are looked up in the site whose main domain or alias is its host
     *        (in every site when none is)
     * @return the column's id
     * @throws IllegalArgumentException (localized message) when {@code ref} names no column or several
     */
    public String columnId(String ref, URI newSite) {
        if (columns.containsKey(ref)) {
            return ref;
        }
        String host = newSite.getHost() == null ? "" : newSite.getHost().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        List<String> siteIds = sites.values().stream().filter(site -> site.domains().contains(host)).map(Site::id).toList();
        List<String> path = List.of(ref.replaceAll("^/+|/+$", "").split("/+")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<SiteColumn> found = columns.values().stream()
                .filter(column -> siteIds.isEmpty() || siteIds.contains(column.siteId()))
                .filter(column -> path.equals(chain(column, SiteColumn::pathSegment)) || path.equals(chain(column, SiteColumn::name)))
                .toList();
        String where = siteIds.isEmpty() ? Messages.ColumnAnySite : String.join(", ", siteIds); //$NON-NLS-1$
        if (found.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.ColumnUnknown, ref, where));
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(NLS.bind(Messages.ColumnAmbiguous,
                    new Object[] { ref, where, String.join(", ", found.stream().map(SiteColumn::id).toList()) })); //$NON-NLS-1$
        }
        return found.get(0).id();
    }

    /**
     * A mapping's topic: a topic id, or the name of one topic of the platform (of any site: an article can be listed
     * in another site's topic).
     *
     * @return the topic's id
     * @throws IllegalArgumentException (localized message) when {@code ref} names no topic or several
     * @throws org.govsite.client.ClientException when the topics are read first here and cannot be
     */
    public String topicId(String ref) {
        Map<String, String> topics = topics();
        if (topics.containsKey(ref)) {
            return ref;
        }
        List<String> found = topics.entrySet().stream().filter(topic -> topic.getValue().equals(ref))
                .map(Map.Entry::getKey).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.TopicUnknown, ref));
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(NLS.bind(Messages.TopicAmbiguous, ref, String.join(", ", found))); //$NON-NLS-1$
        }
        return found.get(0);
    }

    /** @return the column's path from the top of its site, each column by {@code part} */
    private List<String> chain(SiteColumn column, Function<SiteColumn, String> part) {
        List<String> parts = new ArrayList<>();
        for (SiteColumn c = column; c != null && parts.size() <= columns.size(); c = c.parentId() == null ? null : columns.get(c.parentId())) {
            parts.add(0, part.apply(c));
        }
        return parts;
    }

    private Map<String, SiteColumn> columnsOf(String siteId) {
        Map<String, SiteColumn> of = new LinkedHashMap<>();
        columns.values().stream().filter(c -> c.siteId().equals(siteId)).forEach(c -> of.put(c.id(), c));
        return of;
    }

    /** A site: its id, main domain (or null) and every domain (main and aliases, lower case). */
    private record Site(String id, String mainDomain, List<String> domains) {
    }

    /** A column of a site on the platform. */
    private record SiteColumn(String id, String siteId, String parentId, String pathSegment, String name)
            implements PublishedPaths.Column {
    }
}
