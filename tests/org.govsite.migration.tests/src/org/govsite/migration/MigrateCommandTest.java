package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.govsite.client.MigrationNotice;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.migration.cli.MigrateCommand;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.MirrorSource;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.protocol.PublishedPaths;
import org.govsite.testing.LegacySite;
import org.govsite.testing.Tls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.govsite.protocol.PageTime;

/**
 * {@code govsite migrate} end to end on the generated legacy site's mirror: the report files against the plan, bad
 * mapping and template files, the import into a real platform server on loopback and its re-run, a wrong server key.
 */
class MigrateCommandTest {
    private static final List<String> COLUMNS = List.of("xxgk", "news", "dup", "tpl");
    private static final char[] PASSPHRASE = "钥匙-口令-2026".toCharArray();
    /** The templates of {@link LegacySites#templates()} as a template rules file. */
    private static final String TEMPLATES = """
            [{"name": "tpl", "pattern": "/tpl/**", "syntax": "glob", "title": ".wz .bt", "published": ".wz .rq",
              "source": ".wz .ly", "author": ".wz .zz", "body": ".wz .zw", "attachments": ".fj a"}]
            """;

    @TempDir
    Path temp;
    private Path mirror;
    private LegacySite site;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws Exception {
        try (LegacySite started = LegacySites.standard().start()) {
            mirror = started.mirror(temp.resolve("mirror"));
            site = started;
        }
        StringBuilder urls = new StringBuilder("url\n");
        DryRunTest.known(site).forEach(url -> urls.append(url).append('\n'));
        Files.writeString(temp.resolve("urls.csv"), urls);
        try (Writer mapping = Files.newBufferedWriter(temp.resolve("mapping.csv"))) {
            MappingCsv.write(LegacySites.mapping(), mapping);
        }
        Files.writeString(temp.resolve("templates.json"), TEMPLATES);
    }

