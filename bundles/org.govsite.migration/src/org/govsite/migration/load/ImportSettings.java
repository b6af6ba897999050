package org.govsite.migration.load;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.govsite.protocol.PageTime;

/**
 * How the import runs.
 *
 * @param batchSize articles per batch: the journal is made durable (fsync) at the start and end of each batch
 * @param defaultSource the source (信息来源) of articles whose page named none: the library requires one (1 to 200
 *        characters), e.g. the legacy site's organisation
 * @param requestsInFlight articles sent to the platform at the same time at most (1: one after the other); the client's
 *        connection pool should have at least as many connections. In bulk, the articles of a batch prepared
 *        (their attachments put) at the same time at most; the bulk requests themselves go one after the other
 * @param bulk whether each batch's articles are sent in one bulk request ({@code POST /api/v1/articles/batch}) when
 *        the server has it (otherwise, and with {@code false}, one request per article)
 * @param newSite the new site's address ({@code --new-site}), or {@code null}: the articles of the platform's site whose
 *        main domain or alias is its host are published at addresses of its scheme ({@code http} or {@code https});
 *        other sites' (and all with {@code null}) at {@code https} ({@link PlatformColumns#articleAddress})
 * @param undatedTime the publication time (Asia/Shanghai) given to articles no rule dated, or {@code null}: those
 *        fail ({@code ImportUndated}); the same time in every run, as their requests must stay the same
 */
public record ImportSettings(int batchSize, String defaultSource, int requestsInFlight, boolean bulk, URI newSite,
        LocalDateTime undatedTime) {
    /** Articles in flight when not told: enough to overlap the server's durable commits, within the client's 8 connections. */
    public static final int DEFAULT_REQUESTS_IN_FLIGHT = 4;
    /** The library's longest source. */
    private static final int MAX_SOURCE = 200;
    /** The form of an undated time: the library's publication time, strictly (no 24:00, no 2 月 30 日). */

    /**
     * @throws IllegalArgumentException for a batch size or requests in flight below 1 or a blank or too long default
     *         source
     */
    public ImportSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize); //$NON-NLS-1$
        }
        if (requestsInFlight < 1) {
            throw new IllegalArgumentException("requests in flight " + requestsInFlight); //$NON-NLS-1$
        }
        if (defaultSource == null || defaultSource.isBlank() || defaultSource.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("default source \"" + defaultSource + '"'); //$NON-NLS-1$
        }
    }

    /** Settings with {@link #DEFAULT_REQUESTS_IN_FLIGHT} articles in flight, in bulk, addresses in {@code https}. */
    public ImportSettings(int batchSize, String defaultSource) {
        this(batchSize, defaultSource, DEFAULT_REQUESTS_IN_FLIGHT, true);
    }

    /** Settings whose addresses are in {@code https}, undated articles failed. */
    public ImportSettings(int batchSize, String defaultSource, int requestsInFlight, boolean bulk) {
        this(batchSize, defaultSource, requestsInFlight, bulk, null, null);
    }

    /** @return {@code text} read as an undated time, {@code YYYY-MM-DD HH:MM}; empty when it is not one */
    public static Optional<LocalDateTime> time(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), PageTime.MINUTES));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
