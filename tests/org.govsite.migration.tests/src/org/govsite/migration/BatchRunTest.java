package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ClientException;
import org.govsite.migration.batch.BatchAfter;
import org.govsite.migration.batch.BatchCounts;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchRun;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.batch.BatchStore;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.migration.batch.SamplePages;
import org.govsite.migration.extract.Extraction;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.load.Importer;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.migration.source.SourcePage;
import org.govsite.migration.source.SourceStatus;
import org.govsite.testing.LegacySite;
import org.govsite.testing.Tls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Migration batches in a workspace folder: saved and read back (templates in the {@code --templates} format, the
 * mapping as CSV), damaged files listed with their problem, the dry run and the import of the standard site's
 * mirror into a real platform on 127.0.0.1 with counts and status, a re-run of the failures that imports only them,
 * a cancel, the sample pages' preview; a live site read once by the dry run, again only when the settings change.
 */
class BatchRunTest {
    @TempDir
    Path temp;
    private LegacySite site;
    private BatchStore store;

    @BeforeEach
    void site() throws Exception {
        try (LegacySite started = LegacySites.standard().start()) {
            started.mirror(temp.resolve("mirror"));
            site = started;
        }
        store = new BatchStore(temp.resolve("workspace/migrations"));
    }

    @Test
    void aBatchIsSavedAndReadBackAndDamagedFilesAreListedWithTheirProblem() throws Exception {
        List<Integer> saves = new ArrayList<>();
        store.addListener(() -> saves.add(1));
        MigrationBatch batch = batch("市发改委");
        batch.pathPrefixes = List.of("/xxgk/");
        batch.exclude = List.of("\\?from=");
        batch.maxPages = 500;
        batch.honourRobots = false;
        store.save(batch);

        MigrationBatch read = store.load(batch.id);
        assertEquals("市发改委", read.name);
        assertEquals(MigrationBatch.SourceKind.MIRROR, read.sourceKind);
        assertEquals(List.of("/xxgk/"), read.pathPrefixes);
        assertEquals(500, read.maxPages);
        assertFalse(read.honourRobots);
        assertEquals(LegacySites.templates(), read.templates);
        assertEquals(LegacySites.mapping(), read.mapping);
        assertEquals(BatchStatus.DRAFT, read.status);
        assertEquals(2, saves.size(), "created, then saved");
        assertTrue(Files.readString(store.folder(batch.id).resolve(BatchStore.TEMPLATES_FILE)).contains("\".wz .bt\""));
        try (var files = Files.list(store.folder(batch.id))) {
            assertEquals(List.of("batch.json", "mapping.csv", "templates.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }

        MigrationBatch second = batch("市统计局");
        Files.writeString(store.folder(second.id).resolve(BatchStore.BATCH_FILE), "{\"name\": \"市统计局\", ");
        MigrationBatch third = batch("市教育局");
        Files.writeString(store.folder(third.id).resolve(BatchStore.MAPPING_FILE),
                "pattern,syntax,outcome,column,target\n/a/**,glob,REDIRECT,,\n", StandardCharsets.UTF_8);
        Map<String, BatchStore.Entry> listed = store.list().stream()
                .collect(Collectors.toMap(BatchStore.Entry::id, e -> e));
        assertEquals(3, listed.size());
        assertTrue(listed.get(batch.id).readable());
        assertFalse(listed.get(second.id).readable());
        assertTrue(listed.get(second.id).problem().contains(BatchStore.BATCH_FILE), listed.get(second.id).problem());
        assertTrue(listed.get(third.id).problem().contains(BatchStore.MAPPING_FILE), listed.get(third.id).problem());
        assertThrows(BatchException.class, () -> store.load(second.id));
    }

    @Test
    void theDryRunCountsAndTheImportThenReRunsItsFailuresOnly() throws Exception {
        MigrationBatch batch = batch("某市人民政府");
        MigrationReport direct;
        try (MirrorSource source = new MirrorSource(temp.resolve("mirror"), "http", DryRunTest.known(site))) {
            direct = new DryRun(BatchSources.settings(batch)).run(source, KnownUrls.NONE, null);
        }
        new BatchRun(store).dryRun(batch, new NullProgressMonitor());
        MigrationBatch dry = store.load(batch.id);
        assertEquals(BatchStatus.DRY_RUN_DONE, dry.status);
        assertEquals(new BatchCounts(direct.plan().outcomes().size(), 7, 0, 0, direct.extractionFailures().size(),
                direct.unresolved().size(), 1), dry.counts);
        assertTrue(direct.unresolved().contains(site.url("/misc/about.html")));
        assertFalse(dry.lastRun.isEmpty());
        JsonNode report = new ObjectMapper().readTree(store.report(batch.id, true).toFile());
        assertEquals(dry.counts.pages(), report.path("urls").size());
        assertTrue(Files.readString(store.report(batch.id, false), StandardCharsets.UTF_8).startsWith("\uFEFFurl,key"));

        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk", "news", "dup"))) {
            int tplRule = LegacySites.mapping().rules().indexOf(LegacySites.mapping().rules().stream()
                    .filter(rule -> rule.column().equals("tpl")).findFirst().orElseThrow()) + 1;
            assertEquals(List.of(new LineProblem(tplRule, NLS.bind(Messages.ColumnUnknown, "tpl", "new-portal"))),
                    BatchSources.unknownColumns(dry, platform.editor), "the rule whose column the platform lacks");
            new BatchRun(store).importArticles(dry, platform.editor, new NullProgressMonitor());
            MigrationBatch first = store.load(batch.id);
            assertEquals(BatchStatus.IMPORTED, first.status);
            assertEquals(5, first.counts.imported());
            assertEquals(2, first.counts.failed(), "the undated article and the one of the missing column");
            assertTrue(Files.isDirectory(store.attachments(batch.id)));
            assertTrue(Files.size(store.journal(batch.id)) > 0);

            platform.editor.post("/api/v1/sites/new-portal/columns", Map.of("id", "tpl", "name", "模板",
                    "pathSegment", "tpl", "category", "OTHER", "updatePeriodDays", 30, "position", 3));
            assertEquals(List.of(), BatchSources.unknownColumns(first, platform.editor));
            first.undatedTime = "2019-02-30 08:00";
            BatchException badTime = assertThrows(BatchException.class,
                    () -> new BatchRun(store).importArticles(first, platform.editor, null));
            assertEquals(NLS.bind(org.govsite.migration.batch.Messages.BadUndatedTime, "2019-02-30 08:00"), badTime.getMessage());
            assertEquals(5, platform.logged("article.create"), "nothing sent");
            first.undatedTime = " 2019-01-01 08:00 ";
            MigrationReport rerun = new BatchRun(store).importArticles(first, platform.editor, null);
            assertEquals(5, rerun.imports(ImportResult.Status.ALREADY_IMPORTED).size(), "not sent again");
            assertEquals(List.of(site.url("/news/undated.html"), site.url("/tpl/t20190401_1.html")),
                    rerun.imports(ImportResult.Status.IMPORTED).stream().map(ImportResult::url).toList(),
                    "the undated article with the time given, the template page in its new column");
            String undated = MigrationKeys.key(site.url("/news/undated.html"));
            assertEquals(List.of("2019-01-01 08:00"), platform.articles("news").stream()
                    .filter(a -> a.path("id").asText().equals(undated)).map(a -> a.path("publishedAt").asText()).toList());
            MigrationBatch second = store.load(batch.id);
            assertEquals(7, second.counts.imported());
            assertEquals(0, second.counts.failed());
            assertEquals("2019-01-01 08:00", second.undatedTime.strip(), "kept with the batch");
            assertEquals(7, platform.logged("article.create"), "never imported twice");

            new BatchRun(store).dryRun(second, null);
            MigrationBatch again = store.load(batch.id);
            assertEquals(BatchStatus.IMPORTED, again.status, "a dry run keeps the import's status");
            assertEquals(7, again.counts.imported());
        }
    }

    @Test
    void aLiveSiteIsReadByTheDryRunOnceAndAgainOnlyWhenTheSettingsChange() throws Exception {
        try (LegacySite live = LegacySites.standard().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk", "news", "dup", "tpl"))) {
            MigrationBatch batch = batch("在线站点");
            batch.sourceKind = MigrationBatch.SourceKind.LIVE;
            batch.site = live.url("/").toString();
            batch.knownUrls = "";
            store.save(batch);
            MigrationReport dry = new BatchRun(store).dryRun(batch, null);
            int read = live.requests();
            assertTrue(read > 10, "the dry run crawled the site: " + read);
            assertTrue(Files.isRegularFile(store.plan(batch.id)));

            MigrationReport imported = new BatchRun(store).importArticles(store.load(batch.id), platform.editor, null);
            assertEquals(read, live.requests(), "the import takes the pages and attachments the dry run read");
            assertEquals(dry.plan().outcomes(), imported.plan().outcomes());
            assertEquals(List.of(live.url("/news/undated.html")), imported.imports(ImportResult.Status.FAILED).stream()
                    .map(ImportResult::url).toList(), "only the undated article fails: the attachments were kept");
            assertEquals(dry.plan().outcomes().stream().filter(Importer::imports).count() - 1,
                    imported.imports(ImportResult.Status.IMPORTED).size());
            Path csv = temp.resolve("out/redirects.csv");
            Files.createDirectories(csv.getParent());
            new BatchAfter(store).exportRedirects(store.load(batch.id), csv, temp.resolve("out/old.map"), null);
            assertEquals(read, live.requests(), "step 6 works on the same plan");

            MigrationBatch changed = store.load(batch.id);
            changed.mapping = new Mapping(LegacySites.mapping().rules().subList(0, 2));
            store.save(changed);
            new BatchRun(store).importArticles(changed, platform.editor, null);
            int again = live.requests();
            assertTrue(again > read, "the mapping changed: the site is read again");
            new BatchRun(store).importArticles(store.load(batch.id), platform.editor, null);
            assertEquals(again, live.requests(), "and that plan kept");
            Files.writeString(store.plan(batch.id), "{\"format\":1,\"fingerprint\":");
            new BatchRun(store).importArticles(store.load(batch.id), platform.editor, null);
            assertTrue(live.requests() > again, "a damaged plan: the site is read again");
            assertEquals(imported.imports(ImportResult.Status.IMPORTED).size(), platform.logged("article.create"),
                    "never imported twice");
        }
    }

    @Test
    void aCancelledImportIsSavedCancelledAndBadSettingsAreRefusedWithTheirReason() throws Exception {
        MigrationBatch batch = batch("取消");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"))) {
            assertThrows(OperationCanceledException.class,
                    () -> new BatchRun(store).importArticles(batch, platform.editor, cancelled));
        }
        assertEquals(BatchStatus.CANCELLED, store.load(batch.id).status);

        batch.mirror = temp.resolve("nowhere").toString();
        BatchException noMirror = assertThrows(BatchException.class, () -> new BatchRun(store).dryRun(batch, null));
        assertTrue(noMirror.getMessage().contains("nowhere"), noMirror.getMessage());
        batch.newSite = "new.gov.cn";
        BatchException badSite = assertThrows(BatchException.class, () -> new BatchRun(store).dryRun(batch, null));
        assertTrue(badSite.getMessage().contains("new.gov.cn"), badSite.getMessage());
        batch.newSite = LegacySites.NEW_SITE;
        batch.sourceKind = MigrationBatch.SourceKind.LIVE;
        batch.site = site.url("/").toString();
        batch.exclude = List.of("(unclosed");
        BatchException badPattern = assertThrows(BatchException.class, () -> BatchSources.crawlSettings(batch));
        assertTrue(badPattern.getMessage().contains("(unclosed"), badPattern.getMessage());
        assertEquals(BatchStatus.CANCELLED, store.load(batch.id).status, "a refused run changes nothing");
    }

    @Test
    void stepSixOfAnImportedBatchKeepsWhatItDidAndACancelOrARefusalChangesNothing() throws Exception {
        MigrationBatch batch = batch("第六步");
        BatchAfter after = new BatchAfter(store);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk", "news", "dup", "tpl"))) {
            BatchException notImported = assertThrows(BatchException.class,
                    () -> after.publishRedirects(batch, platform.editor, null));
            assertEquals(org.govsite.migration.batch.Messages.NotImported, notImported.getMessage());
            new BatchRun(store).importArticles(batch, platform.editor, null);
            platform.publish();
            String saved = Files.readString(store.folder(batch.id).resolve(BatchStore.BATCH_FILE));

            assertThrows(OperationCanceledException.class, () -> after.publishRedirects(batch, platform.editor, cancelled));
            assertEquals(0, platform.editor.get("/api/v1/redirects/127.0.0.1?limit=1000").path("entries").size());
            BatchException tooShort = assertThrows(BatchException.class, () -> after.publishNotices(batch, platform.editor,
                    new BatchAfter.Notice("new-portal", "new-portal", "网站迁移公告", "已迁移。", 29), null));
            assertEquals(NLS.bind(Messages.NoticeTooShort, 30, 29), tooShort.getMessage());
            assertThrows(ClientException.class, () -> after.publishNotices(batch, platform.editor,
                    new BatchAfter.Notice("new-portal", "no-such-portal", "网站迁移公告", "已迁移。", 30), null));
            assertTrue(platform.editor.migrationNotice("127.0.0.1").isEmpty(), "the platform refused it");
            assertEquals(saved, Files.readString(store.folder(batch.id).resolve(BatchStore.BATCH_FILE)), "nothing kept");

            Path notice = temp.resolve("mirror").resolve("127.0.0.1:" + site.url("/").getPort()).resolve("old/notice.html");
            Files.writeString(notice, Files.readString(notice).replace("</body>", "<img src=\"/img/gone.gif\"></body>"));
            MigrationReport published = after.publishRedirects(batch, platform.editor, new NullProgressMonitor());
            MigrationBatch kept = store.load(batch.id);
            assertEquals(1, kept.after.filesNotArchived.size(), kept.after.filesNotArchived.toString());
            assertTrue(kept.after.filesNotArchived.get(0).startsWith(site.url("/img/gone.gif") + " ("),
                    "an image the archived page shows that the mirror lacks: " + kept.after.filesNotArchived);
            int moved = published.redirectTable().entries(Redirect.Kind.MOVED).size();
            int gone = published.redirectTable().entries(Redirect.Kind.GONE).size();
            assertEquals(List.of(moved, gone, published.redirectTable().entries(Redirect.Kind.NOT_READY).size(), 1),
                    List.of(kept.after.moved, kept.after.gone, kept.after.notReady, kept.after.snapshots));
            assertFalse(kept.after.published.isEmpty());
            assertEquals(moved + gone, platform.editor.get("/api/v1/redirects/127.0.0.1?limit=1000").path("entries").size());

            Path csv = temp.resolve("out/redirects.csv");
            Files.createDirectories(csv.getParent());
            assertEquals("127.0.0.1", after.exportRedirects(kept, csv, temp.resolve("out/old.map"), null));
            assertEquals(kept.counts.pages() + 1, Files.readAllLines(csv).size());
            assertTrue(Files.readString(temp.resolve("out/old.map")).startsWith("# GovSite redirect table of 127.0.0.1"));

            assertThrows(OperationCanceledException.class, () -> after.verify(kept, platform.server.uri(), cancelled));
            assertEquals("", store.load(batch.id).after.verified);
            MigrationReport verified = after.verify(kept, platform.server.uri(), null);
            MigrationBatch checked = store.load(batch.id);
            assertEquals(List.of(verified.verifications(true).size(), verified.verifications(false).size()),
                    List.of(checked.after.passed, checked.after.failed));
            assertTrue(checked.after.passed > 0 && checked.after.failed >= kept.after.notReady, "not-ready URLs fail");
            assertEquals(kept.counts.pages(), checked.after.passed + checked.after.failed);
            assertEquals(verified.verifications(false), after.failedVerifications(checked));
            assertEquals(kept.after.exported, checked.after.exported, "earlier steps kept");
        }
    }

