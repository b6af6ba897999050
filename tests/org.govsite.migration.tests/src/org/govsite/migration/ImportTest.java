package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm3;
import org.govsite.migration.ImportResult.Status;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.load.ImportJournal;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalEntry;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.load.PlatformColumns;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.protocol.ErrorCode;
import org.govsite.testing.LegacySite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports of the generated legacy site's plan into a real platform server on loopback: fields read back through the
 * client, re-runs, a cancel and resume, a crash between the server's answer and the journal, a refused article; the
 * same guarantees with several articles in flight, and with each batch sent in one bulk request (the default).
 */
class ImportTest {
    private static final List<String> COLUMNS = List.of("xxgk", "news", "dup", "tpl");
    /** The defaults: each batch in one bulk request. */
    private static final ImportSettings SETTINGS = new ImportSettings(3, "某市人民政府办公室");
    /** One request per article, one at a time: the tests that stop a run at a given answer. */
    private static final ImportSettings ONE_AT_A_TIME = new ImportSettings(3, "某市人民政府办公室", 1, false);
    /** One request per article, a batch's three in flight at once. */
    private static final ImportSettings THREE_AT_ONCE = new ImportSettings(3, "某市人民政府办公室", 3, false);
    /** A batch's articles prepared one at a time, then sent in one bulk request. */
    private static final ImportSettings BULK_ONE_AT_A_TIME = new ImportSettings(3, "某市人民政府办公室", 1, true);
    /** A batch's three articles prepared at once, then sent in one bulk request. */
    private static final ImportSettings BULK_THREE_AT_ONCE = new ImportSettings(3, "某市人民政府办公室", 3, true);
    /** 7 articles to import (3 xxgk, 2 news, dup, tpl), 6 importable: the undated news fails. */
    private static final int IMPORTABLE = 6;

    @TempDir
    Path temp;
    private DigestFolder store;
    private MigrationPlan plan;
    private LegacySite site;

    @BeforeEach
    void plan() throws Exception {
        store = new DigestFolder(temp.resolve("attachments"));
        try (LegacySite started = LegacySites.standard().start();
                LegacySource source = new MirrorSource(started.mirror(temp.resolve("mirror")), "http",
                        DryRunTest.known(started))) {
            plan = new Planner(LegacySites.settings()).plan(source, store, KnownUrls.NONE, null);
            site = started;
        }
    }

    @Test
    void importsThePlanAndARerunAddsNothing() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            List<ImportResult> first = importPlan(platform, null);
            assertEquals(IMPORTABLE, count(first, Status.IMPORTED));
            ImportResult undated = only(first, Status.FAILED);
            assertEquals(site.url("/news/undated.html"), undated.url());
            assertEquals(Messages.ImportUndated, undated.reason());
            assertEquals(Map.of("xxgk", 3, "news", 1, "dup", 1, "tpl", 1), perColumn(platform));

            JsonNode tagged = article(platform, "xxgk", "/xxgk/art_1_101.html");
            assertEquals("关于印发2019年政务公开工作要点的通知", tagged.path("title").asText());
            assertEquals("2019-03-05 10:20", tagged.path("publishedAt").asText());
            assertEquals("市政府办公室", tagged.path("source").asText());
            assertEquals("张三", tagged.path("author").asText());
            String pdf = Sm3.digestHex(LegacySites.PLAN_PDF);
            String png = Sm3.digestHex(LegacySites.PHOTO_PNG);
            assertEquals(List.of(png, pdf), texts(tagged.path("attachments")), "the oversized zip is not imported");
            assertArrayEquals(LegacySites.PLAN_PDF, platform.editor.getBytes("/api/v1/attachments/" + pdf));
            assertTrue(tagged.path("body").asText().contains("files/" + pdf + ".pdf"), "links rewritten");
            JsonNode news = article(platform, "news", "/news/t20190305_789.html");
            assertEquals("2019-03-05 00:00", news.path("publishedAt").asText());
            assertEquals(SETTINGS.defaultSource(), news.path("source").asText(), "no source on the page");
            JsonNode template = article(platform, "tpl", "/tpl/t20190401_1.html");
            assertEquals(List.of("模板标题", "2019-04-02 08:15", "市统计局", "王五"), List.of(template.path("title").asText(),
                    template.path("publishedAt").asText(), template.path("source").asText(),
                    template.path("author").asText()));
            assertEquals(List.of(Sm3.digestHex(LegacySites.FORM_DOCX)), texts(template.path("attachments")));
            ImportResult listed = result(first, "/listed/art_2_201.html");
            String listedDay = article(platform, "xxgk", "/listed/art_2_201.html").path("publishedAt").asText().substring(0, 10)
                    .replace("-", "");
            assertEquals(URI.create("https://new.gov.cn/xxgk/" + listedDay.substring(0, 6) + "/t" + listedDay + "_"
                    + listed.articleId() + ".html"), listed.address(), "the address the platform publishes it at");
            assertEquals(MigrationKeys.key(site.url("/listed/art_2_201.html")), listed.articleId());
            assertEquals(1, listed.version());

