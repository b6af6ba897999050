package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.audit.cli.AuditCommand;
import org.govsite.protocol.PageTime;
import org.govsite.testing.Tls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** govsite audit against loopback sites: output formats, options and exit codes. */
class AuditCommandTest {
    private static final String FOOTER = "<p>网站标识码：3401000001 皖ICP备05002528号 皖公网安备 34010402700602号</p>";

    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static byte[] html(String body) {
        return ("<html><head><meta name=\"SiteName\" content=\"测试网站\"><meta name=\"SiteDomain\" content=\"127.0.0.1\">"
                + "<meta name=\"SiteIDCode\" content=\"3401000001\"></head><body>" + body + FOOTER + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A clean home page linking to a clean page, plus whatever {@code extra} adds to the home page. */
    private static TestSite site(String extra) throws Exception {
        return new TestSite().bytes("/", 200, "text/html; charset=utf-8", html("<a href=\"/a.html\">政务公开</a>" + extra))
                .bytes("/a.html", 200, "text/html; charset=utf-8", html("<p>通知</p>"));
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--timeout", "5"));
        return new AuditCommand().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** @return the file of the site's report in this format, written with --output; exit code 1, nothing on stdout */
    private Path report(TestSite site, String format) {
        Path file = temp.resolve("report." + format);
        assertEquals(1, run("--format", format, "--output", file.toString(), site.uri.toString()));
        assertEquals(0, out.size());
        return file;
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanSiteExitsZeroWithNoFindings() throws Exception {
        try (TestSite site = site("")) {
            assertEquals(0, run(site.uri.toString()));
            JsonNode json = new ObjectMapper().readTree(out.toByteArray());
            assertEquals(0, json.get("findings").size());
            assertEquals(site.uri.toString(), json.get("sites").get(0).get("home").asText());
            assertEquals(2, json.get("sites").get(0).get("pages").asInt());
            // one progress line per page read, numbered in the order the pages finish (either may finish first)
            List<String> progress = errText().lines().limit(2).toList();
            assertEquals(List.of("[1]", "[2]"), progress.stream().map(line -> line.substring(0, 3)).toList(), errText());
            assertEquals(Set.of(site.uri.toString(), site.url("/a.html").toString()),
                    Set.copyOf(progress.stream().map(line -> line.substring(4)).toList()), errText());
        }
    }

    @Test
    void throughSendsTheSitesRequestsToAnotherServer() throws Exception {
        String home = "http://www.through-test.invalid/"; // .invalid never resolves (RFC 6761)
        try (TestSite site = site("")) {
            run("--through", site.uri.toString(), home);
            JsonNode audited = new ObjectMapper().readTree(out.toByteArray()).get("sites").get(0);
            assertEquals(home, audited.get("home").asText());
            assertEquals(2, audited.get("pages").asInt(), errText());
            assertEquals(1, site.hits("/"));
            assertEquals(1, site.hits("/a.html"));
        }
        assertEquals(2, run("--lang", "en", "--through", "ftp://127.0.0.1/", home));
        assertTrue(errText().contains("The option --through takes the http(s) address of a server, not ftp://127.0.0.1/."), errText());
    }

    @Test
    void brokenLinkIsAJsonFindingAndExitsOne() throws Exception {
        try (TestSite site = site("<a href=\"/gone.html\">旧栏目</a><img src=\"/logo.png\">")) {
            site.bytes("/logo.png", 200, "image/png", new byte[] { 1 });
            assertEquals(1, run("--lang", "en", site.uri.toString()));
            JsonNode findings = new ObjectMapper().readTree(out.toByteArray()).get("findings");
            Set<String> described = new TreeSet<>();
            for (JsonNode f : findings) {
                described.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("page").asText()
                        + " " + f.get("target").asText() + " " + f.get("element").asText() + " "
                        + f.get("anchorText").asText() + " " + f.get("evidence").asText());
            }
            assertEquals(Set.of("LINK-BROKEN ERROR " + site.uri + " " + site.url("/gone.html") + " a 旧栏目 "
                    + site.url("/gone.html") + " HTTP 404",
                    "PAGE-IMAGE-ALT WARNING " + site.uri + "    " + site.url("/logo.png")), described);
            assertEquals("Broken link to " + site.url("/gone.html") + " (" + site.url("/gone.html") + " HTTP 404)",
                    findings.get(0).get("message").asText());
        }
    }

    @Test
    void csvHasABomQuotingAndChineseMessages() throws Exception {
        try (TestSite site = site("<a href=\"/gone.html\">坏链接, &quot;旧&quot;</a>")) {
            byte[] bytes = Files.readAllBytes(report(site, "csv"));
            assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
            String target = site.url("/gone.html").toString();
            assertEquals("rule,severity,page,target,element,anchorText,evidence,message\r\n"
                    + "LINK-BROKEN,ERROR," + site.uri + "," + target + ",a,\"坏链接, \"\"旧\"\"\"," + target
                    + " HTTP 404,链接无法访问：" + target + "（" + target + " HTTP 404）\r\n",
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
    }

    @Test
    void xlsxAndHtmlReportsGoToTheOutputFile() throws Exception {
        try (TestSite site = site("<a href=\"/gone.html\">旧栏目</a>")) {
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report(site, "xlsx")))) {
                assertEquals("问题清单", book.getSheetName(1));
                assertEquals("LINK-BROKEN", book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
                assertEquals(site.url("/gone.html").toString(), book.getSheetAt(1).getRow(1).getCell(4).getStringCellValue());
            }
            assertEquals(1, run("--format", "html", "--lang", "en", site.uri.toString()));
            Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
            assertEquals("Site audit report", html.title());
            assertEquals(List.of("LINK-BROKEN (ERROR): 1"), html.select("h4").eachText());
        }
    }

    @Test
    void xlsxWithoutOutputIsBadUsage() throws Exception {
        try (TestSite site = site("")) {
            assertEquals(2, run("--format", "xlsx", site.uri.toString()));
            assertEquals(0, site.hits("/"));
            assertTrue(errText().startsWith("格式 xlsx 为二进制文件"), errText());
        }
        assertEquals(2, run("--lang", "en", "--format", "pdf", "http://127.0.0.1/"));
        assertTrue(errText().contains("The option --format takes json|csv|xlsx|html, not pdf."), errText());
    }

    @Test
    void sensitiveWordsFromAFile() throws Exception {
        try (TestSite site = site("<p>这里有违禁词甲。</p>")) {
            Path words = temp.resolve("words.txt");
            Files.writeString(words, "\uFEFF违禁词甲\n\n违禁词乙\n", StandardCharsets.UTF_8);
            assertEquals(1, run("--sensitive-words", words.toString(), site.uri.toString()));
            assertOneFinding("PAGE-SENSITIVE-WORD", "违禁词甲");
        }
    }

    @Test
    void typosFromAFileAndABadLineNamedWithItsNumber() throws Exception {
        try (TestSite site = site("<p>请访问政务公凯栏目。</p>")) {
            Path typos = temp.resolve("typos.txt");
            Files.writeString(typos, "\uFEFF政务公凯\t政务公开\n\n", StandardCharsets.UTF_8);
            assertEquals(0, run("--typos", typos.toString(), site.uri.toString()));
            assertOneFinding("PAGE-TYPO", "政务公凯 → 政务公开");

            Files.writeString(typos, "政务公凯\t政务公开\n只有一列\n\t正确\n", StandardCharsets.UTF_8);
            assertEquals(2, run("--lang", "en", "--typos", typos.toString(), site.uri.toString()));
            assertTrue(errText().contains("The typo file " + typos + ", line 2, is not wrong<TAB>right: 只有一列 (2 such lines)"),
                    errText());
            assertEquals(1, site.hits("/"), "the bad file's run crawled nothing");
        }
    }

    @Test
    void crawlOptionsTurnOnTheirChecks() throws Exception {
        try (TestSite site = site("<a href=\"/a.html#nowhere\">锚点</a><img src=\"/big.png\" alt=\"图\">"
                + "<a href=\"/slow.html\">慢</a><a href=\"/c.html\">外链</a>")) {
            site.bytes("/big.png", 200, "image/png", new byte[2048]).slowPage("/slow.html", Duration.ofMillis(600), "慢页面")
                    .bytes("/orphan.html", 200, "text/html; charset=utf-8", html("<p>只在站点地图中</p>"))
                    .bytes("/sitemap.xml", 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/orphan.html")
                            + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8))
                    .bytes("/c.html", 200, "text/html; charset=utf-8", html("<a href=\"http://localhost:"
                            + site.uri.getPort() + "/a.html\">外站</a>"));

            run(site.uri.toString());
            Set<String> plain = rules();
            assertEquals(0, site.hits("/orphan.html"));
            assertTrue(plain.contains("LINK-EXTERNAL-NO-PROMPT"), plain.toString());
            for (String rule : List.of("LINK-FRAGMENT-MISSING", "PAGE-IMAGE-SIZE", "PAGE-LOAD-TIME")) {
                assertTrue(!plain.contains(rule), rule + " without its option: " + plain);
            }

            long start = System.nanoTime();
            run("--sitemaps", "--fragments", "--max-image-kb", "1", "--load-budget", "0.3", "--government-hosts",
                    "example.org, localhost", "--rate", "4", site.uri.toString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            Set<String> with = rules();
            assertEquals(1, site.hits("/orphan.html"), "read from the sitemap");
            assertTrue(with.containsAll(List.of("LINK-FRAGMENT-MISSING", "PAGE-IMAGE-SIZE", "PAGE-LOAD-TIME")), with.toString());
            assertTrue(!with.contains("LINK-EXTERNAL-NO-PROMPT"), "localhost is a government host: " + with);
            assertTrue(millis >= 1500, "at 4 requests a second, 7 or more requests take 1.5 s at least: " + millis + " ms");
        }
        assertEquals(2, run("--lang", "en", "--rate", "0", "http://127.0.0.1/"));
        assertTrue(errText().contains("The option --rate takes a number greater than 0, not 0."), errText());
    }

    @Test
    void theFreshnessLimitsAndColumnCategoriesAreOptions() throws Exception {
        LocalDate today = LocalDate.now(PageTime.ZONE);
        String tenDaysAgo = today.minusDays(10).toString();
        String fortyDaysAgo = today.minusDays(40).toString();
        try (TestSite site = new TestSite()) {
            GovPages.serve(site, "/", GovPages.home("<ul class=\"nav\"><li><a href=\"/zwdt/\">政务动态</a></li>"
                    + "<li><a href=\"/rsrm/\">人事任免</a></li></ul><ul>" + GovPages.item("/zwdt/a.html", "要闻", tenDaysAgo) + "</ul>"));
            GovPages.serve(site, "/zwdt/", GovPages.column("政务动态", "工作动态", GovPages.item("/zwdt/a.html", "甲", tenDaysAgo)));
            GovPages.serve(site, "/rsrm/", GovPages.column("人事任免", "", GovPages.item("/zwdt/a.html", "乙", fortyDaysAgo)));
            GovPages.serve(site, "/zwdt/a.html", GovPages.article("政务动态", "工作动态", "甲", tenDaysAgo + " 09:00", "正文"));

            run(site.uri.toString());
            assertEquals(Set.of(), freshness(), "10 days: within the defaults; 人事任免 is of no category");
            run("--home-max-age", "7", "--column-category", "news:7:动态", "--column-category", "rsrm：30：人事任免，人事信息",
                    site.uri.toString());
            assertEquals(Set.of("FRESH-HOME-STALE " + tenDaysAgo + " (10 > 7)",
                    "FRESH-COLUMN-STALE 政务动态 [news]: " + tenDaysAgo + " (10 > 7)",
                    "FRESH-COLUMN-STALE 人事任免 [rsrm]: " + fortyDaysAgo + " (40 > 30)"), freshness());
            run("--column-category", "news:0:动态", site.uri.toString());
            assertEquals(Set.of(), freshness(), "0 days: no limit");
        }
        for (String bad : List.of("news:7", "news:x:动态", "news:7:", "新 闻:7:动态", ":7:动态")) {
            assertEquals(2, run("--lang", "en", "--column-category", bad, "http://127.0.0.1/"), bad);
            assertTrue(errText().contains("The option --column-category takes ID:DAYS:KEYWORD[,KEYWORD...] (e.g. rsrm:90:人事任免), not "
                    + bad + "."), errText());
        }
        assertEquals(2, run("--lang", "en", "--home-max-age", "0", "http://127.0.0.1/"));
        assertTrue(errText().contains("The option --home-max-age takes a whole number of at least 1, not 0."), errText());
    }

    @Test
    void softBlockedStatusesAndLeavePromptPagesAreOptions() throws Exception {
        try (TestSite site = site("<a href=\"/waf.html\">防火墙</a><a href=\"/jump.jsp?to=外站\">外站</a>")) {
            site.status("/waf.html", 403).redirect("/jump.jsp", "http://localhost:" + site.uri.getPort() + "/a.html");
            run(site.uri.toString());
            assertEquals(Set.of("LINK-SOFT-BLOCKED", "LINK-EXTERNAL-NO-PROMPT"), rules());
            run("--soft-blocked", "", "--leave-prompt-url", "/jump\\.jsp\\?to=", site.uri.toString());
            assertEquals(Set.of("LINK-BROKEN"), rules(), "403 broken; the jump page is the site's leave-site prompt");
            run("--soft-blocked", "451, 403", site.uri.toString());
            assertTrue(rules().contains("LINK-SOFT-BLOCKED"));
        }
        assertEquals(2, run("--lang", "en", "--soft-blocked", "403,abc", "http://127.0.0.1/"));
        assertTrue(errText().contains("The option --soft-blocked takes HTTP statuses 400 to 999, comma-separated, not 403,abc."), errText());
        assertEquals(2, run("--lang", "en", "--leave-prompt-url", "(", "http://127.0.0.1/"));
    }

    /** @return the freshness findings of the last run's JSON as "RULE evidence"; clears the output */
    private Set<String> freshness() throws Exception {
        Set<String> found = new TreeSet<>();
        new ObjectMapper().readTree(out.toByteArray()).get("findings").forEach(f -> {
            if (f.get("rule").asText().startsWith("FRESH-")) {
                found.add(f.get("rule").asText() + " " + f.get("evidence").asText());
            }
        });
        out.reset();
        return found;
    }

    /** Asserts that the last run's JSON holds one finding, of this rule, its evidence starting so. */
    private void assertOneFinding(String rule, String evidenceStart) throws Exception {
        JsonNode findings = new ObjectMapper().readTree(out.toByteArray()).get("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(rule, findings.get(0).get("rule").asText());
        assertTrue(findings.get(0).get("evidence").asText().startsWith(evidenceStart), findings.toString());
    }

    /** @return the rules of the last run's JSON findings; clears the output */
    private Set<String> rules() throws Exception {
        Set<String> rules = new TreeSet<>();
        new ObjectMapper().readTree(out.toByteArray()).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        out.reset();
        return rules;
    }

    @Test
    void unknownOptionIsBadUsageAndCrawlsNothing() throws Exception {
        try (TestSite site = site("")) {
            assertEquals(2, run("--depth", "3", site.uri.toString()));
            assertEquals(0, site.hits("/"));
            assertEquals(0, out.size());
            assertTrue(errText().startsWith("未知选项：--depth"), errText());
        }
        assertEquals(2, run("--lang", "en", "--max-pages", "zero", "http://127.0.0.1/"));
        assertTrue(errText().contains("The option --max-pages takes a whole number of at least 1, not zero."), errText());
        assertEquals(2, run("--lang", "en", "ftp://127.0.0.1/"));
        assertEquals(2, run("--lang", "en"));
    }

    @Test
    void unreachableHomePageExitsThree() throws Exception {
        String home = "http://127.0.0.1:" + Audits.closedPort() + "/";
        assertEquals(3, run("--lang", "en", home));
        assertTrue(errText().contains("The home page " + home + " could not be read."), errText());
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(0, json.get("sites").get(0).get("pages").asInt());
    }

    @Test
    void theVerdictsPointsAndVetoesAreOptions() throws Exception {
        try (TestSite site = site("<a href=\"/gone.html\">失效链接</a>")) {
            assertEquals(1, run(site.uri.toString()));
            JsonNode verdict = new ObjectMapper().readTree(out.toByteArray()).get("sites").get(0);
            assertEquals(99.0, verdict.get("score").asDouble(), verdict.toString());
            assertTrue(verdict.get("qualified").asBoolean());
            out.reset();
            assertEquals(1, run("--broken-link-points", "45，0", site.uri.toString()));
            verdict = new ObjectMapper().readTree(out.toByteArray()).get("sites").get(0);
            assertEquals(55.0, verdict.get("score").asDouble(), verdict.toString());
            assertFalse(verdict.get("qualified").asBoolean(), "below the pass mark of 60");
            out.reset();
            assertEquals(1, run("--broken-link-points", "45,0", "--pass-mark", "50", "--policy-stale-points", "0",
                    "--stale-columns-veto", "3", "--not-updated-columns-veto", "6", "--empty-columns-veto", "2", site.uri.toString()));
            verdict = new ObjectMapper().readTree(out.toByteArray()).get("sites").get(0);
            assertTrue(verdict.get("qualified").asBoolean(), verdict.toString());
            int requests = site.hits("/");
            for (String[] bad : new String[][] { { "--pass-mark", "101" }, { "--broken-link-points", "1" },
                    { "--broken-link-points", "1,-0.1" }, { "--policy-stale-points", "abc" }, { "--empty-columns-veto", "0" } }) {
                err.reset();
                assertEquals(2, run("--lang", "en", bad[0], bad[1], site.uri.toString()), String.join(" ", bad));
            }
            assertTrue(errText().contains("The option --empty-columns-veto takes a whole number of at least 1, not 0."), errText());
            err.reset();
            assertEquals(2, run("--lang", "en", "--broken-link-points", "1", site.uri.toString()));
            assertTrue(errText().contains("The option --broken-link-points takes a number from 0 to 100 (two, comma-separated,"), errText());
            assertEquals(requests, site.hits("/"), "nothing requested on bad usage");
        }
    }

    @Test
    void caCertsTrustASiteWhoseAuthorityTheJdkLacks() throws Exception {
        Path store = Tls.keyStore(temp);
        try (TestSite site = new TestSite(store)) {
            site.bytes("/", 200, "text/html; charset=utf-8", html("<a href=\"/a.html\">政务公开</a>"))
                    .bytes("/a.html", 200, "text/html; charset=utf-8", html("<p>通知</p>"));
            String home = site.uri.toString();
            assertEquals(3, run("--lang", "en", home), "the JDK alone does not trust the site's certificate");
            assertTrue(errText().contains("The home page " + home + " could not be read."), errText());
            for (boolean pem : new boolean[] { true, false }) {
                out.reset();
                Path authority = Tls.certificate(store, temp.resolve(pem ? "ca.pem" : "ca.der"), pem);
                assertEquals(0, run("--ca-certs", authority.toString(), home), errText());
                JsonNode json = new ObjectMapper().readTree(out.toByteArray());
                assertEquals(2, json.get("sites").get(0).get("pages").asInt());
                assertEquals(0, json.get("findings").size(), json.toString());
            }
        }
    }

    @Test
    void caCertsThatAreNoCertificatesAreBadUsage() throws Exception {
        try (TestSite site = site("")) {
            Path missing = temp.resolve("missing.pem");
            assertEquals(2, run("--lang", "en", "--ca-certs", missing.toString(), site.uri.toString()));
            assertTrue(errText().contains("The option --ca-certs: there is no file " + missing + "."), errText());
            err.reset();
            Path text = Files.writeString(temp.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
            assertEquals(2, run("--ca-certs", text.toString(), site.uri.toString()));
            assertTrue(errText().startsWith("选项 --ca-certs：" + text + " 中没有 X.509 证书（PEM 或 DER）。"), errText());
            assertEquals(0, site.hits("/"));
        }
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, run("--help", "--lang", "en"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--format", "--output", "--ignore-robots", "--max-pages", "--max-depth",
                "--per-host", "--timeout", "--include", "--exclude", "--sensitive-words", "--typos", "--sitemaps", "--rate",
                "--fragments", "--government-hosts", "--load-budget", "--max-image-kb", "--home-max-age", "--column-category",
                "--leave-prompt-url", "--soft-blocked", "--ca-certs", "--pass-mark", "--broken-link-points", "--policy-stale-points",
                "--stale-columns-veto", "--not-updated-columns-veto", "--empty-columns-veto", "--lang", "--help")) {
            assertTrue(help.contains(option), option);
        }
    }
}
