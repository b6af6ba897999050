package org.govsite.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.govsite.model.ColumnCategory;
import org.govsite.model.guide.GuideRules;
import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.Attachments.Attachment;
import org.govsite.server.internal.SiteContent.Column;
import org.govsite.server.internal.SiteContent.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a site's static pages (docs/server.md, "Publishing"): the home page (top columns, latest articles, the topics
 * shown there), the paginated list pages of every column, the topic area (专题专栏: current topics, then the archived
 * ones) with the paginated list pages of each topic, and a page per article under the first of its columns on this
 * site. Every
 * page carries the Guide's page tags (网页标签) as {@code <meta name content>}: the site tags everywhere, all column
 * tags on column pages, ColumnName and ColumnType with the article tags on article pages. Text is escaped; article
 * bodies are the editor's HTML cleaned by jsoup's relaxed safelist, their links to non-government sites with the
 * leave-site prompt.
 */
final class SiteRenderer {
    /** Receives each rendered page. */
    @FunctionalInterface
    interface PageSink {
        /** @param path the page's URL path, e.g. {@code /zwdt/} or {@code /zwdt/202605/t20260518_a1.html} */
        void page(String path, String html) throws IOException;
    }

    static final int PAGE_SIZE = 20;
    private static final Comparator<ArticleJson> NEWEST_FIRST = Comparator.comparing(ArticleJson::publishedAt).reversed()
            .thenComparing(ArticleJson::id);
    private static final Safelist BODY_SAFELIST = Safelist.relaxed().preserveRelativeLinks(true);
    /**
     * The version of {@link #cleanBody}'s rules: raise it with any change of what it makes of the same body (the
     * safelist, {@link LeavePrompts}, {@link org.govsite.model.guide.GovernmentDomains}), so that publishing renders
     * every article page again instead of keeping those of unchanged articles.
     */
    static final int BODY_CLEANING = 1;
    static final int LATEST = 20;

    private final SiteContent content;
    private final String prefix;
    private final Site site;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> folders = new HashMap<>();
    /** per article id: the column it is published under on this site */
    private final Map<String, Column> placement = new LinkedHashMap<>();
    /** the site's articles, each once, newest first */
    private final List<ArticleJson> articles;
    /** the site's topic area and topic pages */
    private final TopicPages topics;
    /** the site's main domain and aliases, lower case */
    private final Set<String> ownHosts = new HashSet<>();
    private final String header;
    private final String footer;
    /** the fingerprint of what every article page shows besides its frame and body: header, footer, body context */
    private final String chrome;

    /** @param prefix how absolute addresses start: the server's public scheme and {@code ://} */
    SiteRenderer(SiteContent content, String prefix) {
        this.content = content;
        this.prefix = prefix;
        this.site = content.site();
        Stream.concat(Stream.ofNullable(site.mainDomain()), site.aliases().stream())
                .forEach(domain -> ownHosts.add(domain.toLowerCase(Locale.ROOT)));
        content.columns().forEach(column -> columns.put(column.id(), column));
        content.columns().forEach(column -> folders.put(column.id(), SiteLayout.columnFolder(column, columns)));

        Map<String, ArticleJson> byId = new LinkedHashMap<>();
        content.articles().values().forEach(listed -> listed.forEach(article -> byId.put(article.id(), article)));
        articles = byId.values().stream().sorted(NEWEST_FIRST).toList();
        articles.forEach(article -> article.columns().stream().filter(columns::containsKey).findFirst()
                .ifPresent(c -> placement.put(article.id(), columns.get(c))));
        header = header();
        footer = footer();
        chrome = Fingerprints.of(header, footer, bodyContext());
        topics = new TopicPages(this, content, SiteLayout.topicArea(folders.values()));
    }

    /**
     * A page of the site but its cleaned body, without the site's header and footer (the same on every page): its
     * {@code head}, then the header, {@code mainBefore}, the body, {@code mainAfter}, the footer.
     */
    record PageFrame(String head, String mainBefore, String mainAfter) {
    }