            long feed = platform.editor.status().changeFeedHead();
            List<ImportResult> again = importPlan(platform, null);
            assertEquals(IMPORTABLE, count(again, Status.ALREADY_IMPORTED));
            assertEquals(ids(first), ids(again), "the same articles");
            assertEquals(first.stream().map(ImportResult::address).toList(), again.stream().map(ImportResult::address).toList());
            assertEquals(feed, platform.editor.status().changeFeedHead(), "nothing written");
            assertEquals(IMPORTABLE, platform.editor.status().articles());

            MigrationReport report = MigrationReport.of(plan, 5).withImports(again);
            assertEquals(List.of(site.url("/news/undated.html")),
                    report.imports(Status.FAILED).stream().map(ImportResult::url).toList());
            assertEquals(IMPORTABLE, report.imports(Status.ALREADY_IMPORTED).size());
        }
    }

    @Test
    void theTopicsOfARuleListItsImportedArticlesInThemByNameResolvedOnThePlatform() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            platform.editor.post("/api/v1/sites/new-portal/topics", Map.of("id", "yshj", "name", "优化营商环境",
                    "pathSegment", "yshj"));
            List<MappingRule> rules = new ArrayList<>(LegacySites.mapping().rules());
            int xxgk = rules.indexOf(rules.stream().filter(rule -> rule.column().equals("xxgk")).findFirst().orElseThrow());
            MappingRule rule = rules.get(xxgk);
            rules.set(xxgk, new MappingRule(rule.pattern(), rule.outcome(), rule.column(), rule.target(),
                    List.of("优化营商环境")));
            PlatformColumns columns = PlatformColumns.read(platform.editor);
            plan = plan.withColumnsOf(MappingCsv.resolve(new Mapping(rules),
                    ref -> columns.columnId(ref, URI.create("https://new.gov.cn/")), columns::topicId));
            assertEquals(IMPORTABLE, count(importPlan(platform, null), Status.IMPORTED));

            assertEquals(List.of("yshj"), texts(article(platform, "xxgk", "/xxgk/art_1_101.html").path("topics")),
                    "listed in the rule's topic, by its id");
            assertTrue(article(platform, "news", "/news/t20190305_789.html").path("topics").isMissingNode(),
                    "another rule's article in none");
        }
    }

    @Test
    void linksBetweenMigratedPagesLeadToTheirPublishedPages() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            List<ImportResult> results = importPlan(platform, null);
            platform.publish();
            URI meeting = result(results, "/xxgk/art_1_102.html").address();
            PlatformPages.Page first = pages.get(result(results, "/xxgk/art_1_101.html").address());
            assertEquals(200, first.status());
            String link = Jsoup.parse(first.text()).select("a:contains(专题会议)").attr("href");
            assertEquals(meeting.toString(), link, "a relative link to another article, as the platform publishes it");
            PlatformPages.Page linked = pages.get(URI.create(link));
            assertEquals(200, linked.status(), "the link leads to a live page");
            assertTrue(linked.text().contains("市发改委召开专题会议"), linked.text());

            String meetingBody = article(platform, "xxgk", "/xxgk/art_1_102.html").path("body").asText();
            assertTrue(meetingBody.contains("href=\"" + result(results, "/news/t20190305_789.html").address() + "\""), meetingBody);
            assertTrue(meetingBody.contains("href=\"" + site.url("/old/notice.html") + "\""),
                    "an archived page keeps its old address, which the redirect table answers with 410: " + meetingBody);
            String newsBody = article(platform, "news", "/news/t20190305_789.html").path("body").asText();
            assertTrue(newsBody.contains("href=\"" + result(results, "/dup/a.html").address() + "#p2\""),
                    "a duplicate's link leads to its first copy, the fragment kept: " + newsBody);
            assertTrue(newsBody.contains("href=\"" + site.url("/misc/about.html") + "\""),
                    "an unresolved page keeps its old address, made absolute: " + newsBody);
        }
    }

    @Test
    void aJournalHoldingTheMappingsAddressGetsThePublishedOne() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            ImportResult imported = result(importPlan(platform, null), "/xxgk/art_1_101.html");
            URI mapped = URI.create("http://new.gov.cn/xxgk/art_1_101.html");
            Path path = temp.resolve("journal.jsonl");
            try (JournalFile older = JournalFile.open(path)) {
                older.record(JournalEntry.imported(imported.key(), imported.url(), imported.articleId(), 1, mapped));
            }
            long feed = platform.editor.status().changeFeedHead();
            ImportResult again = result(importPlan(platform, null), "/xxgk/art_1_101.html");
            assertEquals(Status.ALREADY_IMPORTED, again.status());
            assertEquals(imported.address(), again.address(), "an older journal's address is replaced by the published one");
            assertTrue(again.address().toString().startsWith("https://new.gov.cn/xxgk/201903/t20190305_"), again.address().toString());
            assertEquals(feed, platform.editor.status().changeFeedHead(), "nothing sent");
            try (JournalFile reopened = JournalFile.open(path)) {
                assertEquals(imported.address(), reopened.entry(imported.key()).orElseThrow().address(), "and recorded");
            }
        }
    }

    @Test
    void aCancelledImportResumesWithoutDuplicates() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            CancelAfter monitor = new CancelAfter(SETTINGS.batchSize());
            assertThrows(OperationCanceledException.class, () -> importPlan(platform, monitor));
            long afterCancel = platform.editor.status().articles();
            assertEquals(SETTINGS.batchSize(), afterCancel, "the first batch (three dated articles) only");

            List<ImportResult> resumed = importPlan(platform, null);
            assertEquals(afterCancel, count(resumed, Status.ALREADY_IMPORTED));
            assertEquals(IMPORTABLE - afterCancel, count(resumed, Status.IMPORTED));
            assertEquals(IMPORTABLE, platform.editor.status().articles());
            assertEquals(IMPORTABLE, platform.logged("article.create"));
        }
    }

    @Test
    void aCrashBetweenTheAnswerAndTheJournalImportsOnce() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            Path path = temp.resolve("journal.jsonl");
            try (JournalFile file = JournalFile.open(path)) {
                Importer importer = new Importer(platform.editor, new CrashAfter(file, 2), store, ONE_AT_A_TIME);
                assertThrows(Crash.class, () -> importer.run(plan, null));
            }
            assertEquals(2, platform.editor.status().articles(), "the second answer came, then the crash");
            List<String> stored = COLUMNS.stream().flatMap(c -> platform.articles(c).stream())
                    .map(a -> a.path("id").asText()).toList();
            List<String> unrecordedKeys = stored.stream().filter(key -> pending(path, key)).toList();
            assertEquals(1, unrecordedKeys.size(), "stored by the server, pending in the journal");
            String unrecorded = unrecordedKeys.get(0);

            List<ImportResult> rerun = importPlan(platform, null);
            ImportResult resent = rerun.stream().filter(r -> r.key().equals(unrecorded)).findFirst().orElseThrow();
            assertEquals(Status.IMPORTED, resent.status(), "the server's idempotent answer: " + resent.reason());
            assertEquals(unrecorded, resent.articleId());
            assertEquals(1, resent.version());
            assertEquals(1, count(rerun, Status.ALREADY_IMPORTED));
            assertEquals(IMPORTABLE, platform.editor.status().articles());
            assertEquals(IMPORTABLE, platform.logged("article.create"), "one article per key");
        }
    }

    @Test
    void aServerGoneMidRunStopsItAndFailsNothing() {
        List<JournalEntry.State> states = stopTheServerAtTheFirstAnswer(ONE_AT_A_TIME);
        assertEquals(1, states.stream().filter(JournalEntry.State.IMPORTED::equals).count(), states.toString());
        assertEquals(List.of(JournalEntry.State.PENDING, JournalEntry.State.PENDING), states.subList(1, 3),
                "the rest of the batch is pending, to be sent again");
        assertTrue(states.stream().noneMatch(JournalEntry.State.FAILED::equals), states.toString());
    }

    @Test
    void aRefusedArticleFailsWithTheReasonAndTheOthersAreImported() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk", "news", "dup"))) {
            List<ImportResult> results = importPlan(platform, null);
            ImportResult refused = result(results, "/tpl/t20190401_1.html");
            assertEquals(Status.FAILED, refused.status());
            assertTrue(refused.reason().contains("no column tpl"), refused.reason());
            assertEquals(IMPORTABLE - 1, count(results, Status.IMPORTED));
            assertEquals(Map.of("xxgk", 3, "news", 1, "dup", 1), perColumn(platform));

            platform.editor.post("/api/v1/sites/new-portal/columns", Map.of("id", "tpl", "name", "模板",
                    "pathSegment", "tpl", "category", "OTHER", "updatePeriodDays", 30, "position", 3));
            List<ImportResult> retried = importPlan(platform, null);
            assertEquals(Status.IMPORTED, result(retried, "/tpl/t20190401_1.html").status(), "failures are retried");
            assertEquals(IMPORTABLE, platform.editor.status().articles());
        }
    }

    @Test
    void anAttachmentMissingOrChangedInTheFolderFailsItsArticle() throws Exception {
        Files.delete(store.path(Sm3.digestHex(LegacySites.PLAN_PDF)));
        Files.write(store.path(Sm3.digestHex(LegacySites.FORM_DOCX)), "changed".getBytes(StandardCharsets.UTF_8));
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            List<ImportResult> results = importPlan(platform, null);
            assertEquals(NLS.bind(Messages.ImportAttachmentMissing, site.url("/files/plan.pdf")),
                    result(results, "/xxgk/art_1_101.html").reason());
            assertEquals(NLS.bind(Messages.ImportAttachmentDamaged, site.url("/tpl/form.docx")),
                    result(results, "/tpl/t20190401_1.html").reason());
            assertEquals(IMPORTABLE - 2, count(results, Status.IMPORTED));
            assertEquals(IMPORTABLE - 2, platform.editor.status().articles());
        }
    }

    @Test
    void articlesInFlightAtOnceAreEachImportedOnceAndReportedInUrlOrder() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                JournalFile file = JournalFile.open(temp.resolve("journal.jsonl"))) {
            CountDownLatch firstBatch = new CountDownLatch(THREE_AT_ONCE.requestsInFlight());
            AtomicInteger answered = new AtomicInteger();
            ImportJournal waitsForTheFirstBatch = new Forwarding(file) {
                @Override
                public void record(JournalEntry entry) {
                    if (entry.state() == JournalEntry.State.IMPORTED
                            && answered.incrementAndGet() <= THREE_AT_ONCE.requestsInFlight()) {
                        awaitOthers(firstBatch);
                    }
                    super.record(entry);
                }
            };
            List<ImportResult> results = new Importer(platform.editor, waitsForTheFirstBatch, store, THREE_AT_ONCE)
                    .run(plan, null);
            assertEquals(0, firstBatch.getCount(), "the first batch's three articles were in flight at once");
            assertEquals(plan.outcomes().stream().filter(Importer::imports).map(UrlOutcome::url).toList(),
                    results.stream().map(ImportResult::url).toList(), "one result per article, in URL order");
            assertEquals(IMPORTABLE, count(results, Status.IMPORTED));
            assertEquals(IMPORTABLE, platform.editor.status().articles());
            assertEquals(IMPORTABLE, platform.logged("article.create"));
            for (ImportResult result : results) {
                assertEquals(result.status(), file.entry(result.key()).map(e -> e.result(false).status()).orElseThrow(),
                        "the journal records each answer: " + result.url());
            }
        }
    }

    @Test
    void aCancelWithArticlesInFlightRecordsTheirAnswersAndResumesWithoutDuplicates() {
        cancelAfterTheSecondArticleAndResume(THREE_AT_ONCE);
    }

    @Test
    void aCrashWithArticlesInFlightLosesNoneAndImportsEachOnce() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            Path path = temp.resolve("journal.jsonl");
            try (JournalFile file = JournalFile.open(path)) {
                Importer importer = new Importer(platform.editor, new CrashAfter(file, 2), store, THREE_AT_ONCE);
                assertThrows(Crash.class, () -> importer.run(plan, null));
            }
            assertEquals(3, platform.editor.status().articles(), "the first batch only, sent at once; no new batch");
            List<ImportResult> rerun = importPlan(platform, null, THREE_AT_ONCE);
            assertEquals(2, count(rerun, Status.ALREADY_IMPORTED), "two answers recorded before the crash");
            assertEquals(IMPORTABLE - 2, count(rerun, Status.IMPORTED), "the crashed one answered again idempotently");
            assertEquals(IMPORTABLE, platform.editor.status().articles());
            assertEquals(IMPORTABLE, platform.logged("article.create"), "one article per key");
        }
    }

    @Test
    void aServerGoneWithArticlesInFlightStopsTheRunAndFailsNothing() {
        List<JournalEntry.State> states = stopTheServerAtTheFirstAnswer(THREE_AT_ONCE);
        assertTrue(states.contains(JournalEntry.State.IMPORTED), states.toString());
        assertTrue(states.contains(JournalEntry.State.PENDING), "the unanswered article is pending: " + states);
        List<JournalEntry.State> failed = states.stream().filter(JournalEntry.State.FAILED::equals).toList();
        assertTrue(failed.size() <= 1, "only the undated article may fail (it is never sent): " + states);
        assertOnlyTheUndatedFailed(states);
    }

    @Test
    void aCrashAfterTheBulkAnswerBeforeRecordingImportsEachOnce() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            Path path = temp.resolve("journal.jsonl");
            try (JournalFile file = JournalFile.open(path)) {
                Importer importer = new Importer(platform.editor, new CrashAfter(file, 1), store, BULK_ONE_AT_A_TIME);
                assertThrows(Crash.class, () -> importer.run(plan, null));
            }
            assertEquals(SETTINGS.batchSize(), platform.editor.status().articles(),
                    "the first batch's articles were created by one request before the first answer was recorded");
            List<String> stored = COLUMNS.stream().flatMap(c -> platform.articles(c).stream()).map(a -> a.path("id").asText()).toList();
            assertTrue(stored.stream().allMatch(key -> pending(path, key)), "all stored, all pending in the journal");

            List<ImportResult> rerun = importPlan(platform, null);
            assertTrue(stored.stream().allMatch(key -> rerun.stream().anyMatch(r -> r.key().equals(key)
                    && r.status() == Status.IMPORTED && r.articleId().equals(key) && r.version() == 1)),
                    "the batch sent again is answered with the articles created before: " + rerun);
            assertEquals(IMPORTABLE, count(rerun, Status.IMPORTED));
            assertEquals(IMPORTABLE, platform.editor.status().articles());
            assertEquals(IMPORTABLE, platform.logged("article.create"), "one article per key");
        }
    }

    @Test
    void aCancelWhileABulkBatchIsPreparedSendsThePreparedAndResumesWithoutDuplicates() {
        cancelAfterTheSecondArticleAndResume(BULK_THREE_AT_ONCE);
    }

    @Test
    void aServerGoneDuringABulkImportStopsItAndFailsNothing() {
        List<JournalEntry.State> states = stopTheServerAtTheFirstAnswer(BULK_THREE_AT_ONCE);
        assertEquals(List.of(JournalEntry.State.IMPORTED, JournalEntry.State.IMPORTED, JournalEntry.State.IMPORTED),
                states.subList(0, 3), "the bulk answer came whole: " + states);
        assertTrue(states.subList(3, states.size()).contains(JournalEntry.State.PENDING), states.toString());
        assertOnlyTheUndatedFailed(states);
    }

    @Test
    void anOperatorTheServerRefusesBulkRequestsFailsEachArticleWithTheReason() {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                PlatformClient reviewer = platform.reviewer("wang.fang");
                JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
            List<ImportResult> results = new Importer(reviewer, journal, store, SETTINGS).run(plan, null);
            assertEquals(IMPORTABLE + 1, count(results, Status.FAILED), "every article, each with its reason");
            assertTrue(results.stream().allMatch(r -> r.reason().equals(Messages.ImportUndated)
                    || r.reason().contains(ErrorCode.AUTH_ROLE.message())), results.toString());
            assertEquals(0, platform.editor.status().articles());
        }
    }

    @Test
    void bulkAndSingleRequestsImportTheSameArticles() {
        List<Map<String, JsonNode>> libraries = new ArrayList<>();
        for (ImportSettings settings : List.of(ONE_AT_A_TIME, BULK_THREE_AT_ONCE)) {
            Path folder = temp.resolve(settings.bulk() ? "bulk" : "single");
            try (ImportPlatform platform = new ImportPlatform(folder.resolve("server"), COLUMNS);
                    JournalFile journal = JournalFile.open(folder.resolve("journal.jsonl"))) {
                List<ImportResult> results = new Importer(platform.editor, journal, store, settings).run(plan, null);
                assertEquals(IMPORTABLE, count(results, Status.IMPORTED));
                Map<String, JsonNode> articles = new TreeMap<>();
                COLUMNS.forEach(c -> platform.articles(c).forEach(a -> articles.put(a.path("id").asText(), a)));
                libraries.add(articles);
            }
        }
        assertEquals(IMPORTABLE, libraries.get(0).size());
        assertEquals(libraries.get(0), libraries.get(1));
    }

    /**
     * Cancels when the 2nd article starts (sent, or in bulk prepared): both are in the library and recorded, the 3rd
     * pending; the resume imports the rest, each once.
     */
    private void cancelAfterTheSecondArticleAndResume(ImportSettings settings) {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            assertThrows(OperationCanceledException.class, () -> importPlan(platform, new CancelAfter(2), settings));
            assertEquals(2, platform.editor.status().articles(), "the two articles started before the cancel");
            List<JournalEntry.State> states = states(temp.resolve("journal.jsonl"));
            assertEquals(List.of(JournalEntry.State.IMPORTED, JournalEntry.State.IMPORTED, JournalEntry.State.PENDING),
                    states.subList(0, 3), "answers recorded: " + states);
            List<ImportResult> resumed = importPlan(platform, null, settings);
            assertEquals(2, count(resumed, Status.ALREADY_IMPORTED));
            assertEquals(IMPORTABLE - 2, count(resumed, Status.IMPORTED));
            assertEquals(IMPORTABLE, platform.logged("article.create"));
        }
    }

    /** Asserts that the journal records no failure but the undated article's (never sent). */
    private void assertOnlyTheUndatedFailed(List<JournalEntry.State> states) {
        try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
            assertTrue(plan.outcomes().stream().filter(Importer::imports).flatMap(o -> journal.entry(o.key()).stream())
                    .filter(e -> e.state() == JournalEntry.State.FAILED)
                    .allMatch(e -> e.reason().equals(Messages.ImportUndated)), states.toString());
        }
    }

    /** @return the journal's state of each article to import, in URL order (null: never recorded) */
    private List<JournalEntry.State> states(Path path) {
        try (JournalFile journal = JournalFile.open(path)) {
            return plan.outcomes().stream().filter(Importer::imports)
                    .map(o -> journal.entry(o.key()).map(JournalEntry::state).orElse(null)).toList();
        }
    }

    /**
     * Imports with a journal that stops the server once it has recorded the first answer.
     *
     * @return the journal's state of each article to import, in URL order (null: never recorded)
     */
    private List<JournalEntry.State> stopTheServerAtTheFirstAnswer(ImportSettings settings) {
        Path path = temp.resolve("journal.jsonl");
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                JournalFile file = JournalFile.open(path)) {
            ImportJournal stopsTheServer = new Forwarding(file) {
                @Override
                public void record(JournalEntry entry) {
                    super.record(entry);
                    if (entry.state() == JournalEntry.State.IMPORTED) {
                        platform.server.stop();
                    }
                }
            };
            Importer importer = new Importer(platform.editor, stopsTheServer, store, settings);
            ClientException noAnswer = assertThrows(ClientException.class, () -> importer.run(plan, null));
            assertEquals(null, noAnswer.code(), noAnswer.getMessage());
        }
        return states(path);
    }

    /** Counts down and waits until the other articles of the first batch have been answered too. */
    private static void awaitOthers(CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other articles of the batch were not in flight at the same time");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private List<ImportResult> importPlan(ImportPlatform platform, NullProgressMonitor monitor) {
        return importPlan(platform, monitor, SETTINGS);
    }

    private List<ImportResult> importPlan(ImportPlatform platform, NullProgressMonitor monitor,
            ImportSettings settings) {
        try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
            return new Importer(platform.editor, journal, store, settings).run(plan, monitor);
        }
    }

    private boolean pending(Path path, String key) {
        try (JournalFile journal = JournalFile.open(path)) {
            return journal.entry(key).map(e -> e.state() == JournalEntry.State.PENDING).orElse(false);
        }
    }

    private static Map<String, Integer> perColumn(ImportPlatform platform) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String column : COLUMNS) {
            int n = platform.articles(column).size();
            if (n > 0) {
                counts.put(column, n);
            }
        }
        return counts;
    }

    private JsonNode article(ImportPlatform platform, String column, String path) {
        String key = MigrationKeys.key(site.url(path));
        return platform.articles(column).stream().filter(a -> a.path("id").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + column));
    }

    private ImportResult result(List<ImportResult> results, String path) {
        return results.stream().filter(r -> r.url().equals(site.url(path))).findFirst().orElseThrow();
    }

    private static ImportResult only(List<ImportResult> results, Status status) {
        List<ImportResult> matching = results.stream().filter(r -> r.status() == status).toList();
        assertEquals(1, matching.size(), matching.toString());
        return matching.get(0);
    }

    private static long count(List<ImportResult> results, Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    private static List<String> ids(List<ImportResult> results) {
        return results.stream().map(ImportResult::articleId).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** Cancels once it has seen {@code articles} articles start. */
    private static final class CancelAfter extends NullProgressMonitor {
        private final int articles;
        private int started;

        CancelAfter(int articles) {
            this.articles = articles;
        }

        @Override
        public void subTask(String name) {
            if (++started == articles) {
                setCanceled(true);
            }
        }
    }

    /** The process dying after the server answered the {@code n}th article and before the journal recorded it. */
    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A journal passing everything to another one. */
    private static class Forwarding implements ImportJournal {
        private final ImportJournal journal;

        Forwarding(ImportJournal journal) {
            this.journal = journal;
        }

        @Override
        public Optional<JournalEntry> entry(String key) {
            return journal.entry(key);
        }

        @Override
        public void record(JournalEntry entry) {
            journal.record(entry);
        }

        @Override
        public void sync() {
            journal.sync();
        }

        @Override
        public void close() {
            journal.close();
        }
    }

    /** A journal that crashes on recording the {@code n}th imported article. */
    private static final class CrashAfter extends Forwarding {
        private final int n;
        private final AtomicInteger imported = new AtomicInteger();

        CrashAfter(ImportJournal journal, int n) {
            super(journal);
            this.n = n;
        }

        @Override
        public void record(JournalEntry entry) {
            if (entry.state() == JournalEntry.State.IMPORTED && imported.incrementAndGet() == n) {
                throw new Crash();
            }
            super.record(entry);
        }
    }
}
