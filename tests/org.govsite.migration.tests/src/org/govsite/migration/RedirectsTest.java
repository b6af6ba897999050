package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.govsite.migration.after.ArchiveSnapshots;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.load.ImportSettings;
import org.govsite.migration.load.Importer;
import org.govsite.migration.load.JournalFile;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Step 6 end to end: the standard legacy site planned, imported into a real platform on loopback, published, its
 * archived page stored as a snapshot, its redirect table uploaded and every known old URL verified through the
 * platform's address with the old {@code Host}.
 */
class RedirectsTest {
    private static final List<String> COLUMNS = List.of("xxgk", "news", "dup", "tpl");
    private static final String NEW = "https://new.gov.cn/";

    @TempDir
    Path temp;

    @Test
    void everyReadyOldUrlAnswers301ToALivePageOr410AndTheOthersFailAsNotReady() throws Exception {
        try (LegacySite site = LegacySites.standard().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            MigrationPlan plan = publishedPlan(site);
            List<ImportResult> results;
            try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
                results = new Importer(platform.editor, journal, new DigestFolder(temp.resolve("attachments")),
                        new ImportSettings(3, "某市人民政府办公室")).run(plan, null);
            }
            platform.publish();
            RedirectTable table = RedirectTable.of(plan, results);
            assertEquals(plan.outcomes().size(), table.entries().size(), "every old URL has a line");
            Map<String, String> notReady = new LinkedHashMap<>();
            table.entries(Redirect.Kind.NOT_READY).forEach(entry -> notReady.put(entry.oldUrl().getRawPath(), entry.reason()));
            assertEquals(List.of("/bad.html", "/files/big.zip", "/listed/missing.html", "/misc/about.html", "/news/undated.html",
                    "/robots.txt"),
                    List.copyOf(notReady.keySet()));
            assertEquals(Messages.RedirectUnresolved, notReady.get("/misc/about.html"));
            assertTrue(notReady.get("/news/undated.html").contains(Messages.ImportUndated), notReady.toString());
            assertTrue(notReady.get("/files/big.zip").contains("OVERSIZED"), notReady.toString());
            assertEquals(List.of(site.url("/old/notice.html")), table.entries(Redirect.Kind.GONE).stream().map(Redirect::oldUrl).toList());
            ArchiveSnapshots.Result archived;
            try (LegacySource source = new MirrorSource(temp.resolve("mirror"), "http", List.of())) {
                archived = new ArchiveSnapshots(platform.editor, source, 10).upload(plan, table, null);
            }
            URI snapshot = archived.snapshots().get(site.url("/old/notice.html"));
            table = archived.table();

            int ready = table.entries().size() - notReady.size();
            assertEquals(new RedirectUpload.Result(ready, 0), new RedirectUpload(platform.editor, 4).upload(table, null));
            assertEquals(new RedirectUpload.Result(ready, 0), new RedirectUpload(platform.editor, 1000).upload(table, null),
                    "a repeated upload writes the same state");
            JsonNode listed = platform.editor.get("/api/v1/redirects/127.0.0.1?limit=1000");
            assertEquals(ready, listed.path("entries").size());

            List<Verification> found;
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                found = verifier.verify(table, new NullProgressMonitor());
            }
            MigrationReport report = MigrationReport.of(plan, 5).withImports(results).withVerifications(found);
            assertEquals(table.entries().size(), report.verifications().size());
            Map<String, String> failed = report.verifications(false).stream()
                    .collect(Collectors.toMap(v -> v.oldUrl().getRawPath(), Verification::evidence, (a, b) -> a, LinkedHashMap::new));
            assertEquals(notReady.keySet(), failed.keySet(), "exactly the URLs not ready fail: " + failed);
            assertTrue(failed.get("/misc/about.html").endsWith("404"), failed.get("/misc/about.html"));
            assertEquals(ready, report.verifications(true).size());
            Verification article = only(found, "/xxgk/art_1_101.html");
            assertEquals(NLS.bind(Messages.VerifyMoved, NEW + "xxgk/201903/t20190305_" + MigrationKeys.key(site.url("/xxgk/art_1_101.html"))
                    + ".html", 200), article.evidence());
            assertEquals(results.size() - 1 + 2, assertArticlePagesLive(plan, table, platform.server.uri()),
                    "every imported article's 301 target is its live page (the undated one failed), its 2 duplicates' too");
            assertTrue(article.evidence().endsWith("200"), article.evidence());
            assertEquals(NLS.bind(Messages.VerifyGone, snapshot), only(found, "/old/notice.html").evidence(), "410 linking its snapshot");
            assertTrue(only(found, "/files/plan.pdf").evidence().contains(NEW + "files/"), "an attachment moves to its digest address");