    @Test
    void samplePagesPreviewTheRulesWithoutFetchingAgain() throws Exception {
        MigrationBatch batch = batch("样例");
        List<SamplePages.Sample> samples = SamplePages.fetch(batch, 3, new NullProgressMonitor());
        assertEquals(3, samples.size());
        assertTrue(samples.stream().noneMatch(s -> s.url().getPath().endsWith("/")), "no index pages");
        SamplePages.Sample template = new SamplePages.Sample(site.url("/tpl/t20190401_1.html"),
                "<html><head><title>模板页</title></head><body><div class=\"wz\"><span class=\"bt\">模板标题</span>"
                        + "<span class=\"rq\">2019年4月2日 08:15</span><div class=\"zw\"><p>模板正文。</p></div></div>"
                        + "<div class=\"fj\"><a href=\"/tpl/form.docx\">申请表</a></div></body></html>");
        Extraction automatic = SamplePages.preview(template, List.of());
        assertEquals(org.govsite.migration.extract.ExtractionFailure.NO_BODY, automatic.failure());
        Extraction ruled = SamplePages.preview(template, LegacySites.templates());
        assertEquals("模板标题", ruled.article().title());
        assertEquals("2019-04-02T08:15+08:00[Asia/Shanghai]", ruled.article().published().toString());
        assertEquals(List.of(site.url("/tpl/form.docx")),
                ruled.article().attachments().stream().map(a -> a.url()).toList());
        Extraction otherTitle = SamplePages.preview(template, List.of(new TemplateRule("t",
                new UrlPattern(UrlPattern.Syntax.GLOB, "/tpl/**"), "title", "", "", "", ".wz .zw", "")));
        assertEquals("模板页", otherTitle.article().title());
    }

