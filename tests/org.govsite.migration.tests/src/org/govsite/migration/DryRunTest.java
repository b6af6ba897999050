package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.crypto.Sm3;
import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.Article.DateFrom;
import org.govsite.migration.extract.ArticleDates;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.migration.source.SourceStatus;
import org.govsite.protocol.PageTime;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dry runs of the generated legacy site, crawled live on loopback and read from its wget-style mirror. */
class DryRunTest {
    @TempDir
    Path temp;

    @Test
    void liveSite() throws Exception {
        try (LegacySite site = LegacySites.standard().start(); LegacySource source = crawl(site)) {
            MigrationReport report = new DryRun(LegacySites.settings()).run(source, KnownUrls.NONE, null);
            assertTheSite(report, site, Set.of("/moved.html", "/private/secret.html"));
            UrlOutcome moved = outcome(report, site, "/moved.html");
            assertEquals(SourceStatus.REDIRECTED, moved.status());
            assertEquals(site.url("/xxgk/art_1_101.html").toString(), moved.detail());
            UrlOutcome disallowed = outcome(report, site, "/private/secret.html");
            assertEquals(SourceStatus.SKIPPED, disallowed.status());
            assertEquals("ROBOTS", disallowed.detail());
            assertEquals(List.of(site.url("/listed/missing.html"), site.url("/private/secret.html")),
                    report.unreadable().stream().map(UrlOutcome::url).toList());
            UrlOutcome listed = outcome(report, site, "/listed/art_2_201.html");
            assertTrue(listed.listedOnly());
            assertFalse(outcome(report, site, "/xxgk/art_1_101.html").listedOnly());
            UrlOutcome missing = outcome(report, site, "/listed/missing.html");
            assertTrue(missing.listedOnly());
            assertTrue(missing.detail().endsWith("HTTP 404"), missing.detail());
            assertEquals(SourceStatus.NOT_HTML, outcome(report, site, "/files/plan.pdf").status());
            assertEquals("application/pdf", outcome(report, site, "/files/plan.pdf").detail());
        }
    }

    @Test
    void mirrorFolderWithoutNetworkAndNothingWritten() throws Exception {
        Path mirror;
        MigrationReport report;
        try (LegacySite site = LegacySites.standard().start()) {
            mirror = site.mirror(temp.resolve("mirror"));
            Set<Path> before = files(temp);
            int requests = site.requests();
            try (LegacySource source = new MirrorSource(mirror, "http", known(site))) {
                report = new DryRun(LegacySites.settings()).run(source, KnownUrls.NONE, null);
            }
            assertEquals(requests, site.requests(), "the mirror is read without network");
            assertEquals(before, files(temp), "a dry run writes nothing");
            assertTheSite(report, site, Set.of());
            assertEquals(List.of(site.url("/listed/missing.html")),
                    report.unreadable().stream().map(UrlOutcome::url).toList());
            assertEquals(Messages.MirrorMissing, outcome(report, site, "/listed/missing.html").detail());
            assertEquals(SourceStatus.NOT_HTML, outcome(report, site, "/img/photo.png").status());
        }
    }

