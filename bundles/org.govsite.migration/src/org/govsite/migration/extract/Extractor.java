package org.govsite.migration.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govsite.audit.content.PageTags;
import org.govsite.audit.crawl.Urls;
import org.govsite.crypto.Sm3;
import org.govsite.migration.extract.Article.DateFrom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts articles from pages (not from home and column pages: {@link ExtractionFailure#NOT_ARTICLE}). Each field comes from the first of: the template rule whose URL pattern matches the
 * page (first match in order), when it has a selector for the field; the Guide's page tags (ArticleTitle, PubDate,
 * ContentSource, Author); a common CMS layout ({@link Layouts}); a fallback ({@code <title>} for the title, the date
 * in the URL for the publication time). Attachments are the body's links to documents (pdf, doc(x), xls(x), ppt(x),
 * wps, zip, rar, 7z) and its images (or what the template's selector picks); each is fetched and kept by digest, and
 * the body's links are rewritten ({@link LinkRewriter}). Thread-safe.
 */
public final class Extractor {
    private static final Pattern DOCUMENT = Pattern.compile("\\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z)$", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final String ATTACHMENT_LINKS = "a[href], img[src]"; //$NON-NLS-1$
    private final List<TemplateRule> rules;
    private final Attachments attachments;

    /**
     * @param rules the template rules, tried in order
     * @param attachments fetches and keeps attachments
     */
    public Extractor(List<TemplateRule> rules, Attachments attachments) {
        this.rules = List.copyOf(rules);
        this.attachments = attachments;
    }

    /** @return the article of the page at {@code url}, or why there is none; the document is changed */
    public Extraction extract(URI url, Document document) {
        TemplateRule rule = rules.stream().filter(r -> r.urls().matches(url)).findFirst().orElse(null);
        PageTags tags = PageTags.of(document);
        if (url.getPath().endsWith("/") || tags.column()) { //$NON-NLS-1$
            return new Extraction(null, ExtractionFailure.NOT_ARTICLE);
        }
        Element body = rule != null && !rule.body().isEmpty() ? document.selectFirst(rule.body())
                : Layouts.body(document);
        if (body == null) {
            return new Extraction(null, ExtractionFailure.NO_BODY);
        }
        if (body.text().isBlank() && body.selectFirst("img") == null) { //$NON-NLS-1$
            return new Extraction(null, ExtractionFailure.EMPTY_BODY);
        }
        String title = first(text(document, rule == null ? "" : rule.title()), tags.value("ArticleTitle"), //$NON-NLS-1$ //$NON-NLS-2$
                Layouts.title(document), document.title().strip());
        if (title.isEmpty()) {
            return new Extraction(null, ExtractionFailure.NO_TITLE);
        }
        String pageText = document.text();
        String digest = Sm3.digestHex(body.text().strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        List<AttachmentRef> found = attachments(document, body, rule);
        Map<URI, URI> addresses = new HashMap<>();
        found.forEach(a -> addresses.put(a.url(), a.address()));
        List<URI> pageLinks = LinkRewriter.rewrite(body, url, addresses);
        Dated dated = published(url, document, rule, tags, pageText);
        return new Extraction(new Article(url, rule == null ? "" : rule.name(), title, dated.time(), dated.from(), //$NON-NLS-1$
                first(text(document, rule == null ? "" : rule.source()), tags.value("ContentSource"), //$NON-NLS-1$ //$NON-NLS-2$
                        Layouts.source(pageText)),
                first(text(document, rule == null ? "" : rule.author()), tags.value("Author"), //$NON-NLS-1$ //$NON-NLS-2$
                        Layouts.author(pageText)),
                body.html(), digest, found, pageLinks), null);
    }

    private record Dated(ZonedDateTime time, DateFrom from) {
    }

    private static Dated published(URI url, Document document, TemplateRule rule, PageTags tags, String pageText) {
        if (rule != null && !rule.published().isEmpty()) {
            Optional<ZonedDateTime> date = ArticleDates.in(text(document, rule.published()));
            if (date.isPresent()) {
                return new Dated(date.get(), DateFrom.TEMPLATE);
            }
        }
        Optional<ZonedDateTime> tagged = ArticleDates.in(tags.value("PubDate")); //$NON-NLS-1$
        if (tagged.isPresent()) {
            return new Dated(tagged.get(), DateFrom.PAGE_TAG);
        }
        Optional<ZonedDateTime> labelled = ArticleDates.labelled(pageText);
        if (labelled.isPresent()) {
            return new Dated(labelled.get(), DateFrom.PAGE_TEXT);
        }
        return ArticleDates.inUrl(url).map(date -> new Dated(date, DateFrom.URL))
                .orElse(new Dated(null, DateFrom.NONE));
    }

    private List<AttachmentRef> attachments(Document document, Element body, TemplateRule rule) {
        List<Element> candidates = rule != null && !rule.attachments().isEmpty() ? document.select(rule.attachments())
                : body.select(ATTACHMENT_LINKS);
        List<AttachmentRef> found = new ArrayList<>();
        List<URI> seen = new ArrayList<>();
        for (Element element : candidates) {
            boolean image = element.normalName().equals("img"); //$NON-NLS-1$
            URI target = Urls.normalize(element.absUrl(image ? "src" : "href")); //$NON-NLS-1$ //$NON-NLS-2$
            if (target != null && (image || DOCUMENT.matcher(target.getPath()).find()) && !seen.contains(target)) {
                seen.add(target);
                found.add(attachments.get(target));
            }
        }
        return found;
    }

    private static String text(Document document, String selector) {
        Element element = selector.isEmpty() ? null : document.selectFirst(selector);
        return element == null ? "" : element.text().strip(); //$NON-NLS-1$
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return ""; //$NON-NLS-1$
    }
}