    @Test
    void theDryRunWritesTheReportOfThePlanAsJsonAndCsv() throws Exception {
        MigrationReport expected;
        try (MirrorSource source = new MirrorSource(mirror, "http", DryRunTest.known(site))) {
            expected = new DryRun(MigrationSettings.of(LegacySites.templates(), LegacySites.mapping(),
                    URI.create(LegacySites.NEW_SITE))).run(source, KnownUrls.NONE, null);
        }
        assertEquals(MigrateCommand.PROBLEMS, run(dryRun("report.json")), err());
        JsonNode json = new ObjectMapper().readTree(temp.resolve("report.json").toFile());
        assertEquals(Map.of("xxgk", 3, "news", 2, "dup", 1, "tpl", 1), expected.articlesPerColumn());
        assertEquals(new ObjectMapper().valueToTree(expected.articlesPerColumn()), json.path("totals")
                .path("articlesPerColumn"));
        assertEquals(expected.unresolved().size(), json.path("totals").path("unresolved").asInt());
        assertEquals(expected.extractionFailures().size(), json.path("totals").path("extractionFailures").asInt());
        List<Map<String, String>> jsonRows = new ArrayList<>();
        for (JsonNode row : json.path("urls")) {
            Map<String, String> fields = new LinkedHashMap<>();
            row.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asText()));
            jsonRows.add(fields);
        }
        assertTheRows(expected, jsonRows);
        assertTrue(out().contains("column tpl: 1 articles"), out());

        assertEquals(MigrateCommand.PROBLEMS, run(dryRun("report.csv")), err());
        String csv = Files.readString(temp.resolve("report.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFurl,key,listedOnly,status,detail,outcome,column,address,failure,"
                + "duplicateOf,import,importReason,redirect,target,redirectReason,verified,verification\r\n"), csv);
        List<Map<String, String>> csvRows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(csv.substring(1)))) {
            rows.forEachRemaining(csvRows::add);
        }
        assertEquals(jsonRows, csvRows, "the same rows");
    }

    /** Every old URL of the plan, in order, with its status, decision, failure and first copy. */
    private static void assertTheRows(MigrationReport expected, List<Map<String, String>> rows) {
        List<UrlOutcome> outcomes = expected.plan().outcomes();
        assertEquals(outcomes.size(), rows.size());
        for (int i = 0; i < outcomes.size(); i++) {
            UrlOutcome outcome = outcomes.get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(List.of(outcome.url().toString(), outcome.key(), outcome.status().name(),
                    outcome.decision().outcome().name(), outcome.decision().column(),
                    Objects.toString(outcome.decision().address(), ""),
                    outcome.failure() == null ? "" : outcome.failure().reason(),
                    Objects.toString(outcome.duplicateOf(), ""), ""),
                    List.of(row.get("url"), row.get("key"), row.get("status"), row.get("outcome"), row.get("column"),
                            row.get("address"), row.get("failure"), row.get("duplicateOf"), row.get("import")),
                    row.toString());
        }
        assertTrue(rows.stream().anyMatch(row -> !row.get("duplicateOf").isEmpty()), "a duplicate");
        assertTrue(rows.stream().anyMatch(row -> row.get("outcome").equals("UNRESOLVED")), "an unresolved URL");
        assertTrue(rows.stream().anyMatch(row -> row.get("outcome").equals("ARCHIVE")), "an archived URL");
    }

    @Test
    void theDryRunCrawlsALiveSite() throws Exception {
        try (LegacySite live = LegacySites.standard().start()) {
            String[] args = liveDryRun(live);

            assertEquals(MigrateCommand.PROBLEMS, run(args), err());

            JsonNode json = new ObjectMapper().readTree(temp.resolve("live.json").toFile());
            assertEquals(new ObjectMapper().valueToTree(Map.of("xxgk", 3, "news", 2, "dup", 1, "tpl", 1)),
                    json.path("totals").path("articlesPerColumn"));
            assertEquals(1, json.path("totals").path("statuses").path("SKIPPED").asInt(), "robots.txt obeyed");
        }
    }

    @Test
    void theLiveCrawlsScopeLimitAndRobotsAreOptionsAndAKeptPlanFollowsThem() throws Exception {
        try (LegacySite live = LegacySites.standard().start()) {
            String[] args = liveDryRun(live);
            args[3] = Files.writeString(temp.resolve("no-urls.csv"), "url\n").toString(); // only what links reach
            String plan = temp.resolve("scope-plan.json").toString();
            assertEquals(MigrateCommand.PROBLEMS, run(with(args, "--plan", plan)), err());
            JsonNode all = new ObjectMapper().readTree(temp.resolve("live.json").toFile()).path("totals");
            assertTrue(all.path("articlesPerColumn").path("news").asInt() > 0, all.toString());
            assertEquals(1, all.path("statuses").path("SKIPPED").asInt(), "robots.txt obeyed: " + all);

            assertEquals(MigrateCommand.PROBLEMS, run(with(args, "--plan", plan, "--exclude", "/news/", "--ignore-robots")), err());
            assertFalse(err().contains("Plan taken from"), "another scope, another plan: " + err());
            JsonNode scoped = new ObjectMapper().readTree(temp.resolve("live.json").toFile()).path("totals");
            assertEquals(0, scoped.path("articlesPerColumn").path("news").asInt(), scoped.toString());
            assertEquals(all.path("articlesPerColumn").path("xxgk").asInt(), scoped.path("articlesPerColumn").path("xxgk").asInt());
            assertEquals(0, scoped.path("statuses").path("SKIPPED").asInt(), "robots.txt ignored: " + scoped);

            assertEquals(MigrateCommand.PROBLEMS, run(with(args, "--prefix", "/xxgk/")), err());
            JsonNode prefixed = new ObjectMapper().readTree(temp.resolve("live.json").toFile()).path("totals");
            assertEquals(0, prefixed.path("articlesPerColumn").path("news").asInt(), prefixed.toString());
            assertEquals(all.path("articlesPerColumn").path("xxgk").asInt(), prefixed.path("articlesPerColumn").path("xxgk").asInt());

            assertEquals(MigrateCommand.PROBLEMS, run(with(args, "--max-pages", "2")), err());
            JsonNode limited = new ObjectMapper().readTree(temp.resolve("live.json").toFile()).path("totals");
            assertTrue(limited.path("statuses").path("SKIPPED").asInt() > 1, "pages over the limit skipped: " + limited);
            assertTrue(limited.path("statuses").path("FETCHED").asInt() <= 2, limited.toString());

            int requests = live.requests();
            err.reset();
            assertEquals(MigrateCommand.USAGE, run(with(args, "--prefix", "xxgk/")));
            assertTrue(err().contains("The option --prefix takes a path starting with /, not xxgk/"), err());
            assertEquals(MigrateCommand.USAGE, run(with(args, "--exclude", "(")));
            assertEquals(MigrateCommand.USAGE, run(with(dryRun("mirror.json"), "--max-pages", "5")));
            assertTrue(err().contains("--max-pages") && err().contains("--site"), err());
            assertEquals(requests, live.requests(), "nothing read on bad usage");
        }
    }

    @Test
    void theCrawlOfAnHttpsSiteTrustsTheAuthoritiesOfCaCerts() throws Exception {
        Path keyStore = Tls.keyStore(temp);
        try (LegacySite live = LegacySites.standard().start(keyStore)) {
            String[] args = liveDryRun(live);
            assertEquals(MigrateCommand.PROBLEMS, run(args), err());
            JsonNode untrusted = new ObjectMapper().readTree(temp.resolve("live.json").toFile());
            assertEquals(0, untrusted.path("totals").path("articlesPerColumn").size(), "no page read without the site's CA");

            Path authority = Tls.certificate(keyStore, temp.resolve("ca.pem"), true);
            assertEquals(MigrateCommand.PROBLEMS, run(with(args, "--ca-certs", authority.toString())), err());
            JsonNode json = new ObjectMapper().readTree(temp.resolve("live.json").toFile());
            assertEquals(new ObjectMapper().valueToTree(Map.of("xxgk", 3, "news", 2, "dup", 1, "tpl", 1)),
                    json.path("totals").path("articlesPerColumn"));
        }
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("mirror.json"), "--ca-certs", temp.resolve("ca.pem").toString())));
        assertTrue(err().contains("--ca-certs") && err().contains("--site"), err());
    }

    @Test
    void aKeptPlanSparesTheLiveSiteTheImportAndStepSixAndIsMadeAgainWhenAnInputChanges() throws Exception {
        try (LegacySite live = LegacySites.standard().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            StringBuilder urls = new StringBuilder("url\n");
            DryRunTest.known(live).forEach(url -> urls.append(url).append('\n'));
            Files.writeString(temp.resolve("urls.csv"), urls);
            String plan = temp.resolve("plan.json").toString();
            String[] dry = live(with(dryRun("dry.json"), "--plan", plan, "--attachments", temp.resolve("attachments").toString()), live);
            assertEquals(MigrateCommand.PROBLEMS, run(dry), err());
            int read = live.requests();
            assertTrue(read > 10, "the dry run crawled the site: " + read);
            assertFalse(err().contains("Plan taken from"), err());

            assertEquals(MigrateCommand.PROBLEMS, run(live(with(importing(platform, platform.fingerprint()), "--plan", plan), live)), err());
            assertEquals(read, live.requests(), "the import takes the dry run's pages and attachments");
            assertTrue(err().contains("Plan taken from " + plan), err());
            JsonNode imported = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(6, imported.path("totals").path("imports").path("IMPORTED").asInt(), imported.path("totals").toString());
            assertEquals(1, imported.path("totals").path("imports").path("FAILED").asInt(), "only the undated news");

            String[] stepSix = live(with(dryRun("six.json"), "--plan", plan, "--journal", temp.resolve("journal.jsonl").toString(),
                    "--redirects-csv", temp.resolve("redirects.csv").toString()), live);
            run(stepSix);
            assertTrue(Files.exists(temp.resolve("redirects.csv")), err());
            assertEquals(read, live.requests(), "step 6 takes the kept plan too");

            Files.writeString(temp.resolve("templates.json"), "[]");
            run(stepSix);
            assertTrue(live.requests() > read, "the templates changed: the site is read again");
            assertEquals(6, platform.editor.status().articles(), "nothing imported twice");
        }
    }

    /** @return {@code args} reading the live site instead of the mirror */
    /** @return the dry run's arguments to {@code live.json} with {@code --site} on {@code live} and its known URLs */
    private String[] liveDryRun(LegacySite live) throws IOException {
        StringBuilder urls = new StringBuilder("url\n");
        DryRunTest.known(live).forEach(url -> urls.append(url).append('\n'));
        Files.writeString(temp.resolve("live-urls.csv"), urls);
        String[] args = live(dryRun("live.json"), live);
        args[3] = temp.resolve("live-urls.csv").toString();
        return args;
    }

    private String[] live(String[] args, LegacySite live) {
        String[] changed = args.clone();
        changed[0] = "--site";
        changed[1] = live.url("/").toString();
        return changed;
    }

    @Test
    void aBadMappingLineIsBadUsageNamingTheLine() throws IOException {
        Files.writeString(temp.resolve("mapping.csv"), """
                pattern,syntax,outcome,column,target
                /xxgk/**,glob,redirect,xxgk,http://new.gov.cn/xxgk/{name}.html
                /news/**,glob,moved,news,http://new.gov.cn/news/{name}.html
                """);

        assertEquals(MigrateCommand.USAGE, run(dryRun("report.json")));

        assertTrue(err().contains("mapping.csv has bad lines"), err());
        assertTrue(err().contains("  3: "), err());
        assertFalse(err().contains("  2: "), err());
        assertFalse(Files.exists(temp.resolve("report.json")), "nothing read, nothing written");
    }

    @Test
    void badTemplateEntriesAreBadUsageEachNamed() throws IOException {
        Files.writeString(temp.resolve("templates.json"), """
                [{"name": "ok", "pattern": "/tpl/**", "body": ".wz .zw"},
                 {"name": "css", "pattern": "/a/**", "title": "div[["},
                 {"pattern": "[", "syntax": "regex", "colour": "red"},
                 {"name": "syntax", "pattern": "/b/*", "syntax": "wildcard"}]
                """);

        assertEquals(MigrateCommand.USAGE, run(dryRun("report.json")));

        String err = err();
        assertFalse(err.contains("entry 1"), err);
        assertTrue(err.contains("entry 2: the title selector \"div[[\" is not valid CSS"), err);
        assertTrue(err.contains("entry 3: unknown field \"colour\""), err);
        assertTrue(err.contains("entry 4: syntax \"wildcard\" is neither glob nor regex"), err);
        assertFalse(Files.exists(temp.resolve("report.json")));

        Files.writeString(temp.resolve("templates.json"), "{\"name\": \"not an array\"}");
        assertEquals(MigrateCommand.USAGE, run(dryRun("report.json")));
        assertTrue(err().contains("must hold a JSON array"), err());
    }

    @Test
    void theImportPutsTheArticlesIntoTheLibraryAndARerunImportsNothingNew() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            assertEquals(MigrateCommand.PROBLEMS, run(importing(platform, platform.fingerprint())), err());
            JsonNode first = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(6, first.path("totals").path("imports").path("IMPORTED").asInt(), err());
            assertEquals(1, first.path("totals").path("imports").path("FAILED").asInt(), "the undated news");
            assertEquals(6, platform.editor.status().articles());
            assertTrue(err().contains("/xxgk/art_1_101.html"), "progress lines: " + err());
            JsonNode template = platform.articles("tpl").get(0);
            assertEquals("模板标题", template.path("title").asText(), "the templates file applied");
            assertEquals("王五", template.path("author").asText());
            JsonNode undated = row(first, site.url("/news/undated.html"));
            assertEquals("FAILED", undated.path("import").asText());
            assertEquals(Messages.ImportUndated, undated.path("importReason").asText());
            assertTrue(Files.isDirectory(temp.resolve("attachments")), "beside the journal");

            long feed = platform.editor.status().changeFeedHead();
            assertEquals(MigrateCommand.PROBLEMS, run(importing(platform, platform.fingerprint())), err());
            JsonNode again = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(0, again.path("totals").path("imports").path("IMPORTED").asInt());
            assertEquals(6, again.path("totals").path("imports").path("ALREADY_IMPORTED").asInt());
            assertEquals(feed, platform.editor.status().changeFeedHead(), "nothing written");
            assertEquals(6, platform.editor.status().articles());
            assertTrue(out().contains("Import: 0 imported, 6 imported before, 1 failed"), out());
        }
    }

    @Test
    void theImportRunsOneArticleAtATimeWithoutBulkRequestsWhenAsked() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            assertEquals(MigrateCommand.PROBLEMS, run(with(importing(platform, platform.fingerprint()), "--in-flight", "1", "--no-bulk")), err());
            JsonNode report = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(6, report.path("totals").path("imports").path("IMPORTED").asInt(), err());
            assertEquals(6, platform.editor.status().articles());
            assertEquals(6, platform.logged("article.create"), "each article once");
        }
    }

    @Test
    void undatedArticlesGetTheChosenTime() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            assertEquals(MigrateCommand.USAGE, run(with(importing(platform, platform.fingerprint()), "--undated-time", "2019-02-30 08:00")));
            assertTrue(err().contains("The option --undated-time takes a time YYYY-MM-DD HH:MM (Beijing time), not 2019-02-30 08:00"), err());
            assertEquals(0, platform.editor.status().articles(), "nothing imported");

            assertEquals(MigrateCommand.PROBLEMS, run(with(importing(platform, platform.fingerprint()), "--undated-time", "2019-01-02 08:30")),
                    "unresolved URLs are left: " + err());
            JsonNode report = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(7, report.path("totals").path("imports").path("IMPORTED").asInt(), err());
            assertEquals(0, report.path("totals").path("imports").path("FAILED").asInt());
            String key = MigrationKeys.key(site.url("/news/undated.html"));
            assertEquals("IMPORTED", row(report, site.url("/news/undated.html")).path("import").asText());
            assertEquals("2019-01-02 08:30", platform.editor.get("/api/v1/articles/" + key).path("publishedAt").asText());
            assertTrue(Files.readString(temp.resolve("journal.jsonl")).contains("/201901/t20190102_" + key + ".html"),
                    "published under the chosen time's month and day");

            assertEquals(MigrateCommand.PROBLEMS, run(importing(platform, platform.fingerprint())), err());
            JsonNode without = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(7, without.path("totals").path("imports").path("ALREADY_IMPORTED").asInt(), "a run without the option sends nothing");
            assertEquals(7, platform.logged("article.create"));
        }
    }

    @Test
    void aCancelledImportLeavesTheJournalToResumeFrom() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            MigrateCommand command = new MigrateCommand();
            String article = site.url("/tpl/t20190401_1.html").toString();
            PrintStream cancelsAtTheImportOfTheTemplatePage = cancelsAtSecondLineOf(command, article); // read, imported
            int exit = command.run(List.of(importing(platform, platform.fingerprint())),
                    new PrintStream(out, true, StandardCharsets.UTF_8), cancelsAtTheImportOfTheTemplatePage);

            assertEquals(MigrateCommand.FAILED, exit, err());
            assertTrue(err().contains("Cancelled. The journal " + temp.resolve("journal.jsonl")), err());
            long imported = platform.editor.status().articles();
            assertTrue(imported > 0 && imported < 6, "stopped mid-run: " + imported);
            assertEquals(1, platform.articles("tpl").size(), "the article in hand is finished, the next not sent");
            String next = MigrationKeys.key(site.url("/xxgk/art_1_101.html"));
            assertTrue(platform.articles("xxgk").stream().noneMatch(a -> a.path("id").asText().equals(next)),
                    "after it in URL order: not sent");

            assertEquals(MigrateCommand.PROBLEMS, run(importing(platform, platform.fingerprint())), err());
            JsonNode resumed = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(imported, resumed.path("totals").path("imports").path("ALREADY_IMPORTED").asInt());
            assertEquals(6 - imported, resumed.path("totals").path("imports").path("IMPORTED").asInt());
            assertEquals(6, platform.editor.status().articles());
            assertEquals(6, platform.logged("article.create"), "none twice");
        }
    }

    @Test
    void theRedirectTableIsUploadedThenExportedAndVerifiedFromTheJournal() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            List<String> first = new ArrayList<>(List.of(importing(platform, platform.fingerprint())));
            first.addAll(List.of("--upload-redirects"));
            assertEquals(MigrateCommand.PROBLEMS, run(redirectRun(first)), err());
            JsonNode imported = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(6, imported.path("totals").path("imports").path("IMPORTED").asInt(), err());
            JsonNode redirects = imported.path("totals").path("redirects");
            int ready = redirects.path("MOVED").asInt() + redirects.path("GONE").asInt();
            int notReady = redirects.path("NOT_READY").asInt();
            assertEquals(6, notReady, "unresolved 3, the undated article, the list's 404, the oversized zip: " + out());
            assertTrue(out().contains("Archived snapshots on the platform: 1 pages (0 archived URLs without a snapshot, 0 stale snapshots deleted)"), out());
            assertTrue(out().contains("Uploaded to the platform: " + ready + " redirects (0 entries of URLs not ready now deleted)"), out());
            String snapshot = "http://127.0.0.1:" + site.url("/").getPort() + PublishedPaths.archivePage("/old/notice.html");
            assertEquals(snapshot, row(imported, site.url("/old/notice.html")).path("target").asText(), "410 links the snapshot");
            assertEquals(ready, platform.editor.get("/api/v1/redirects/127.0.0.1?limit=1000").path("entries").size());
            assertTrue(out().contains("not ready: " + site.url("/misc/about.html") + " (" + Messages.RedirectUnresolved + ")"),
                    out());
            JsonNode zip = row(imported, site.url("/files/big.zip"));
            assertEquals("not-ready", zip.path("redirect").asText());
            assertTrue(zip.path("redirectReason").asText().contains("OVERSIZED"), "--max-attachment 64K: " + zip);
            assertEquals(2, article(platform, "xxgk", "/xxgk/art_1_101.html").path("attachments").size(), "no zip");

            platform.publish();
            List<String> second = new ArrayList<>(List.of(dryRun("verified.json")));
            second.addAll(List.of("--journal", temp.resolve("journal.jsonl").toString(), "--redirects-csv",
                    temp.resolve("redirects.csv").toString(), "--nginx-map", temp.resolve("old.map").toString(),
                    "--old-host", "127.0.0.1", "--verify", "--through", platform.server.uri().toString()));
            assertEquals(MigrateCommand.PROBLEMS, run(redirectRun(second)), err());
            assertTrue(out().contains("Verification: " + ready + " passed, " + notReady + " failed"), out());
            JsonNode verified = new ObjectMapper().readTree(temp.resolve("verified.json").toFile());
            assertEquals(ready, verified.path("totals").path("verifications").path("passed").asInt());
            assertEquals(6, verified.path("totals").path("imports").path("ALREADY_IMPORTED").asInt(), "from the journal");
            assertEquals(snapshot, row(verified, site.url("/old/notice.html")).path("target").asText(),
                    "a run without the upload takes the snapshot the upload stored");
            for (JsonNode row : verified.path("urls")) {
                assertEquals(String.valueOf(!row.path("redirect").asText().equals("not-ready")), row.path("verified").asText(),
                        row.toString());
            }
            String key = MigrationKeys.key(site.url("/xxgk/art_1_101.html"));
            String target = "https://new.gov.cn/xxgk/201903/t20190305_" + key + ".html";
            JsonNode article = row(verified, site.url("/xxgk/art_1_101.html"));
            assertEquals(List.of("301", target, "true"), List.of(article.path("redirect").asText(),
                    article.path("target").asText(), article.path("verified").asText()));
            assertEquals(NLS.bind(Messages.VerifyMoved, target, 200), article.path("verification").asText());

            List<String> csv = Files.readAllLines(temp.resolve("redirects.csv"));
            assertEquals("old_url,status,target,reason", csv.get(0));
            assertEquals(verified.path("urls").size() + 1, csv.size());
            assertTrue(csv.contains(site.url("/xxgk/art_1_101.html") + ",301," + target + ","), csv.toString());
            String map = Files.readString(temp.resolve("old.map"));
            assertTrue(map.contains("\"127.0.0.1/xxgk/art_1_101.html\" \"" + target + "\";"), map);
            assertTrue(out().contains("Redirect table written: " + temp.resolve("old.map")), out());
        }
    }

    @Test
    void noticesArePublishedWithTheDefaultWordingForAtLeast30Days() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS);
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            login(platform);
            platform.publish();
            platform.editor.post("/api/v1/organisations", Map.of("id", "sheng", "name", "某省人民政府", "kind", "GOVERNMENT"));
            platform.editor.post("/api/v1/sites", Map.of("id", "prov", "name", "某省人民政府门户网站", "kind", "PORTAL",
                    "level", "PROVINCE", "host", "sheng", "mainDomain", "www.prov.gov.cn", "aliases", List.of(),
                    "idCode", "3300000001", "status", "RUNNING"));
            platform.editor.post("/api/v1/sites/prov/publish", Map.of());
            List<String> first = new ArrayList<>(List.of(redirectRun(List.of(importing(platform, platform.fingerprint())))));
            first.set(first.indexOf("--lang") + 1, "zh");
            first.addAll(List.of("--upload-redirects", "--notice"));
            LocalDate today = LocalDate.now(PageTime.ZONE);

            assertEquals(MigrateCommand.USAGE, run(first.toArray(String[]::new)), "no portal above the city's yet");
            assertTrue(err().contains("平台上没有某市人民政府门户网站之上单位的门户网站"), err());
            assertTrue(platform.editor.migrationNotice("127.0.0.1").isEmpty(), "nothing published");
            platform.editor.put("/api/v1/organisations/new", Map.of("id", "new", "name", "某市人民政府", "kind",
                    "GOVERNMENT", "superior", "sheng"), 1);
            assertEquals(MigrateCommand.PROBLEMS, run(first.toArray(String[]::new)), err());

            MigrationNotice notice = platform.editor.migrationNotice("127.0.0.1").orElseThrow();
            assertEquals("网站迁移公告", notice.title());
            assertEquals("本网站已于" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                    + "日整合迁移至某市人民政府门户网站（https://new.gov.cn/），原有内容可在新网站查阅，原网址将自动跳转至新网站的对应页面。",
                    notice.text());
            assertEquals(List.of("new-portal", "prov", "https://new.gov.cn/"), List.of(notice.site(), notice.superiorSite(),
                    notice.address()));
            assertEquals(notice.startTime().plusDays(30), notice.endTime(), "30 days by default");
            assertTrue(out().contains("127.0.0.1 的迁移公告：" + notice.start() + " 至 " + notice.end()
                    + "，显示在旧网站首页和 某省人民政府门户网站"), out());
            PlatformPages.Page home = pages.get(URI.create("http://127.0.0.1/"));
            assertEquals(200, home.status(), "the old home page shows the notice");
            assertTrue(home.text().contains("网站迁移公告") && home.text().contains("原有内容可在新网站查阅"), home.text());
            assertTrue(pages.get(URI.create("http://www.prov.gov.cn/migration-notices.html")).text().contains("127.0.0.1"),
                    "the superior portal lists it");

            String[] again = with(dryRun("again.json"), "--journal", temp.resolve("journal.jsonl").toString(), "--notice",
                    "--notice-days", "60", "--notice-title", "关于原网站迁移的公告", "--notice-text", "原网站内容已迁入新网站。",
                    "--superior-portal", "prov", "--server", platform.server.uri().toString(), "--operator",
                    ImportPlatform.EDITOR, "--fingerprint", platform.fingerprint(), "--key", temp.resolve("li.na.key").toString(),
                    "--passphrase-file", temp.resolve("passphrase").toString(), "--password-file",
                    temp.resolve("password").toString(), "--verify", "--through", platform.server.uri().toString());
            again[java.util.Arrays.asList(again).indexOf("--new-site") + 1] = "https://new.gov.cn/";
            again[java.util.Arrays.asList(again).indexOf("--mapping") + 1] = temp.resolve("redirect-mapping.csv").toString();
            assertEquals(MigrateCommand.PROBLEMS, run(again), err());
            JsonNode oldHome = row(new ObjectMapper().readTree(temp.resolve("again.json").toFile()), site.url("/"));
            assertEquals(List.of("301", "true"), List.of(oldHome.path("redirect").asText(), oldHome.path("verified").asText()),
                    "the old home page showing its notice instead of the 301 passes: " + oldHome);
            assertTrue(oldHome.toString().contains("the home page shows the migration notice linking the new site https://new.gov.cn/"),
                    oldHome.toString());
            MigrationNotice longer = platform.editor.migrationNotice("127.0.0.1").orElseThrow();
            assertEquals(List.of("关于原网站迁移的公告", "原网站内容已迁入新网站。", notice.start(), notice.startTime().plusDays(60)),
                    List.of(longer.title(), longer.text(), longer.start(), longer.endTime()), "own wording, kept start");

            String[] unknown = again.clone();
            unknown[java.util.Arrays.asList(unknown).indexOf("--superior-portal") + 1] = "www.none.gov.cn";
            assertEquals(MigrateCommand.USAGE, run(unknown));
            assertTrue(err().contains("The platform has no site www.none.gov.cn"), err());
            assertEquals(longer, platform.editor.migrationNotice("127.0.0.1").orElseThrow(), "nothing changed");
        }
    }

    @Test
    void noticeOptionsAreChecked() {
        String[] base = with(dryRun("n.json"), "--journal", "j.jsonl", "--server", "https://127.0.0.1:1/", "--operator",
                "li.na", "--fingerprint", "0".repeat(64), "--key", "k");
        assertEquals(MigrateCommand.USAGE, run(with(base, "--notice", "--superior-portal", "prov", "--notice-days", "29")));
        assertTrue(err().contains("The option --notice-days takes a number of days from 30 to 3660 (a migration notice is"
                + " shown at least 30 days), not 29"), err());
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("n.json"), "--notice", "--superior-portal", "prov")));
        assertTrue(err().contains("--notice needs --import | --journal"), err());
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("n.json"), "--notice-title", "公告")));
        assertTrue(err().contains("--notice-title needs --notice"), err());
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("n.json"), "--superior-portal", "prov")));
        assertTrue(err().contains("--superior-portal needs --notice"), err());
    }

    @Test
    void aCancelledVerificationWritesNoReport() throws Exception {
        Files.createFile(temp.resolve("journal.jsonl"));
        MigrateCommand command = new MigrateCommand();
        String url = site.url("/xxgk/art_1_101.html").toString();
        PrintStream cancelsWhenVerifying = cancelsAtSecondLineOf(command, url); // read, then verified
        List<String> args = new ArrayList<>(List.of(dryRun("cancelled.json")));
        args.addAll(List.of("--journal", temp.resolve("journal.jsonl").toString(), "--verify"));
        assertEquals(MigrateCommand.FAILED, command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                cancelsWhenVerifying), err());
        assertTrue(err().contains("Cancelled during the redirects (step 6): no report was written"), err());
        assertFalse(Files.exists(temp.resolve("cancelled.json")));
    }

    @Test
    void redirectOptionsAreChecked() {
        String[] base = dryRun("r.json");
        assertEquals(MigrateCommand.USAGE, run(with(base, "--old-host", "old.gov.cn")));
        assertTrue(err().contains("--old-host needs --nginx-map"), err());
        assertEquals(MigrateCommand.USAGE, run(with(base, "--nginx-map", "old.map", "--old-host", "http://old.gov.cn/")));
        assertTrue(err().contains("--old-host takes a host name"), err());
        assertEquals(MigrateCommand.USAGE, run(with(base, "--through", "http://127.0.0.1:1/")));
        assertTrue(err().contains("--through needs --verify"), err());
        assertEquals(MigrateCommand.USAGE, run(with(base, "--upload-redirects")));
        assertTrue(err().contains("--upload-redirects needs --import | --journal"), err());
        assertEquals(MigrateCommand.USAGE, run(with(base, "--journal", "j.jsonl")));
        assertTrue(err().contains("--journal with --import or the redirect options"), err());
        assertEquals(MigrateCommand.USAGE, run(with(base, "--max-attachment", "64X")));
        assertTrue(err().contains("--max-attachment takes a size"), err());
        assertEquals(MigrateCommand.FAILED, run(with(base, "--journal", temp.resolve("none.jsonl").toString(), "--verify")));
        assertTrue(err().contains("The journal " + temp.resolve("none.jsonl") + " does not exist"), err());
        assertFalse(Files.exists(temp.resolve("none.jsonl")), "nothing created");
    }

    /** @return standard error that cancels {@code command} at the second progress line of {@code url} */
    private PrintStream cancelsAtSecondLineOf(MigrateCommand command, String url) {
        return new PrintStream(err, true, StandardCharsets.UTF_8) {
            private int seen;

            @Override
            public void println(String line) {
                super.println(line);
                if (line.endsWith(" " + url) && ++seen == 2) {
                    command.cancel();
                }
            }
        };
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * @return {@code args} with the new site the platform publishes ({@code https://new.gov.cn/}), a mapping that also
     *         redirects the home page and the attachments, and attachments above 64 KiB oversized
     */
    private String[] redirectRun(List<String> args) throws IOException {
        List<MappingRule> rules = new ArrayList<>();
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", "https://new.gov.cn/"));
        rules.add(new MappingRule(new UrlPattern(UrlPattern.Syntax.REGEX, "/.*\\.(pdf|png|docx|zip)"), Outcome.REDIRECT, "xxgk",
                "https://new.gov.cn/files/{name}"));
        rules.addAll(LegacySites.mapping().rules());
        try (Writer mapping = Files.newBufferedWriter(temp.resolve("redirect-mapping.csv"))) {
            MappingCsv.write(new Mapping(rules), mapping);
        }
        List<String> changed = new ArrayList<>(args);
        changed.set(changed.indexOf("--new-site") + 1, "https://new.gov.cn/");
        changed.set(changed.indexOf("--mapping") + 1, temp.resolve("redirect-mapping.csv").toString());
        changed.addAll(List.of("--max-attachment", "64K"));
        return changed.toArray(String[]::new);
    }

    private JsonNode article(ImportPlatform platform, String column, String path) {
        String key = MigrationKeys.key(site.url(path));
        return platform.articles(column).stream().filter(a -> a.path("id").asText().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void mappingColumnsArePathsOnThePlatformAndUnknownOnesAreNamedByLine() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            platform.editor.post("/api/v1/sites/new-portal/columns", Map.of("id", "tzgg-col", "parent", "xxgk", "name",
                    "通知公告", "pathSegment", "tzgg", "category", "OTHER", "updatePeriodDays", 30));
            List<MappingRule> rules = new ArrayList<>(LegacySites.mapping().rules());
            int dup = 4;
            assertEquals("dup", rules.get(dup).column());
            rules.set(dup, new MappingRule(rules.get(dup).pattern(), Outcome.REDIRECT, "xxgk/通知公告", rules.get(dup).target()));
            rules.set(1, new MappingRule(rules.get(1).pattern(), Outcome.REDIRECT, "/xxgk/none/", rules.get(1).target()));
            try (Writer mapping = Files.newBufferedWriter(temp.resolve("mapping.csv"))) {
                MappingCsv.write(new Mapping(rules), mapping);
            }
            assertEquals(MigrateCommand.USAGE, run(importing(platform, platform.fingerprint())));
            assertTrue(err().contains("mapping.csv names columns the platform does not have"), err());
            assertTrue(err().contains("  3: " + NLS.bind(Messages.ColumnUnknown, "/xxgk/none/", "new-portal")), err());
            assertFalse(err().contains("  6: "), "the path of the dup rule resolves: " + err());
            assertEquals(0, platform.editor.status().articles(), "nothing imported");
            assertFalse(Files.exists(temp.resolve("import.json")));

            rules.set(1, LegacySites.mapping().rules().get(1));
            try (Writer mapping = Files.newBufferedWriter(temp.resolve("mapping.csv"))) {
                MappingCsv.write(new Mapping(rules), mapping);
            }
            assertEquals(MigrateCommand.PROBLEMS, run(importing(platform, platform.fingerprint())), err());
            assertEquals(1, platform.articles("tzgg-col").size(), "the dup article under xxgk/通知公告");
            assertEquals(0, platform.articles("dup").size());
            JsonNode report = new ObjectMapper().readTree(temp.resolve("import.json").toFile());
            assertEquals(1, report.path("totals").path("articlesPerColumn").path("tzgg-col").asInt(), report.path("totals").toString());
        }
    }

    @Test
    void aWrongFingerprintSendsNothing() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), COLUMNS)) {
            login(platform);
            long sessions = sessions(platform);

            assertEquals(MigrateCommand.FAILED, run(importing(platform,
                    KeyFingerprint.of(Sm2KeyPair.generate().publicKey()))));

            assertTrue(err().contains("possible impersonation): nothing was sent"), err());
            assertEquals(sessions, sessions(platform));
            assertEquals(0, platform.editor.status().articles());
            assertFalse(Files.exists(temp.resolve("journal.jsonl")));
            assertFalse(Files.exists(temp.resolve("import.json")));
        }
    }

    @Test
    void importOptionsAreChecked() {
        assertEquals(MigrateCommand.USAGE, run("--mirror", mirror.toString(), "--mapping",
                temp.resolve("mapping.csv").toString(), "--new-site", LegacySites.NEW_SITE, "--import", "--lang", "en"));
        assertTrue(err().contains("--server is required"), err());
        assertEquals(MigrateCommand.USAGE, run("--site", "http://127.0.0.1:1/", "--mirror", mirror.toString(),
                "--mapping", "m.csv", "--new-site", LegacySites.NEW_SITE, "--lang", "en"));
        assertTrue(err().contains("Give either --site URL or --mirror DIR"), err());
        assertEquals(MigrateCommand.USAGE, run(dryRun("report.txt")));
        assertTrue(err().contains("--report takes a file named .json or .csv"), err());
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("r.json"), "--in-flight", "17")));
        assertTrue(err().contains("The option --in-flight takes a whole number from 1 to 16, not 17"), err());
        assertEquals(MigrateCommand.USAGE, run(with(dryRun("r.json"), "--no-bulk")));
        assertTrue(err().contains("--no-bulk needs --import"), err());
        assertFalse(Files.exists(temp.resolve("r.json")), "nothing written");
        assertEquals(MigrateCommand.OK, run("--help", "--lang", "en"));
        assertTrue(out().contains("Exit codes: 0 no problem"), out());
        assertTrue(out().contains("--in-flight N") && out().contains("--no-bulk"), out());
        for (String option : List.of("--ca-certs", "--prefix", "--include", "--exclude", "--max-pages", "--ignore-robots")) {
            assertTrue(out().contains(option), option);
        }
    }

    private String[] dryRun(String report) {
        return new String[] { "--mirror", mirror.toString(), "--urls", temp.resolve("urls.csv").toString(),
                "--mapping", temp.resolve("mapping.csv").toString(), "--templates",
                temp.resolve("templates.json").toString(), "--new-site", LegacySites.NEW_SITE, "--report",
                temp.resolve(report).toString(), "--lang", "en" };
    }

    private String[] importing(ImportPlatform platform, String fingerprint) {
        List<String> args = new ArrayList<>(List.of(dryRun("import.json")));
        args.addAll(List.of("--import", "--server", platform.server.uri().toString(), "--operator",
                ImportPlatform.EDITOR, "--fingerprint", fingerprint, "--key", temp.resolve("li.na.key").toString(),
                "--passphrase-file", temp.resolve("passphrase").toString(), "--password-file",
                temp.resolve("password").toString(), "--journal", temp.resolve("journal.jsonl").toString(), "--batch",
                "3", "--default-source", "某市人民政府办公室"));
        return args.toArray(String[]::new);
    }

    private void login(ImportPlatform platform) throws IOException {
        Files.writeString(temp.resolve("li.na.key"), KeyFile.encrypt(platform.editorKey.privateKey(),
                PASSPHRASE.clone(), KeyFile.MIN_ITERATIONS));
        secret("passphrase", new String(PASSPHRASE) + "\n");
        secret("password", ImportPlatform.PASSWORD + "\n");
    }

    private void secret(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static long sessions(ImportPlatform platform) {
        return platform.editor.log(0, 1000).entries().stream().filter(e -> e.action().startsWith("session."))
                .count();
    }

    private static JsonNode row(JsonNode report, URI url) {
        for (JsonNode row : report.path("urls")) {
            if (row.path("url").asText().equals(url.toString())) {
                return row;
            }
        }
        throw new AssertionError(url + " not in the report");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new MigrateCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
