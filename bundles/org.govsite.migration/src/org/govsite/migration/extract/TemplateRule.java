package org.govsite.migration.extract;

import java.util.Objects;

import org.govsite.migration.mapping.UrlPattern;

/**
 * Where one page template keeps an article's fields: for pages whose URL matches {@code urls}, a CSS selector (jsoup
 * syntax) per field. An empty selector leaves the field to automatic detection ({@link Extractor}). The date field's
 * element text is read as a date ({@link ArticleDates}); the attachments selector picks the {@code a[href]} and
 * {@code img[src]} elements that are attachments.
 *
 * @param name a name for the report
 * @param urls the pages it applies to
 * @param title the title's element
 * @param published the element holding the publication time
 * @param source the element holding the source (来源)
 * @param author the element holding the author
 * @param body the body's element
 * @param attachments the attachment links
 */
public record TemplateRule(String name, UrlPattern urls, String title, String published, String source,
        String author, String body, String attachments) {

    public TemplateRule {
        Objects.requireNonNull(urls);
        title = blankIfNull(title);
        published = blankIfNull(published);
        source = blankIfNull(source);
        author = blankIfNull(author);
        body = blankIfNull(body);
        attachments = blankIfNull(attachments);
    }

    private static String blankIfNull(String selector) {
        return selector == null ? "" : selector.strip(); //$NON-NLS-1$
    }
}
