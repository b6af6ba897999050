package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Step 6 end to end: the standard legacy site planned (with a mapping to the published addresses), imported into a
 * real platform on loopback, published, its archived page stored as a snapshot, its redirect table uploaded and every
 * known old URL verified through the platform's address with the old {@code Host}.
 */
class RedirectsTest {
    private static final List<String> COLUMNS = List.of("xxgk", "news", "dup", "tpl");
    private static final String NEW = "http://new.gov.cn/";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

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
            assertEquals(ready, new RedirectUpload(platform.editor, 4).upload(table, null));
            assertEquals(ready, new RedirectUpload(platform.editor, 1000).upload(table, null), "a repeated upload writes the same state");
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
            assertTrue(article.evidence().contains(NEW + "xxgk/201903/t20190305_"), article.evidence());
            assertTrue(article.evidence().endsWith("200"), article.evidence());
            assertEquals(NLS.bind(Messages.VerifyGone, snapshot), only(found, "/old/notice.html").evidence(), "410 linking its snapshot");
            assertTrue(only(found, "/files/plan.pdf").evidence().contains(NEW + "files/"), "an attachment moves to its digest address");
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

    private static Verification only(List<Verification> found, String path) {
        List<Verification> matching = found.stream().filter(v -> v.oldUrl().getRawPath().equals(path)).toList();
        assertEquals(1, matching.size(), path);
        return matching.get(0);
    }

    /** @return the plan of {@code site}'s mirror with the {@link #publishedMapping} of a first plan */
    private MigrationPlan publishedPlan(LegacySite site) throws Exception {
        Path mirror = site.mirror(temp.resolve("mirror"));
        return plan(mirror, site, settings(publishedMapping(plan(mirror, site, settings(LegacySites.mapping())))));
    }

    private MigrationPlan plan(Path mirror, LegacySite site, MigrationSettings settings) throws Exception {
        try (LegacySource source = new MirrorSource(mirror, "http", DryRunTest.known(site))) {
            return new Planner(settings).plan(source, new DigestFolder(temp.resolve("attachments")), List.of(), null);
        }
    }

    private static MigrationSettings settings(Mapping mapping) {
        return new MigrationSettings(LegacySites.templates(), mapping, LegacySites.MAX_ATTACHMENT,
                MigrationSettings.filesUnder(URI.create(NEW)), 2);
    }

    /**
     * @return the standard mapping preceded by one rule per article of {@code plan} redirecting it to the page the
     *         platform publishes it at ({@code /<column>/<yyyyMM>/t<yyyyMMdd>_<key>.html}), one for the home page and
     *         one per attachment
     */
    private static Mapping publishedMapping(MigrationPlan plan) {
        List<MappingRule> rules = new ArrayList<>();
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", NEW));
        for (UrlOutcome outcome : plan.outcomes()) {
            if (outcome.article() == null || outcome.duplicateOf() != null || outcome.decision().outcome() != Outcome.REDIRECT) {
                continue;
            }
            outcome.article().attachments().forEach(a -> rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB,
                    a.url().getRawPath()), Outcome.REDIRECT, "xxgk", NEW + "files/{name}")));
            if (outcome.article().published() != null) {
                String column = outcome.decision().column();
                rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, new Redirect(outcome.url(), Redirect.Kind.MOVED,
                        null, "").pathAndQuery()), Outcome.REDIRECT, column, NEW + column + "/" + MONTH.format(outcome.article().published())
                        + "/t" + DAY.format(outcome.article().published()) + "_" + outcome.key() + ".html"));
            }
        }
        rules.addAll(LegacySites.mapping().rules());
        return new Mapping(rules);
    }
}
