package org.govsite.server.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.govsite.protocol.PageTime;

/**
 * An article of the unified resource library on the wire (Contract 1): the Guide's page-tag metadata, the HTML body,
 * the columns it appears in (possibly on several sites; the first is its home column), the topics (专题) it is listed
 * in (omitted when none) and its attachments by SM3 digest. In requests {@code id} may be omitted on create and {@code version} is ignored (ETag and If-Match carry it).
 *
 * @param publishedAt {@code YYYY-MM-DD HH:MM}, Asia/Shanghai local time, as the PubDate page tag writes it
 * @param image the SM3 digest (64 lower-case hex digits) of a stored attachment, or null
 * @param body HTML written by the content editor; published pages show it cleaned of scripts, frames and styles
 * @param kind what the annual report counts it as, one of {@link #KINDS}: an interpretation material (解读材料), an
 *        interpretation product (解读产品: graphics, video, ...), a media comment (媒体评论文章), a response to a public
 *        concern or hot topic (回应公众关注热点); null (omitted) for any other article
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(String id, String title, String subtitle, String publishedAt, String source, String author,
        String keywords, String description, String image, String body, List<String> columns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> topics, List<String> attachments, String kind,
        Long version) implements VersionedEntity {
    /** The article kinds the annual report counts (docs/server.md, "Statistics"). */
    static final List<String> KINDS = List.of("INTERPRETATION_MATERIAL", "INTERPRETATION_PRODUCT", "MEDIA_COMMENT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "HOTSPOT_RESPONSE"); //$NON-NLS-1$
    /** An SM3 digest as the library names attachments. */
    private static final int MAX_BODY_CHARS = 1_000_000;
    private static final int MAX_COLUMNS = 50;
    private static final int MAX_TOPICS = 20;
    private static final int MAX_ATTACHMENTS = 200;

    /** @throws ProtocolException ({@link ErrorCode#REQ_INVALID_FIELD}) naming the first invalid field */
    public ArticleJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.name("title", title, 500); //$NON-NLS-1$
        Fields.optional("subtitle", subtitle, 500); //$NON-NLS-1$
        Fields.check(publishedAt != null && PageTime.isMinutes(publishedAt), "publishedAt must be a time YYYY-MM-DD HH:MM"); //$NON-NLS-1$
        Fields.name("source", source, 200); //$NON-NLS-1$
        Fields.optional("author", author, 100); //$NON-NLS-1$
        Fields.optional("keywords", keywords, 500); //$NON-NLS-1$
        Fields.optional("description", description, 2000); //$NON-NLS-1$
        Fields.matches("image", image, Sm3.HEX_DIGEST); //$NON-NLS-1$
        Fields.check(body != null, "body is required"); //$NON-NLS-1$
        Fields.optional("body", body, MAX_BODY_CHARS); //$NON-NLS-1$
        columns = Fields.list("columns", columns); //$NON-NLS-1$
        Fields.check(!columns.isEmpty() && columns.size() <= MAX_COLUMNS && Fields.distinct(columns, Fields.ID),
                "columns must list 1 to " + MAX_COLUMNS + " distinct column ids"); //$NON-NLS-1$ //$NON-NLS-2$
        topics = Fields.list("topics", topics); //$NON-NLS-1$
        Fields.check(topics.size() <= MAX_TOPICS && Fields.distinct(topics, Fields.ID),
                "topics must list at most " + MAX_TOPICS + " distinct topic ids"); //$NON-NLS-1$ //$NON-NLS-2$
        attachments = Fields.list("attachments", attachments); //$NON-NLS-1$
        Fields.check(attachments.size() <= MAX_ATTACHMENTS && Fields.distinct(attachments, Sm3.HEX_DIGEST),
                "attachments must be at most " + MAX_ATTACHMENTS + " distinct SM3 digests"); //$NON-NLS-1$ //$NON-NLS-2$
        Fields.check(kind == null || KINDS.contains(kind), "kind must be one of " + KINDS); //$NON-NLS-1$
    }

    /** @return the title: what the operation log names an article by */
    @Override
    @JsonIgnore
    public String name() {
        return title;
    }

    /** @return this article with {@code newId} and {@code newVersion} */
    ArticleJson with(String newId, long newVersion) {
        return new ArticleJson(newId, title, subtitle, publishedAt, source, author, keywords, description, image, body,
                columns, topics, attachments, kind, newVersion);
    }

    /** @return the publication time */
    LocalDateTime publicationTime() {
        return LocalDateTime.parse(publishedAt, PageTime.MINUTES);
    }
}