    @Test
    void aDateInTheUrlListDatesAPageThatShowsNone() throws Exception {
        try (LegacySite site = LegacySites.standard().start()) {
            Path mirror = site.mirror(temp.resolve("mirror"));
            KnownUrls list = KnownUrls.csv(new StringReader("url,published\n" + site.url("/news/undated.html") + ",2019年3月8日\n"
                    + site.url("/xxgk/art_1_101.html") + ",2001-01-01\n"));
            MigrationReport report;
            try (LegacySource source = new MirrorSource(mirror, "http", known(site))) {
                report = new DryRun(LegacySites.settings()).run(source, list, null);
            }
            Article undated = article(report, site, "/news/undated.html");
            assertEquals(ZonedDateTime.of(2019, 3, 8, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")), undated.published());
            assertEquals(Article.DateFrom.URL_LIST, undated.dateFrom());
            assertFalse(report.undated().contains(site.url("/news/undated.html")), report.undated().toString());
            Article dated = article(report, site, "/xxgk/art_1_101.html");
            assertEquals(2019, dated.published().getYear(), "the page's own date wins over the list's");
            assertNotEquals(Article.DateFrom.URL_LIST, dated.dateFrom());
        }
    }

    @Test
    void aPlanKeepsAttachmentsInTheDigestFolder() throws Exception {
        try (LegacySite site = LegacySites.standard().start();
                LegacySource source = new MirrorSource(site.mirror(temp.resolve("mirror")), "http", List.of())) {
            DigestFolder store = new DigestFolder(temp.resolve("store"));
            MigrationPlan plan = new Planner(LegacySites.settings()).plan(source, store, KnownUrls.NONE, null);
            for (byte[] bytes : List.of(LegacySites.PLAN_PDF, LegacySites.PHOTO_PNG, LegacySites.FORM_DOCX)) {
                assertArrayEquals(bytes, Files.readAllBytes(store.path(Sm3.digestHex(bytes))));
            }
            assertFalse(Files.exists(store.path(Sm3.digestHex(LegacySites.BIG_ZIP))), "oversized: not kept");
            assertEquals(3, files(temp.resolve("store")).size());
            assertEquals(9, plan.articles().size(), "7 redirected, 1 archived, 1 unresolved");
        }
    }

    private static LegacySource crawl(LegacySite site) {
        return new CrawlSource(site.url("/"), CrawlSettings.defaults(), known(site));
    }

    static List<URI> known(LegacySite site) {
        return LegacySites.knownPaths().stream().map(site::url).toList();
    }

    /** @param unresolvedLive the unresolved pages only a live crawl sees */
    private static void assertTheSite(MigrationReport report, LegacySite site, Set<String> unresolvedLive) {
        assertEquals(Map.of("xxgk", 3, "news", 2, "dup", 1, "tpl", 1), report.articlesPerColumn());
        assertEquals(13, report.statuses().get(SourceStatus.FETCHED));
        assertEquals(List.of(site.url("/")), report.notArticles());
        assertEquals(List.of(site.url("/bad.html")), report.extractionFailures().stream().map(UrlOutcome::url).toList());
        assertEquals(ExtractionFailure.NO_BODY, report.extractionFailures().get(0).failure());
        assertEquals(List.of(site.url("/news/undated.html")), report.undated());
        Set<URI> unresolved = Stream.concat(Stream.of("/", "/bad.html", "/misc/about.html"), unresolvedLive.stream())
                .map(site::url).collect(Collectors.toSet());
        assertEquals(unresolved, report.unresolved().stream()
                        .filter(url -> url.getPath().endsWith("/") || url.getPath().endsWith(".html"))
                        .collect(Collectors.toSet()));

        Duplicate duplicate = report.duplicates().get(0);
        assertEquals(1, report.duplicates().size());
        assertEquals(site.url("/dup/a.html"), duplicate.first());
        assertEquals(Set.of(site.url("/dup/a.html?from=index"), site.url("/dup/b.html")), Set.copyOf(duplicate.others()));
        assertEquals("重复的文章", duplicate.title());
        UrlOutcome copy = outcome(report, site, "/dup/b.html");
        assertEquals(URI.create("http://new.gov.cn/dup/" + MigrationKeys.key(site.url("/dup/a.html")) + ".html"),
                copy.decision().address());
        assertEquals(site.url("/dup/a.html"), copy.duplicateOf());

        UrlOutcome notice = outcome(report, site, "/old/notice.html");
        assertEquals(Outcome.ARCHIVE, notice.decision().outcome());
        assertEquals(URI.create("http://archive.new.gov.cn/old/notice.html"), notice.decision().address());
        assertEquals(shanghai(2015, 6, 1, 0, 0), notice.article().published());

        Article gbkTagged = article(report, site, "/xxgk/art_1_101.html");
        assertFields(gbkTagged, "", "关于印发2019年政务公开工作要点的通知", shanghai(2019, 3, 5, 10, 20), DateFrom.PAGE_TAG,
                "市政府办公室", "张三");
        assertTrue(gbkTagged.body().contains("现将要点印发给你们"), gbkTagged.body());
        assertTrue(gbkTagged.body().contains("href=\"" + site.url("/xxgk/art_1_102.html") + "\""),
                "a relative link to another page made absolute, for the import to point at its published address: " + gbkTagged.body());
        assertEquals(List.of(site.url("/xxgk/art_1_102.html")), gbkTagged.pageLinks(), "the attachments are no page links");
        String pdf = Sm3.digestHex(LegacySites.PLAN_PDF);
        String png = Sm3.digestHex(LegacySites.PHOTO_PNG);
        assertTrue(gbkTagged.body().contains("href=\"" + LegacySites.NEW_SITE + "files/" + pdf + ".pdf\""), gbkTagged.body());
        assertTrue(gbkTagged.body().contains("src=\"" + LegacySites.NEW_SITE + "files/" + png + ".png\""), gbkTagged.body());
        assertTrue(gbkTagged.body().contains("href=\"" + site.url("/files/big.zip") + "\""), "an oversized attachment keeps its old link");
        List<AttachmentRef> attachments = gbkTagged.attachments();
        assertEquals(List.of(site.url("/img/photo.png"), site.url("/files/plan.pdf"), site.url("/files/big.zip")),
                attachments.stream().map(AttachmentRef::url).toList());
        assertEquals(List.of(Download.Status.OK, Download.Status.OK, Download.Status.OVERSIZED),
                attachments.stream().map(AttachmentRef::status).toList());
        assertEquals(List.of(png, pdf, ""), attachments.stream().map(AttachmentRef::digest).toList());
        assertEquals(LegacySites.BIG_ZIP.length, attachments.get(2).size());
        assertNull(attachments.get(2).address());
        assertEquals(List.of(site.url("/files/big.zip")),
                report.attachmentProblems().stream().map(AttachmentRef::url).toList());

        Article gbkLayout = article(report, site, "/xxgk/art_1_102.html");
        assertFields(gbkLayout, "", "市发改委召开专题会议", shanghai(2019, 3, 6, 9, 30), DateFrom.PAGE_TEXT, "市发改委", "李四");
        assertTrue(gbkLayout.body().contains("href=\"" + site.url("/news/t20190305_789.html") + "\""), gbkLayout.body());
        assertTrue(gbkLayout.body().contains("href=\"" + site.url("/old/notice.html") + "\""), gbkLayout.body());
        assertEquals(List.of(site.url("/news/t20190305_789.html"), site.url("/old/notice.html")), gbkLayout.pageLinks());
        assertEquals(List.of(site.url("/xxgk/art_1_102.html")),
                report.undecodable().stream().map(UrlOutcome::url).toList());
        assertEquals(1, outcome(report, site, "/xxgk/art_1_102.html").undecodable());

        Article news = article(report, site, "/news/t20190305_789.html");
        assertFields(news, "", "市长调研春耕生产", shanghai(2019, 3, 5, 0, 0), DateFrom.URL, "", "");
        assertEquals("一篇没有日期的文章", article(report, site, "/news/undated.html").title());
        assertEquals(DateFrom.NONE, article(report, site, "/news/undated.html").dateFrom());

        Article template = article(report, site, "/tpl/t20190401_1.html");
        assertFields(template, "tpl", "模板标题", shanghai(2019, 4, 2, 8, 15), DateFrom.TEMPLATE, "市统计局", "王五");
        assertEquals("<p>模板正文。</p>", template.body());
        assertEquals(List.of(Sm3.digestHex(LegacySites.FORM_DOCX)),
                template.attachments().stream().map(AttachmentRef::digest).toList());

        Article listed = article(report, site, "/listed/art_2_201.html");
        assertFields(listed, "", "只在清单中的文章", shanghai(2019, 3, 7, 0, 0), DateFrom.PAGE_TAG, "", "");
        assertEquals(URI.create("http://new.gov.cn/xxgk/art_2_201.html"),
                outcome(report, site, "/listed/art_2_201.html").decision().address());

        assertEquals(List.of(site.url("/listed/art_2_201.html"), site.url("/xxgk/art_1_101.html")),
                report.samples().get("xxgk").stream().map(Article::url).toList());
        assertEquals(Set.of("xxgk", "news", "dup", "tpl"), report.samples().keySet());
        for (UrlOutcome outcome : report.plan().outcomes()) {
            assertEquals(MigrationKeys.key(outcome.url()), outcome.key());
        }
    }

    private static void assertFields(Article article, String template, String title, ZonedDateTime published,
            DateFrom from, String source, String author) {
        assertEquals(List.of(template, title, source, author),
                List.of(article.template(), article.title(), article.source(), article.author()), article.url().toString());
        assertEquals(published, article.published(), title);
        assertEquals(from, article.dateFrom(), title);
    }

    private static ZonedDateTime shanghai(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PageTime.ZONE);
    }

    static UrlOutcome outcome(MigrationReport report, LegacySite site, String path) {
        return report.plan().outcome(site.url(path)).orElseThrow(() -> new AssertionError(path));
    }

    private static Article article(MigrationReport report, LegacySite site, String path) {
        return outcome(report, site, path).extracted().orElseThrow(() -> new AssertionError(path));
    }

    private static Set<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }
}
