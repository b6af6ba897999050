package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.model.guide.GuideRules;
import org.govsite.protocol.PageTime;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Guide's page tags (网页标签, {@code <meta name content>}) of one page, and their checks: site tags on every page,
 * column tags on column and article pages, article tags on article pages, and the form of PubDate and SiteIDCode. Tag
 * names are compared ignoring case. A page is an article page when it has ArticleTitle or PubDate, a column page when
 * it has ColumnName and is no article page.
 */
public final class PageTags {
    private static final List<String> SITE = List.of("SiteName", "SiteDomain", "SiteIDCode"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> COLUMN = List.of("ColumnName", "ColumnDescription", "ColumnKeywords", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "ColumnType"); //$NON-NLS-1$
    private static final List<String> ARTICLE = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "Author", "Description", "Image", "Url"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static final String COLUMN_NAME = "columnname"; //$NON-NLS-1$

    private final Map<String, String> tags = new HashMap<>();

    private PageTags(Document document) {
        for (Element meta : document.select("meta[name]")) { //$NON-NLS-1$
            tags.putIfAbsent(meta.attr("name").trim().toLowerCase(Locale.ROOT), meta.attr("content").trim()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the page tags of the document (the first of each name) */
    public static PageTags of(Document document) {
        return new PageTags(document);
    }

    void check(URI page, List<Finding> findings) {
        missing(ContentRule.TAGS_SITE, SITE, page, findings);
        if (article() || tags.containsKey(COLUMN_NAME)) {
            missing(ContentRule.TAGS_COLUMN, COLUMN, page, findings);
        }
        if (article()) {
            missing(ContentRule.TAGS_ARTICLE, ARTICLE, page, findings);
        }
        String pubDate = value("PubDate"); //$NON-NLS-1$
        if (!pubDate.isEmpty() && !isPubDate(pubDate)) {
            findings.add(Finding.page(ContentRule.PUBDATE_FORMAT, page, pubDate));
        }
        String idCode = value("SiteIDCode"); //$NON-NLS-1$
        if (!idCode.isEmpty() && !GuideRules.isIdCode(idCode)) {
            findings.add(Finding.page(ContentRule.SITE_ID_CODE, page, idCode));
        }
    }

    /** @return whether the page carries ArticleTitle or PubDate */
    public boolean article() {
        return tags.containsKey("articletitle") || tags.containsKey("pubdate"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether the page is a column (list) page: it carries ColumnName and is no article page */
    public boolean column() {
        return !article() && tags.containsKey(COLUMN_NAME);
    }

    /** @return the tag's content, trimmed, or the empty string when it is absent (the name is compared ignoring case) */
    public String value(String name) {
        return tags.getOrDefault(name.toLowerCase(Locale.ROOT), ""); //$NON-NLS-1$
    }

    private void missing(ContentRule rule, List<String> names, URI page, List<Finding> findings) {
        List<String> absent = new ArrayList<>();
        for (String name : names) {
            if (value(name).isEmpty()) {
                absent.add(name);
            }
        }
        if (!absent.isEmpty()) {
            findings.add(Finding.page(rule, page, String.join(", ", absent))); //$NON-NLS-1$
        }
    }

    private static boolean isPubDate(String value) {
        try {
            LocalDateTime.parse(value, PageTime.MINUTES);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