    /** Makes one list page of a column or topic: the articles of page {@code page} of {@code count}. */
    @FunctionalInterface
    interface ListPage {
        String render(List<ArticleJson> slice, int page, int count);
    }

    /** @return the page of {@code frame} with {@code cleanBody} in its gap */
    String page(PageFrame frame, String cleanBody) {
        return frame.head() + header + frame.mainBefore() + cleanBody + frame.mainAfter() + footer;
    }

    /**
     * @return a fingerprint of everything the page of {@code frame} shows, given the fingerprint of its body as stored
     *         ({@link Fingerprints#of}): the frame, the site's header and footer, and what cleaning the body depends on
     */
    String fingerprint(PageFrame frame, String bodyDigest) {
        return Fingerprints.of(frame.head(), frame.mainBefore(), frame.mainAfter(), chrome, bodyDigest);
    }

    /** @return the site's articles, each once, newest first (the order their pages are written in) */
    List<ArticleJson> articles() {
        return articles;
    }

    /**
     * Renders the home page and every column's list pages, leaving out the articles {@code leftOut} names (deleted
     * since the site's content was read, so they have no page).
     *
     * @return the number of pages rendered
     */
    int renderLists(PageSink sink, Set<String> leftOut) throws IOException {
        int pages = 1;
        sink.page(SiteLayout.HOME, home(articles.stream().filter(a -> !leftOut.contains(a.id())).limit(LATEST).toList()));
        for (Column column : columns.values()) {
            List<ArticleJson> listed = content.articles().getOrDefault(column.id(), List.of()).stream()
                    .filter(a -> !leftOut.contains(a.id())).toList();
            pages += listPages(sink, folders.get(column.id()), listed, (slice, page, count) -> columnPage(column, slice, page, count));
        }
        return pages + topics.render(sink, leftOut);
    }