    /** A batch of the standard site's mirror with its URL list, templates and mapping. */
    @Test
    void aLiveBatchOverHttpsTrustsItsCaCertificatesWhichAreKeptWithIt() throws Exception {
        Path keyStore = Tls.keyStore(temp);
        try (LegacySite secure = LegacySites.standard().start(keyStore)) {
            MigrationBatch batch = batch("省政务外网站点");
            batch.sourceKind = MigrationBatch.SourceKind.LIVE;
            batch.site = secure.url("/").toString();
            Path list = Files.writeString(temp.resolve("secure.csv"), "url\n" + DryRunTest.known(secure).stream()
                    .map(URI::toString).collect(Collectors.joining("\n")) + "\n");
            batch.knownUrls = list.toString();
            assertEquals(0, fetched(batch), "the JDK alone does not trust the site");

            batch.caCertificates = List.of(temp.resolve("missing.pem").toString());
            BatchException missing = assertThrows(BatchException.class, () -> BatchSources.crawlSettings(batch));
            assertEquals(NLS.bind(org.govsite.audit.Messages.CaMissing, temp.resolve("missing.pem")), missing.getMessage());
            batch.caCertificates = List.of(Tls.certificate(keyStore, temp.resolve("ca.pem"), true).toString());
            store.save(batch);
            MigrationBatch read = store.load(batch.id);
            assertEquals(batch.caCertificates, read.caCertificates);
            int pages = fetched(read);
            assertTrue(pages >= 7, "the standard site's pages read over https: " + pages);
        }
    }

    /** @return the pages the batch's source reads (its known URLs are those of the standard site) */
    private static int fetched(MigrationBatch batch) throws Exception {
        List<URI> known = BatchSources.knownUrls(batch).urls();
        List<SourcePage> pages = new ArrayList<>();
        try (LegacySource source = BatchSources.open(batch, known)) {
            source.read(pages::add, new NullProgressMonitor());
        }
        return (int) pages.stream().filter(page -> page.status() == SourceStatus.FETCHED).count();
    }

    private MigrationBatch batch(String name) throws Exception {
        MigrationBatch batch = store.create(name);
        batch.sourceKind = MigrationBatch.SourceKind.MIRROR;
        batch.mirror = temp.resolve("mirror").toString();
        Path list = temp.resolve("known.csv");
        Files.writeString(list, "url\n" + DryRunTest.known(site).stream().map(URI::toString)
                .collect(Collectors.joining("\n")) + "\n");
        batch.knownUrls = list.toString();
        batch.templates = new ArrayList<>(LegacySites.templates());
        batch.mapping = LegacySites.mapping();
        batch.newSite = LegacySites.NEW_SITE;
        batch.defaultSource = "某市人民政府办公室";
        return batch;
    }
}