            RedirectTable withoutImports = ArchiveSnapshots.expected(plan, RedirectTable.of(plan, List.of()));
            List<String> nowNotReady = withoutImports.entries(Redirect.Kind.NOT_READY).stream().map(Redirect::pathAndQuery)
                    .filter(path -> !notReady.containsKey(path)).toList();
            assertTrue(nowNotReady.contains("/xxgk/art_1_101.html"), nowNotReady.toString());
            RedirectUpload.Result again = new RedirectUpload(platform.editor, 3).upload(withoutImports, null);
            assertEquals(nowNotReady.size(), again.deleted(), "the entries of the URLs not ready now are deleted: " + nowNotReady);
            int readyNow = withoutImports.entries().size() - withoutImports.entries(Redirect.Kind.NOT_READY).size();
            assertEquals(readyNow, again.sent());
            assertEquals(readyNow, platform.editor.get("/api/v1/redirects/127.0.0.1?limit=1000").path("entries").size(),
                    "the platform holds exactly the ready entries");
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                Verification stale = only(verifier.verify(withoutImports, null), "/xxgk/art_1_101.html");
                assertFalse(stale.passed());
                assertTrue(stale.evidence().endsWith("404"), "no stale 301: " + stale.evidence());
            }
            assertEquals(0, new RedirectUpload(platform.editor, 3).upload(withoutImports, null).deleted(), "deleted once");
        }
    }

    @Test
    void aVerificationOfAnUnpublishedSiteFailsAndACancelStopsIt() throws Exception {
        try (LegacySite site = LegacySites.standard().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            MigrationPlan plan = publishedPlan(site);
            RedirectTable table = RedirectTable.of(plan, List.of());
            Redirect notImported = table.entries().stream().filter(e -> e.oldUrl().getPath().equals("/xxgk/art_1_101.html"))
                    .findFirst().orElseThrow();
            assertEquals(Redirect.Kind.NOT_READY, notImported.kind());
            assertEquals(Messages.RedirectNotImported, notImported.reason());
            new RedirectUpload(platform.editor, 10).upload(table, null);
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                Verification home = only(verifier.verify(table, null), "/");
                assertFalse(home.passed(), "the new site is not published: its home page is no live page");
                assertEquals(NLS.bind(Messages.VerifyTargetNotLive, NEW, 404), home.evidence());
                NullProgressMonitor cancelled = new NullProgressMonitor();
                cancelled.setCanceled(true);
                assertThrows(OperationCanceledException.class, () -> verifier.verify(table, cancelled));
            }
        }
    }

    @Test
    void aNewSiteServedOverHttpGetsHttp301TargetsAndHttpsOneHttps() throws Exception {
        try (LegacySite site = LegacySites.standard().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            String http = "http://new.gov.cn/";
            MigrationPlan plan = publishedPlan(site, http);
            List<ImportResult> results;
            try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
                results = new Importer(platform.editor, journal, new DigestFolder(temp.resolve("attachments")),
                        new ImportSettings(3, "某市人民政府办公室", 2, true, URI.create(http), null)).run(plan, null);
            }
            platform.publish();
            URI article = site.url("/xxgk/art_1_101.html");
            String key = MigrationKeys.key(article);
            ImportResult imported = results.stream().filter(r -> r.url().equals(article)).findFirst().orElseThrow();
            assertEquals(URI.create(http + "xxgk/201903/t20190305_" + key + ".html"), imported.address(), "the site's own scheme");
            RedirectTable table = ArchiveSnapshots.expected(plan, RedirectTable.of(plan, results));
            new RedirectUpload(platform.editor, 100).upload(table, null);
            PlatformPages.Page moved = pages.get(article);
            assertEquals(301, moved.status());
            assertEquals(imported.address().toString(), moved.location(), "the 301 Location is http");
            assertTrue(table.entries(Redirect.Kind.MOVED).stream().allMatch(e -> e.target().getScheme().equals("http")),
                    "every 301 target of the http site is http: articles, attachments, the home page");
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                assertTrue(only(verifier.verify(table, null), "/xxgk/art_1_101.html").passed(), "its target answers 200");
            }

            List<ImportResult> again;
            try (JournalFile journal = JournalFile.open(temp.resolve("journal.jsonl"))) {
                again = new Importer(platform.editor, journal, new DigestFolder(temp.resolve("attachments")),
                        new ImportSettings(3, "某市人民政府办公室", 2, true, URI.create(NEW), null)).run(plan, null);
            }
            assertEquals(URI.create(NEW + "xxgk/201903/t20190305_" + key + ".html"),
                    again.stream().filter(r -> r.url().equals(article)).findFirst().orElseThrow().address(),
                    "the site moved to https: a re-run records https addresses, nothing sent again");
            assertEquals(ImportResult.Status.ALREADY_IMPORTED, again.stream().filter(r -> r.url().equals(article)).findFirst().orElseThrow().status());
            new RedirectUpload(platform.editor, 100).upload(RedirectTable.of(plan, again), null);
            assertEquals(NEW + "xxgk/201903/t20190305_" + key + ".html", pages.get(article).location());
        }
    }

    private static Verification only(List<Verification> found, String path) {
        List<Verification> matching = found.stream().filter(v -> v.oldUrl().getRawPath().equals(path)).toList();
        assertEquals(1, matching.size(), path);
        return matching.get(0);
    }

    /** @return the plan of {@code site}'s mirror with the {@link #mapping} */
    private MigrationPlan publishedPlan(LegacySite site) throws Exception {
        return publishedPlan(site, NEW);
    }

    /** @return the plan of {@code site}'s mirror with the {@link #mapping} onto the new site at {@code newSite} */
    private MigrationPlan publishedPlan(LegacySite site, String newSite) throws Exception {
        Path mirror = site.mirror(temp.resolve("mirror"));
        try (LegacySource source = new MirrorSource(mirror, "http", DryRunTest.known(site))) {
            return new Planner(new MigrationSettings(LegacySites.templates(), mapping(newSite), LegacySites.MAX_ATTACHMENT,
                    MigrationSettings.filesUnder(URI.create(newSite)), 2)).plan(source, new DigestFolder(temp.resolve("attachments")),
                            KnownUrls.NONE, null);
        }
    }

    /**
     * @return the standard mapping after a rule for the home page and one for the attachments: the articles'
     *         targets need no rule, their redirects go to the addresses the platform publishes them at
     */
    private static Mapping mapping(String newSite) {
        List<MappingRule> rules = new ArrayList<>();
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", newSite));
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.REGEX, "/.*\\.(pdf|png|docx|zip)"), Outcome.REDIRECT, "xxgk",
                newSite + "files/{name}"));
        rules.addAll(LegacySites.mapping().rules());
        return new Mapping(rules);
    }

    /**
     * Asserts that every article moved answers 200 at its target on the platform (through its address, with the new
     * site's {@code Host}) with the article's title, and names the target as its canonical address (the Url page tag).
     *
     * @return how many articles were checked
     */
    private static int assertArticlePagesLive(MigrationPlan plan, RedirectTable table, URI platform) throws Exception {
        Map<URI, String> titles = new LinkedHashMap<>();
        plan.outcomes().stream().filter(o -> o.article() != null).forEach(o -> titles.put(o.url(), o.article().title()));
        int checked = 0;
        try (CloseableHttpClient http = HttpClients.custom().disableRedirectHandling().build()) {
            for (Redirect entry : table.entries(Redirect.Kind.MOVED)) {
                String title = titles.get(entry.oldUrl());
                if (title == null) {
                    continue;
                }
                HttpGet get = new HttpGet(platform.resolve(entry.target().getRawPath()));
                get.setHeader("Host", entry.target().getHost());
                String[] answer = http.execute(get, response -> new String[] { String.valueOf(response.getCode()),
                        EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8) });
                assertEquals("200", answer[0], entry.target().toString());
                Document page = Jsoup.parse(answer[1]);
                assertEquals(title, page.select("meta[name=ArticleTitle]").attr("content"), entry.target().toString());
                assertEquals(entry.target().toString(), page.select("meta[name=Url]").attr("content"));
                checked++;
            }
        }
        return checked;
    }
}
