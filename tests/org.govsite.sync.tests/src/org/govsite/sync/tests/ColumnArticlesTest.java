package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ColumnArticles;
import org.govsite.sync.ColumnArticles.Listing;
import org.govsite.sync.ColumnArticles.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A column's articles with the outbox's edits applied, filtered and paged as the library lists them. */
class ColumnArticlesTest {

    @TempDir
    Path folder;

    private static ObjectNode article(String id, String title, String publishedAt, String... columns) {
        ObjectNode article = JsonNodeFactory.instance.objectNode().put("id", id).put("title", title)
                .put("publishedAt", publishedAt).put("source", "来源" + id);
        for (String column : columns) {
            article.withArray("columns").add(column);
        }
        return article;
    }

    private static Change upsert(long seq, JsonNode article) {
        return new Change(seq, "article", article.path("id").asText(), 1, "upsert", article);
    }

    @Test
    void queuedEditsShowOverTheRecordsAndNewOnesComeFirst() {
        try (Replica replica = Replica.open(folder)) {
            replica.apply(new ChangePage(List.of(upsert(1, article("a", "甲", "2020-01-01 08:00", "c")),
                    upsert(2, article("b", "乙", "2020-01-02 08:00", "c")), upsert(3, article("c", "丙", "2020-01-03 08:00", "c")),
                    upsert(4, article("d", "丁", "2020-01-04 08:00", "other"))), 4, false));
            replica.queueUpsert("article", "b", 1, article("b", "乙（改）", "2020-01-02 08:00", "c"));
            replica.queueUpsert("article", "c", 1, article("c", "丙", "2020-01-03 08:00", "other"));
            replica.queueDelete("article", "a", 1);
            replica.queueUpsert("article", "d", 1, article("d", "丁", "2020-01-04 08:00", "other", "c"));
            replica.queueUpsert("article", "new", 0, article("new", "新", "2019-12-31 08:00", "c"));
            OutboxEntry stale = replica.queueUpsert("article", "b", 1, article("b", "乙（再改）", "2020-01-02 08:00", "c"));
            replica.conflict(stale, Optional.of(new Record("article", "b", 2, article("b", "乙（他们）", "2020-01-02 08:00", "c"))));

            Listing listing = ColumnArticles.list(replica, Set.of("c"), new NullProgressMonitor());
            assertEquals(List.of("丁 QUEUED 1", "乙（再改） CONFLICT 2", "甲 DELETING 1", "新 QUEUED 0"),
                    ColumnArticles.rows(replica, listing, 0, 10).stream().map(ColumnArticlesTest::describe).toList(),
                    "newest first, each as its last edit shows it; c moved out of the column");
            assertEquals(3, listing.records(), "the records listing the column");
            assertEquals(List.of("乙（再改） CONFLICT 2", "甲 DELETING 1"),
                    ColumnArticles.rows(replica, listing, 1, 2).stream().map(ColumnArticlesTest::describe).toList());
            assertEquals(List.of(), ColumnArticles.rows(replica, listing, 4, 10));
            Listing both = ColumnArticles.list(replica, Set.of("c", "other"), new NullProgressMonitor());
            assertEquals(List.of("丁 QUEUED 1", "丙 QUEUED 1", "乙（再改） CONFLICT 2", "甲 DELETING 1", "新 QUEUED 0"),
                    ColumnArticles.rows(replica, both, 0, 10).stream().map(ColumnArticlesTest::describe).toList(),
                    "a column and its sub-column: each article once");
            assertEquals(4, both.records());
        }
    }

    @Test
    void aFilterKeepsTheArticlesWhoseTitleSourceOrAuthorHasItAndACancelEndsTheReading() {
        try (Replica replica = Replica.open(folder)) {
            List<Change> changes = new ArrayList<>();
            IntStream.range(0, 1200).forEach(i -> changes.add(upsert(i + 1, article(String.format("x%04d", i),
                    (i % 100 == 0 ? "通知" : "动态") + i, String.format("2020-%02d-01 08:00", 1 + i % 12), "c"))));
            replica.apply(new ChangePage(changes, 1200, false));

            List<Change> more = List.of(upsert(1201, article("body", "正文提到栏目", "2021-01-01 08:00", "other")));
            ((ObjectNode) more.get(0).data()).put("body", "见\"c\"栏目");
            replica.apply(new ChangePage(more, 1201, false));

            Listing all = ColumnArticles.list(replica, Set.of("c"), new NullProgressMonitor());
            assertEquals(1200, all.entries().size());
            Listing notices = ColumnArticles.filter(all, " 通知 ");
            assertEquals(12, notices.entries().size());
            assertEquals(1200, notices.records(), "an article naming the column only in its body is not one of them");
            List<String> titles = ColumnArticles.rows(replica, notices, 0, 100).stream().map(Row::title).toList();
            assertTrue(titles.stream().allMatch(title -> title.startsWith("通知")), titles.toString());
            List<String> months = notices.entries().stream().map(entry -> entry.publishedAt().substring(0, 7)).toList();
            assertEquals(months.stream().sorted(Comparator.reverseOrder()).toList(), months, "newest first");
            assertEquals(List.of("来源x0000"), ColumnArticles.filter(all, "来源X0000").entries().stream()
                    .map(entry -> "来源" + entry.id()).toList(), "source, in any case");
            assertEquals(all, ColumnArticles.filter(all, "  "), "a blank filter keeps all");

            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class, () -> ColumnArticles.list(replica, Set.of("c"), cancelled));
        }
    }

    private static String describe(Row row) {
        return row.title() + " " + row.state() + " " + row.baseVersion();
    }
}
