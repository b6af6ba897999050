package org.govsite.migration.extract;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An article extracted from an old page, ready for the resource library.
 *
 * @param url the old URL, normalised
 * @param template the template rule used, or empty when every field was detected automatically
 * @param title the title
 * @param published the publication time (Asia/Shanghai), or {@code null} when the page is undated
 * @param dateFrom where the publication time was found
 * @param source the source (来源), or empty
 * @param author the author, or empty
 * @param body the body's HTML: links to attachments rewritten to their digest addresses, links to other pages of the
 *        old site made absolute (the old URL, normalised, with its fragment), which the import points at the
 *        addresses the platform publishes them at
 * @param bodyDigest the SM3 digest of the body's text (whitespace collapsed): with the title, what duplicates share
 * @param attachments the attachments linked from the body (or picked by the template), in document order
 * @param pageLinks the old site's pages the body links to (normalised, without fragment), in document order, once each
 */
public record Article(URI url, String template, String title, ZonedDateTime published, DateFrom dateFrom,
        String source, String author, String body, String bodyDigest, List<AttachmentRef> attachments,
        List<URI> pageLinks) {

    /** Where a publication time was found. */
    public enum DateFrom {
        /** The template rule's element. */
        TEMPLATE,
        /** The PubDate page tag. */
        PAGE_TAG,
        /** A labelled date in the page text ({@code 发布时间：...}). */
        PAGE_TEXT,
        /** The URL ({@code t20190305_789.html}). */
        URL,
        /** The known-URL list's date column (a CMS export), for a page that shows none. */
        URL_LIST,
        /** Nowhere: the page is undated. */
        NONE
    }

    public Article {
        attachments = List.copyOf(attachments);
        pageLinks = List.copyOf(pageLinks);
    }

    /** @return this article published at {@code time}, found {@code from} */
    public Article withPublished(ZonedDateTime time, DateFrom from) {
        return new Article(url, template, title, time, from, source, author, body, bodyDigest, attachments, pageLinks);
    }

    /** @return the publication time, when the page is dated */
    public Optional<ZonedDateTime> publication() {
        return Optional.ofNullable(published);
    }
}
