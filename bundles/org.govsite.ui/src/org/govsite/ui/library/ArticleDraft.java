package org.govsite.ui.library;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.govsite.protocol.PageTime;
import org.govsite.ui.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An article as the article dialog edits it: the Guide's page-tag fields, the HTML body, the columns it appears in
 * (on any site of the platform; the first is its home column), the topics it is listed in, what the annual report
 * counts it as, its image and its attachments, checked as the platform checks them (docs/server.md, "Articles") so
 * that an edit queued for sync is not rejected for a field the operator could have fixed here, and written over the
 * article's JSON, which keeps every field the dialog does not edit.
 *
 * @param publishedAt {@code YYYY-MM-DD HH:MM}, Beijing time, as the PubDate page tag writes it
 * @param image the SM3 digest of the image file, empty for none
 * @param attachments the SM3 digests of the attachment files, in order
 */
public record ArticleDraft(String title, String subtitle, String publishedAt, String source, String author,
        String keywords, String description, String body, List<String> columns, List<String> topics, String kind,
        String image, List<String> attachments) {

    /**
     * What the annual report counts an article as (docs/server.md, "Statistics"), in the dialog's order: none, an
     * interpretation material (解读材料), an interpretation product (解读产品), a media comment (媒体评论文章), a
     * response to a public concern (回应公众关注热点).
     */
    public static final List<String> KINDS = List.of("", "INTERPRETATION_MATERIAL", "INTERPRETATION_PRODUCT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "MEDIA_COMMENT", "HOTSPOT_RESPONSE"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final int MAX_COLUMNS = 50;
    private static final int MAX_TOPICS = 20;
    private static final int MAX_ATTACHMENTS = 200;

    public ArticleDraft {
        columns = List.copyOf(columns);
        topics = List.copyOf(topics);
        kind = kind == null ? "" : kind; //$NON-NLS-1$
        image = image == null ? "" : image; //$NON-NLS-1$
        attachments = List.copyOf(attachments);
    }

    /** @return the draft of an article's JSON (empty fields for those it lacks) */
    public static ArticleDraft of(JsonNode article) {
        return new ArticleDraft(text(article, "title"), text(article, "subtitle"), text(article, "publishedAt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(article, "source"), text(article, "author"), text(article, "keywords"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(article, "description"), text(article, "body"), ids(article, "columns"), ids(article, "topics"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                text(article, "kind"), text(article, "image"), ids(article, "attachments")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the first problem in the workbench's language, empty when the platform will take it */
    public Optional<String> problem() {
        if (title.isBlank() || title.strip().length() > 500) {
            return Optional.of(Messages.Article_titleMissing);
        }
        if (!PageTime.isMinutes(publishedAt.strip())) {
            return Optional.of(Messages.Article_timeInvalid);
        }
        if (source.isBlank() || source.strip().length() > 200) {
            return Optional.of(Messages.Article_sourceMissing);
        }
        if (body.isBlank()) {
            return Optional.of(Messages.Article_bodyMissing);
        }
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            return Optional.of(NLS.bind(Messages.Article_columnCount, MAX_COLUMNS));
        }
        if (!KINDS.contains(kind)) {
            return Optional.of(NLS.bind(Messages.Article_badKind, kind));
        }
        if (topics.size() > MAX_TOPICS) {
            return Optional.of(NLS.bind(Messages.Article_tooManyTopics, MAX_TOPICS));
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            return Optional.of(NLS.bind(Messages.Article_tooManyAttachments, MAX_ATTACHMENTS));
        }
        return tooLong(Messages.Article_subtitle, subtitle, 500).or(() -> tooLong(Messages.Article_author, author, 100))
                .or(() -> tooLong(Messages.Article_keywords, keywords, 500))
                .or(() -> tooLong(Messages.Article_summary, description, 2000));
    }

    /**
     * @param base the article's JSON as the server has it (or a new article's: id and columns)
     * @return {@code base} with this draft's fields (trimmed; empty optional fields left out)
     */
    public ObjectNode applyTo(JsonNode base) {
        ObjectNode article = base.deepCopy();
        article.remove("version"); //$NON-NLS-1$
        article.put("title", title.strip()); //$NON-NLS-1$
        optional(article, "subtitle", subtitle); //$NON-NLS-1$
        article.put("publishedAt", publishedAt.strip()); //$NON-NLS-1$
        article.put("source", source.strip()); //$NON-NLS-1$
        optional(article, "author", author); //$NON-NLS-1$
        optional(article, "keywords", keywords); //$NON-NLS-1$
        optional(article, "description", description); //$NON-NLS-1$
        article.put("body", body); //$NON-NLS-1$
        ArrayNode columnIds = article.putArray("columns"); //$NON-NLS-1$
        columns.forEach(columnIds::add);
        optional(article, "kind", kind); //$NON-NLS-1$
        list(article, "topics", topics); //$NON-NLS-1$
        optional(article, "image", image); //$NON-NLS-1$
        list(article, "attachments", attachments); //$NON-NLS-1$
        return article;
    }

    /** @return the JSON a new article starts from: its id and its one column */
    public static ObjectNode newArticle(String id, String columnId) {
        ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", id); //$NON-NLS-1$
        article.putArray("columns").add(columnId); //$NON-NLS-1$
        return article;
    }

    /** @return the publication time of {@code time} as the dialog proposes it for a new article */
    public static String minutes(LocalDateTime time) {
        return PageTime.MINUTES.format(time);
    }

    private static Optional<String> tooLong(String label, String value, int max) {
        return value.strip().length() > max ? Optional.of(NLS.bind(Messages.Article_tooLong, label, max)) : Optional.empty();
    }

    private static void optional(ObjectNode article, String field, String value) {
        if (value.isBlank()) {
            article.remove(field);
        } else {
            article.put(field, value.strip());
        }
    }


    /** Sets {@code field} to {@code values}, left out when there are none. */
    private static void list(ObjectNode article, String field, List<String> values) {
        article.remove(field);
        if (!values.isEmpty()) {
            values.forEach(article.putArray(field)::add);
        }
    }

    private static List<String> ids(JsonNode article, String field) {
        List<String> ids = new ArrayList<>();
        article.path(field).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String text(JsonNode article, String field) {
        return article.path(field).asText(""); //$NON-NLS-1$
    }
}
