package org.govsite.server.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article of the unified resource library on the wire (Contract 1): the Guide's page-tag metadata, the HTML body,
 * the columns it appears in (possibly on several sites; the first is its home column) and its attachments by SM3
 * digest. In requests {@code id} may be omitted on create and {@code version} is ignored (ETag and If-Match carry it).
 *
 * @param publishedAt {@code YYYY-MM-DD HH:MM}, Asia/Shanghai local time, as the PubDate page tag writes it
 * @param image the SM3 digest (64 lower-case hex digits) of a stored attachment, or null
 * @param body HTML written by the content editor; published pages show it cleaned of scripts, frames and styles
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(String id, String title, String subtitle, String publishedAt, String source, String author,
        String keywords, String description, String image, String body, List<String> columns, List<String> attachments,
        Long version) {
    /** Ids of library entities (Contract 1). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
    /** An SM3 digest as the library names attachments. */
    static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}"); //$NON-NLS-1$
    /** The page-tag time format of the Guide. */
    static final DateTimeFormatter PUB_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm") //$NON-NLS-1$
            .withResolverStyle(ResolverStyle.STRICT);
    static final int MAX_BODY_CHARS = 1_000_000;
    private static final int MAX_COLUMNS = 50;
    private static final int MAX_ATTACHMENTS = 200;

    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) naming the first invalid field */
    public ArticleJson {
        check(id == null || ID.matcher(id).matches(), "id must be 1 to 64 characters A-Z a-z 0-9 . _ - starting with a letter or digit"); //$NON-NLS-1$
        check(title != null && !title.isBlank() && title.length() <= 500, "title must be 1 to 500 characters"); //$NON-NLS-1$
        check(subtitle == null || subtitle.length() <= 500, "subtitle must be at most 500 characters"); //$NON-NLS-1$
        check(publishedAt != null && isPubDate(publishedAt), "publishedAt must be a time YYYY-MM-DD HH:MM"); //$NON-NLS-1$
        check(source != null && !source.isBlank() && source.length() <= 200, "source must be 1 to 200 characters"); //$NON-NLS-1$
        check(author == null || author.length() <= 100, "author must be at most 100 characters"); //$NON-NLS-1$
        check(keywords == null || keywords.length() <= 500, "keywords must be at most 500 characters"); //$NON-NLS-1$
        check(description == null || description.length() <= 2000, "description must be at most 2000 characters"); //$NON-NLS-1$
        check(image == null || DIGEST.matcher(image).matches(), "image must be an SM3 digest: 64 lower-case hex digits"); //$NON-NLS-1$
        check(body != null && body.length() <= MAX_BODY_CHARS, "body must be HTML of at most " + MAX_BODY_CHARS + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        check(columns != null && !columns.isEmpty() && columns.size() <= MAX_COLUMNS, "columns must list 1 to " + MAX_COLUMNS + " column ids"); //$NON-NLS-1$ //$NON-NLS-2$
        check(distinct(columns, ID), "columns must be distinct column ids"); //$NON-NLS-1$
        attachments = attachments == null ? List.of() : attachments;
        check(attachments.size() <= MAX_ATTACHMENTS && distinct(attachments, DIGEST),
                "attachments must be at most " + MAX_ATTACHMENTS + " distinct SM3 digests"); //$NON-NLS-1$ //$NON-NLS-2$
        columns = List.copyOf(columns);
        attachments = List.copyOf(attachments);
    }

    /** @return this article with {@code newId} and {@code newVersion} */
    ArticleJson with(String newId, long newVersion) {
        return new ArticleJson(newId, title, subtitle, publishedAt, source, author, keywords, description, image, body,
                columns, attachments, newVersion);
    }

    /** @return the publication time */
    LocalDateTime publicationTime() {
        return LocalDateTime.parse(publishedAt, PUB_DATE);
    }

    /** @return the home column: the first of {@link #columns()} */
    String homeColumn() {
        return columns.get(0);
    }

    private static boolean isPubDate(String value) {
        try {
            LocalDateTime.parse(value, PUB_DATE);
            return value.length() == 16;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean distinct(List<String> values, Pattern pattern) {
        return values.stream().allMatch(value -> value != null && pattern.matcher(value).matches())
                && new HashSet<>(values).size() == values.size();
    }

    private static void check(boolean valid, String detail) {
        if (!valid) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, detail);
        }
    }
}