    /** Renders the list pages of {@code listed} in {@code folder}, {@value #PAGE_SIZE} a page; at least one. */
    static int listPages(PageSink sink, String folder, List<ArticleJson> listed, ListPage pages) throws IOException {
        int count = Math.max(1, (listed.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int page = 1; page <= count; page++) {
            List<ArticleJson> slice = listed.subList((page - 1) * PAGE_SIZE, Math.min(listed.size(), page * PAGE_SIZE));
            sink.page(SiteLayout.columnPage(folder, page), pages.render(slice, page, count));
        }
        return count;
    }

    private String home(List<ArticleJson> latest) {
        StringBuilder main = new StringBuilder();
        main.append("<section class=\"columns\"><ul>\n"); //$NON-NLS-1$
        for (Column column : children(null)) {
            main.append("<li>").append(link(folders.get(column.id()), column.name())).append("</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        main.append("</ul></section>\n<section class=\"latest\"><h2>").append(Html.escape(PageText.get("latest"))).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        main.append(articleList(latest)).append("</section>\n"); //$NON-NLS-1$
        main.append(topics.homeSection());
        return page(site.name(), new ArrayList<>(), main.toString());
    }

    private String columnPage(Column column, List<ArticleJson> slice, int page, int count) {
        List<String[]> tags = new ArrayList<>();
        tags.add(tag("ColumnName", column.name())); //$NON-NLS-1$
        tags.add(tag("ColumnDescription", column.description())); //$NON-NLS-1$
        tags.add(tag("ColumnKeywords", column.keywords())); //$NON-NLS-1$
        tags.add(tag("ColumnType", columnType(column))); //$NON-NLS-1$
        StringBuilder main = new StringBuilder(breadcrumb(column));
        main.append("<h1>").append(Html.escape(column.name())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Column> children = children(column.id());
        if (!children.isEmpty()) {
            main.append("<section class=\"sub-columns\"><h2>").append(Html.escape(PageText.get("subColumns"))).append("</h2><ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            children.forEach(child -> main.append("<li>").append(link(folders.get(child.id()), child.name())).append("</li>\n")); //$NON-NLS-1$ //$NON-NLS-2$
            main.append("</ul></section>\n"); //$NON-NLS-1$
        }
        main.append("<section class=\"articles\">\n").append(articleList(slice)).append(pager(folders.get(column.id()), page, count)) //$NON-NLS-1$
                .append("</section>\n"); //$NON-NLS-1$
        return page(column.name() + " - " + site.name(), tags, main.toString()); //$NON-NLS-1$
    }

    /** @return the page of {@code article} (listed, its body empty) under the column it is placed in on this site */
    PageFrame articleFrame(ArticleJson article) {
        Column column = placement.get(article.id());
        List<String[]> tags = new ArrayList<>();
        tags.add(tag("ColumnName", column.name())); //$NON-NLS-1$
        tags.add(tag("ColumnType", columnType(column))); //$NON-NLS-1$
        tags.add(tag("ArticleTitle", article.title())); //$NON-NLS-1$
        tags.add(tag("PubDate", article.publishedAt())); //$NON-NLS-1$
        tags.add(tag("ContentSource", article.source())); //$NON-NLS-1$
        tags.add(tag("Keywords", article.keywords())); //$NON-NLS-1$
        tags.add(tag("Author", article.author())); //$NON-NLS-1$
        tags.add(tag("Description", article.description())); //$NON-NLS-1$
        Attachment image = article.image() == null ? null : content.attachments().get(article.image());
        tags.add(tag("Image", image == null ? "" : siteUrl(file(image)))); //$NON-NLS-1$ //$NON-NLS-2$
        tags.add(tag("Url", content.canonicalUrls().get(article.id()))); //$NON-NLS-1$
        StringBuilder main = new StringBuilder(breadcrumb(column));
        main.append("<article>\n<h1>").append(Html.escape(article.title())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (article.subtitle() != null) {
            main.append("<h2 class=\"subtitle\">").append(Html.escape(article.subtitle())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        main.append("<div class=\"info\"><span class=\"pubdate\">").append(Html.escape(PageText.get("pubDate") + article.publishedAt())) //$NON-NLS-1$ //$NON-NLS-2$
                .append("</span> <span class=\"source\">").append(Html.escape(PageText.get("source") + article.source())).append("</span>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (article.author() != null && !article.author().isBlank()) {
            main.append(" <span class=\"author\">").append(Html.escape(PageText.get("author") + article.author())).append("</span>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        main.append("</div>\n"); //$NON-NLS-1$
        if (image != null) {
            main.append("<div class=\"image\"><img src=\"").append(Html.escape(file(image))).append("\" alt=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Html.escape(article.title())).append("\"></div>\n"); //$NON-NLS-1$
        }
        main.append("<div class=\"content\">\n"); //$NON-NLS-1$
        return frame(article.title() + " - " + site.name(), tags, main.toString(), //$NON-NLS-1$
                "\n</div>\n" + attachmentList(article) + "</article>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return the editor's body HTML through jsoup's relaxed safelist: no scripts, event handlers, frames or style
     *         attributes (which could hide "dark" links, 暗链), relative links kept; then links to non-government
     *         sites get the leave-site prompt ({@link LeavePrompts})
     */
    String cleanBody(String body) {
        Document clean = new Cleaner(BODY_SAFELIST).clean(Jsoup.parseBodyFragment(body, bodyBase()));
        LeavePrompts.mark(clean, ownHosts);
        return clean.body().html();
    }

    /**
     * @return everything but the body itself that {@link #cleanBody} depends on: how it cleans ({@link #BODY_CLEANING},
     *         jsoup's version), the site's base address and the host names that are the site's
     */
    private String bodyContext() {
        return BODY_CLEANING + ' ' + Jsoup.class.getPackage().getImplementationVersion() + ' ' + bodyBase() + ' '
                + ownHosts.stream().sorted().toList();
    }

    private String bodyBase() {
        return prefix + (site.mainDomain() == null ? "localhost" : site.mainDomain()) + SiteLayout.HOME; //$NON-NLS-1$
    }

    private String attachmentList(ArticleJson article) {
        List<Attachment> listed = article.attachments().stream().map(content.attachments()::get).filter(Objects::nonNull).toList();
        if (listed.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder list = new StringBuilder("<section class=\"attachments\"><h2>").append(Html.escape(PageText.get("attachments"))) //$NON-NLS-1$ //$NON-NLS-2$
                .append("</h2><ul>\n"); //$NON-NLS-1$
        for (int i = 0; i < listed.size(); i++) {
            String path = file(listed.get(i));
            String label = PageText.get("attachment", String.valueOf(i + 1), path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)); //$NON-NLS-1$
            list.append("<li>").append(link(path, label)).append("</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return list.append("</ul></section>\n").toString(); //$NON-NLS-1$
    }

    String articleList(List<ArticleJson> listed) {
        if (listed.isEmpty()) {
            return "<p class=\"empty\">" + Html.escape(PageText.get("noArticles")) + "</p>\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        StringBuilder list = new StringBuilder("<ul class=\"article-list\">\n"); //$NON-NLS-1$
        for (ArticleJson article : listed) {
            list.append("<li>").append(link(href(article), article.title())).append(" <span class=\"date\">") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Html.escape(article.publishedAt())).append("</span></li>\n"); //$NON-NLS-1$
        }
        return list.append("</ul>\n").toString(); //$NON-NLS-1$
    }

    String pager(String folder, int page, int count) {
        if (count == 1) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder pager = new StringBuilder("<nav class=\"pager\">"); //$NON-NLS-1$
        pager.append(link(SiteLayout.columnPage(folder, 1), PageText.get("firstPage"))).append(' '); //$NON-NLS-1$
        if (page > 1) {
            pager.append(link(SiteLayout.columnPage(folder, page - 1), PageText.get("previousPage"))).append(' '); //$NON-NLS-1$
        }
        if (page < count) {
            pager.append(link(SiteLayout.columnPage(folder, page + 1), PageText.get("nextPage"))).append(' '); //$NON-NLS-1$
        }
        pager.append(link(SiteLayout.columnPage(folder, count), PageText.get("lastPage"))).append(' '); //$NON-NLS-1$
        pager.append("<span>").append(Html.escape(PageText.get("pageOf", String.valueOf(page), String.valueOf(count)))).append("</span>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return pager.append("</nav>\n").toString(); //$NON-NLS-1$
    }

    private String breadcrumb(Column column) {
        List<Map.Entry<String, String>> trail = new ArrayList<>();
        for (Column c = column; c != null && trail.size() <= columns.size(); c = c.parentId() == null ? null : columns.get(c.parentId())) {
            trail.add(0, Map.entry(folders.get(c.id()), c.name()));
        }
        return breadcrumb(trail);
    }

    /** @return the breadcrumb from the home page through {@code trail} (each a path and its name) */
    static String breadcrumb(List<Map.Entry<String, String>> trail) {
        StringBuilder crumbs = new StringBuilder("<nav class=\"breadcrumb\">").append(Html.escape(PageText.get("location"))) //$NON-NLS-1$ //$NON-NLS-2$
                .append(link(SiteLayout.HOME, PageText.get("home"))); //$NON-NLS-1$
        trail.forEach(step -> crumbs.append(" &gt; ").append(link(step.getKey(), step.getValue()))); //$NON-NLS-1$
        return crumbs.append("</nav>\n").toString(); //$NON-NLS-1$
    }

    /** @return a whole page of the site titled {@code title}: head, header, {@code main}, footer */
    String page(String title, List<String[]> ownTags, String main) {
        return page(frame(title, ownTags, main, ""), ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a page of the site whose main part is {@code mainBefore}, a gap, then {@code mainAfter} */
    private PageFrame frame(String title, List<String[]> ownTags, String mainBefore, String mainAfter) {
        List<String[]> tags = new ArrayList<>();
        tags.add(tag("SiteName", site.name())); //$NON-NLS-1$
        tags.add(tag("SiteDomain", site.mainDomain())); //$NON-NLS-1$
        tags.add(tag("SiteIDCode", site.idCode())); //$NON-NLS-1$
        tags.addAll(ownTags);
        String head = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" //$NON-NLS-1$
                + Html.escape(title) + "</title>\n" + meta(tags) + "</head>\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return new PageFrame(head, mainBefore, mainAfter);
    }

    /**
     * @return the site's header, the same on every page, up to where each page's main part starts: the site's name and
     *         its navigation, the home page, then its channels (each linking its first column; one without columns is
     *         left out), or for a site without channels its top-level columns
     */
    private String header() {
        StringBuilder html = new StringBuilder("<body>\n<header><div class=\"site-name\">").append(link(SiteLayout.HOME, site.name())) //$NON-NLS-1$
                .append("</div>\n<nav class=\"channels\">").append(link(SiteLayout.HOME, PageText.get("home"))); //$NON-NLS-1$ //$NON-NLS-2$
        if (content.channels().isEmpty()) {
            children(null).forEach(column -> html.append(' ').append(link(folders.get(column.id()), column.name())));
        }
        for (ChannelJson channel : content.channels()) {
            channel.columns().stream().findFirst().filter(folders::containsKey)
                    .ifPresent(first -> html.append(' ').append(link(folders.get(first), channel.name())));
        }
        return html.append("</nav></header>\n<main>\n").toString(); //$NON-NLS-1$
    }

    /** @return the site's footer, the same on every page, from where each page's main part ends */
    private String footer() {
        StringBuilder footer = new StringBuilder("<footer>"); //$NON-NLS-1$
        footerItem(footer, "host", "host", site.hostName()); //$NON-NLS-1$ //$NON-NLS-2$
        footerItem(footer, "id-code", "idCode", site.idCode()); //$NON-NLS-1$ //$NON-NLS-2$
        footerItem(footer, "icp", "icp", site.icpRecord()); //$NON-NLS-1$ //$NON-NLS-2$
        footerItem(footer, "security", "security", site.securityRecord()); //$NON-NLS-1$ //$NON-NLS-2$
        return "</main>\n" + footer.append("</footer>\n</body>\n</html>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void footerItem(StringBuilder footer, String cssClass, String label, String value) {
        if (value != null && !value.isBlank()) {
            footer.append("<span class=\"").append(cssClass).append("\">").append(Html.escape(PageText.get(label) + value)).append("</span> "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private List<Column> children(String parentId) {
        return columns.values().stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList();
    }

    /**
     * @return where a list links {@code article}: its page on this site, else (an article of a topic but of no column
     *         here) its canonical address, empty when it has none
     */
    String href(ArticleJson article) {
        return placement.containsKey(article.id()) ? articlePath(article) : content.canonicalUrls().getOrDefault(article.id(), ""); //$NON-NLS-1$
    }

    /** @return the path of {@code article}'s page on this site */
    String articlePath(ArticleJson article) {
        return SiteLayout.articlePage(folders.get(placement.get(article.id()).id()), article);
    }

    private static String file(Attachment attachment) {
        return SiteLayout.file(attachment.digest(), attachment.contentType());
    }

    private String siteUrl(String path) {
        return PublishedPaths.siteUrl(prefix, site.mainDomain(), path);
    }

    private static String columnType(Column column) {
        ColumnCategory category = ColumnCategory.get(column.category());
        Optional<String> standard = category == null ? Optional.empty() : GuideRules.standardName(category);
        return standard.orElseGet(() -> PageText.get("otherCategory")); //$NON-NLS-1$
    }

    /** @return the page tags {@code tags} (name and value each) as {@code <meta>} lines */
    static String meta(List<String[]> tags) {
        StringBuilder html = new StringBuilder();
        for (String[] tag : tags) {
            html.append("<meta name=\"").append(tag[0]).append("\" content=\"").append(Html.escape(tag[1])).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return html.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String[] tag(String name, String value) {
        return new String[] { name, value == null ? "" : value }; //$NON-NLS-1$
    }
}
