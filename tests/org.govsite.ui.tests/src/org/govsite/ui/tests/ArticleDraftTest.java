package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.govsite.ui.Messages;
import org.govsite.ui.library.ArticleDraft;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The article dialog's checks (the platform's, in the workbench's language) and the JSON it writes. */
class ArticleDraftTest {

    private static final ArticleDraft GOOD = new ArticleDraft("标题", "", "2026-03-05 09:30", "甲市人民政府办公室", "", "", "",
            "<p>正文</p>", List.of("c1"), List.of(), "", "", List.of());

    private static ArticleDraft with(String title, String publishedAt, String source, String author, String body,
            List<String> topics) {
        return new ArticleDraft(title, "", publishedAt, source, author, "", "", body, List.of("c1"), topics, "", "",
                List.of());
    }

    @Test
    void eachWrongFieldIsNamedAndAGoodDraftPasses() {
        assertEquals(Optional.empty(), GOOD.problem());
        assertEquals(Optional.of(Messages.Article_titleMissing), with(" ", "2026-03-05 09:30", "来源", "", "b", List.of()).problem());
        assertEquals(Optional.of(Messages.Article_titleMissing), with("长".repeat(501), "2026-03-05 09:30", "来源", "", "b", List.of()).problem());
        for (String time : List.of("2026-3-5 09:30", "2026-03-05", "2026-02-30 09:30", "2026-03-05 24:00", "2026-03-05T09:30")) {
            assertEquals(Optional.of(Messages.Article_timeInvalid), with("t", time, "来源", "", "b", List.of()).problem(), time);
        }
        assertEquals(Optional.of(Messages.Article_sourceMissing), with("t", "2026-03-05 09:30", "", "", "b", List.of()).problem());
        assertEquals(Optional.of(Messages.Article_bodyMissing), with("t", "2026-03-05 09:30", "来源", "", " ", List.of()).problem());
        assertEquals(Optional.of(NLS.bind(Messages.Article_tooLong, Messages.Article_author, 100)),
                with("t", "2026-03-05 09:30", "来源", "作".repeat(101), "b", List.of()).problem());
        assertEquals(Optional.of(NLS.bind(Messages.Article_columnCount, 50)), new ArticleDraft("t", "", "2026-03-05 09:30",
                "来源", "", "", "", "b", List.of(), List.of(), "", "", List.of()).problem(), "no column");
        assertEquals(Optional.of(NLS.bind(Messages.Article_columnCount, 50)), new ArticleDraft("t", "", "2026-03-05 09:30",
                "来源", "", "", "", "b", IntStream.range(0, 51).mapToObj(i -> "c" + i).toList(), List.of(), "", "", List.of()).problem());
        assertEquals(Optional.of(NLS.bind(Messages.Article_badKind, "NEWS")), new ArticleDraft("t", "", "2026-03-05 09:30",
                "来源", "", "", "", "b", List.of("c1"), List.of(), "NEWS", "", List.of()).problem());
        List<String> topics = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
        assertEquals(Optional.of(NLS.bind(Messages.Article_tooManyTopics, 20)),
                with("t", "2026-03-05 09:30", "来源", "", "b", topics).problem());
        List<String> files = IntStream.range(0, 201).mapToObj(i -> String.format("%064x", i)).toList();
        assertEquals(Optional.of(NLS.bind(Messages.Article_tooManyAttachments, 200)), new ArticleDraft("t", "",
                "2026-03-05 09:30", "来源", "", "", "", "b", List.of("c1"), List.of(), "", "", files).problem());
    }

    @Test
    void theDraftIsWrittenOverTheArticleKeepingWhatTheDialogDoesNotEdit() throws Exception {
        JsonNode base = new ObjectMapper().readTree("{\"id\":\"a1\",\"version\":3,\"title\":\"旧\",\"author\":\"张三\","
                + "\"columns\":[\"c1\",\"c2\"],\"image\":\"" + "ab".repeat(32) + "\",\"topics\":[\"t9\"],\"kind\":\"MEDIA_COMMENT\"}");
        JsonNode written = new ArticleDraft(" 新标题 ", "", "2026-03-05 09:30", " 来源 ", "", "关键词", "", "<p>正文</p>",
                List.of("c2", "c3"), List.of(), "HOTSPOT_RESPONSE", "ab".repeat(32), List.of("cd".repeat(32))).applyTo(base);
        assertEquals(new ObjectMapper().readTree("{\"id\":\"a1\",\"title\":\"新标题\",\"columns\":[\"c2\",\"c3\"],\"image\":\""
                + "ab".repeat(32) + "\",\"kind\":\"HOTSPOT_RESPONSE\",\"publishedAt\":\"2026-03-05 09:30\",\"source\":\"来源\","
                + "\"keywords\":\"关键词\",\"body\":\"<p>正文</p>\",\"attachments\":[\"" + "cd".repeat(32) + "\"]}"), written,
                "trimmed; the columns, kind, image and attachments as chosen; the emptied author and topics left out; "
                        + "no version (If-Match carries it)");
        JsonNode plain = GOOD.applyTo(written);
        assertEquals(false, plain.has("image") || plain.has("attachments"), "no image and no attachments: no fields");
        JsonNode created = GOOD.applyTo(ArticleDraft.newArticle("n", "c1"));
        assertEquals(GOOD, ArticleDraft.of(created), "read back as written");
        assertEquals(false, created.has("topics"), "no topics, no field");
        assertEquals("[\"c1\"]", ArticleDraft.newArticle("n", "c1").path("columns").toString());
    }
}
