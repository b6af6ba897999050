package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.client.ArchiveSnapshot;
import org.govsite.migration.after.ArchiveSnapshots;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectUpload;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.protocol.PublishedPaths;
import org.govsite.testing.LegacySite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archived snapshots end to end: a legacy site's archived pages (one GBK) read again from its mirror, stored on a real
 * platform on loopback, served on the old host under 已归档 with the archive time and with the images, style sheets
 * and fonts they show, linked from their 410 pages, and the verification audit passing them and failing an archive
 * link that is no archived page.
 */
class ArchiveSnapshotsTest {
    private static final String NEW = "http://new.gov.cn/";
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path temp;

    @Test
    void archivedPagesAreServedAsSnapshotsAnd410sLinkThemAndTheAuditChecksThem() throws Exception {
        try (LegacySite site = legacySite().start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"));
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            platform.publish();
            Path mirror = site.mirror(temp.resolve("mirror"));
            MigrationPlan plan = plan(mirror);
            RedirectTable table = RedirectTable.of(plan, List.of());
            assertEquals(List.of("/old/a.html", "/old/b.html", "/old/report.pdf"),
                    table.entries(Redirect.Kind.GONE).stream().map(e -> e.oldUrl().getPath()).toList());

            ArchiveSnapshots.Result result;
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                result = new ArchiveSnapshots(platform.editor, source, 1).upload(plan, table, new NullProgressMonitor());
            }
            URI a = site.url("/old/a.html");
            URI b = site.url("/old/b.html");
            URI pdf = site.url("/old/report.pdf");
            assertEquals(List.of(a, b), List.copyOf(result.snapshots().keySet()));
            assertEquals(Map.of(pdf, NLS.bind(Messages.ArchiveNotPage, "NOT_HTML")), result.skipped());
            URI snapshotA = result.snapshots().get(a);
            assertTrue(snapshotA.toString().matches("http://127\\.0\\.0\\.1:" + site.url("/").getPort() + "/govsite-archive/[0-9a-f]{64}\\.html"),
                    snapshotA.toString());
            assertEquals(snapshotA, target(result.table(), a), "the GONE entry points at its snapshot");
            assertEquals(URI.create(NEW), target(result.table(), pdf), "not a page: the mapping's archive link stays");

            List<ArchiveSnapshot> stored = platform.editor.archiveSnapshots("127.0.0.1", "", 100);
            assertEquals(List.of("/old/a.html", "/old/b.html"), stored.stream().map(ArchiveSnapshot::path).toList());
            PlatformPages.Page snapshot = pages.get(snapshotA);
            assertEquals(200, snapshot.status());
            Document html = Jsoup.parse(snapshot.text(), snapshotA.toString());
            assertEquals("已归档", html.select(".govsite-archived strong").text());
            assertEquals("归档时间：" + stored.get(0).archivedAt(), html.select(".govsite-archived .archived-at").text());
            assertEquals("2015年关于春节放假的通知", html.select("h1").text(), "the GBK page decoded");
            assertEquals(NEW + "xxgk/", html.select("a.column").attr("href"), "a link to a redirected page goes to its new address");
            assertEquals(b.toString(), html.select("a.sibling").attr("href"), "a link to an archived page: absolute, its 410 links the snapshot");

            new RedirectUpload(platform.editor, 10).upload(result.table(), null);
            PlatformPages.Page gone = pages.get(a);
            assertEquals(410, gone.status());
            assertEquals(snapshotA.toString(), Jsoup.parse(gone.text()).select("a").attr("href"));

            List<Verification> verified;
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                verified = verifier.verify(result.table(), null);
            }
            assertEquals(NLS.bind(Messages.VerifyGone, snapshotA), only(verified, "/old/a.html").evidence());
            assertTrue(only(verified, "/old/a.html").passed());
            assertTrue(only(verified, "/old/b.html").passed());
            assertTrue(only(verified, "/").passed());
            Verification report = only(verified, "/old/report.pdf");
            assertFalse(report.passed(), "the new home page answers 200 but is no archived page");
            assertEquals(NLS.bind(Messages.VerifyArchiveNotMarked, NEW), report.evidence());
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.server.uri())) {
                Verification unsnapshotted = only(verifier.verify(table, null), "/old/a.html");
                assertFalse(unsnapshotted.passed(), "the 410 now links the snapshot, not the mapping's link");
                assertEquals(NLS.bind(Messages.VerifyGoneWithoutLink, "http://archive.new.gov.cn/old/a.html"), unsnapshotted.evidence());
            }

            ArchiveSnapshots.Result again;
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                again = new ArchiveSnapshots(platform.editor, source, 1000).upload(plan, table, null);
            }
            assertEquals(result.snapshots(), again.snapshots(), "a re-run: the same addresses");
            assertEquals(stored, platform.editor.archiveSnapshots("127.0.0.1", "", 100), "same digests, archive times kept");
            assertEquals(3, platform.logged("archive.put"));

            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                assertThrows(OperationCanceledException.class, () -> new ArchiveSnapshots(platform.editor, source, 1).upload(plan, table, cancelled));
            }
            assertEquals(3, platform.logged("archive.put"), "cancelled before the first page: nothing sent");

            RedirectTable undecided = RedirectTable.of(plan(mirror, new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/b.html"),
                    Outcome.UNRESOLVED, "", "")), List.of());
            ArchiveSnapshots.Result withoutB;
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                withoutB = new ArchiveSnapshots(platform.editor, source, 1000).upload(plan, undecided, null);
            }
            assertEquals(List.of(a), List.copyOf(withoutB.snapshots().keySet()));
            assertEquals(List.of(b), withoutB.deleted(), "no longer archived: its snapshot taken down");
            assertEquals(List.of("/old/a.html"), platform.editor.archiveSnapshots("127.0.0.1", "", 100).stream().map(ArchiveSnapshot::path).toList());
            assertEquals(404, pages.get(result.snapshots().get(b)).status());
            assertEquals(200, pages.get(snapshotA).status());
            RedirectUpload.Result uploaded = new RedirectUpload(platform.editor, 10).upload(withoutB.table(), null);
            assertEquals(1, uploaded.deleted(), "its 410 deleted too");
            assertEquals(404, pages.get(b).status());
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                assertEquals(List.of(), new ArchiveSnapshots(platform.editor, source, 1000).upload(plan, undecided, null).deleted(), "again: nothing");
            }
            assertEquals(1, platform.logged("archive.delete"));
        }
    }

    @Test
    void theImagesStyleSheetsAndFontsASnapshotShowsAreArchivedWithItOnTheOldHost() throws Exception {
        byte[] logo = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        byte[] background = "GIF89a background".getBytes(GBK);
        byte[] header = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'h', 'd' };
        LegacySite legacy = new LegacySite()
                .html("/", "<html><body><a href=\"/old/c.html\">旧页面</a></body></html>")
                .html("/old/c.html", "<html><head><link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"icon\" href=\"/favicon.ico\">"
                        + "<link rel=\"alternate\" href=\"/rss.xml\"><style>.banner{background:url('../img/banner.gif')}</style></head>"
                        + "<body background=\"/img/bg.gif\"><img class=\"logo\" src=\"../img/logo.png\" srcset=\"/img/logo@2x.png 2x\">"
                        + "<img class=\"gone\" src=\"/img/missing.png\"><img class=\"error\" src=\"/img/error.png\"><img class=\"other\" src=\"http://www.gov.cn/govweb/img/gh.png\">"
                        + "<div class=\"styled\" style=\"background-image:url(/img/bg.gif)\">横幅</div><p>旧页面正文。</p></body></html>")
                .add("/css/site.css", "text/css", ("@charset \"GBK\";\n@import \"print.css\";\nbody{font-family:\"宋体\"}\n"
                        + ".hd{background:url(../img/hd.jpg)}\n@font-face{font-family:f;src:url('/fonts/f.woff') format('woff')}\n.x{background:url(data:image/gif;base64,R0lGOD)}\n").getBytes(GBK))
                .add("/fonts/f.woff", "application/octet-stream", "wOFF font".getBytes(GBK))
                .add("/css/print.css", "text/css", ".p{color:#000}".getBytes(GBK))
                .add("/img/error.png", "image/png", "<html><body>500 服务器错误</body></html>".getBytes(GBK))
                .add("/img/hd.jpg", "image/jpeg", header)
                .add("/img/bg.gif", "image/gif", background)
                .add("/img/banner.gif", "image/gif", "GIF89a banner".getBytes(GBK))
                .add("/img/logo.png", "image/png", logo)
                .add("/favicon.ico", "image/x-icon", new byte[] { 0, 0, 1, 0, 1, 0 })
                .add("/rss.xml", "application/rss+xml", "<rss/>".getBytes(GBK));
        try (LegacySite site = legacy.start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"));
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            platform.publish();
            ArchiveSnapshots.Result result = archive(site, platform, false);
            URI c = site.url("/old/c.html");
            Document html = snapshot(pages, result, c);
            String file = "/govsite-archive/files/[0-9a-f]{64}\\.";

            String logoAddress = html.select("img.logo").attr("src");
            assertTrue(logoAddress.matches(file + "png"), logoAddress);
            assertFalse(html.select("img.logo").hasAttr("srcset"), "its other sizes are the old site's");
            PlatformPages.Page served = pages.get(site.url(logoAddress));
            assertEquals("image/png", served.contentType());
            assertArrayEquals(logo, served.body());
            String backgroundAddress = html.select("body").attr("background");
            assertArrayEquals(background, pages.get(site.url(backgroundAddress)).body());
            assertEquals("background-image:url(\"" + backgroundAddress + "\")", html.select("div.styled").attr("style"), "stored once");
            String banner = html.select("style").first().data();
            assertTrue(banner.matches("\\.banner\\{background:url\\(\"" + file + "gif\"\\)\\}"), banner);
            assertEquals(200, pages.get(site.url(html.select("link[rel=icon]").attr("href"))).status());
            assertEquals(site.url("/rss.xml").toString(), html.select("link[rel=alternate]").attr("href"), "not a file the page shows");
            assertEquals("http://www.gov.cn/govweb/img/gh.png", html.select("img.other").attr("src"), "another host's: a link");
            assertEquals(site.url("/img/missing.png").toString(), html.select("img.gone").attr("src"), "unreadable: the old address");
            assertEquals(List.of(site.url("/img/missing.png"), site.url("/img/error.png")), List.copyOf(result.filesMissing().keySet()));
            assertTrue(result.filesMissing().get(site.url("/img/missing.png")).startsWith(Messages.ArchiveFileUnreadable.substring(0, 10)),
                    result.filesMissing().toString());
            assertEquals(NLS.bind(Messages.ArchiveFileType, "application/octet-stream"), result.filesMissing().get(site.url("/img/error.png")),
                    "an error page named .png is no image");
            assertEquals(site.url("/img/error.png").toString(), html.select("img.error").attr("src"));

            String sheetAddress = html.select("link[rel=stylesheet]").attr("href");
            assertTrue(sheetAddress.matches(file + "css"), sheetAddress);
            PlatformPages.Page sheet = pages.get(site.url(sheetAddress));
            assertEquals("text/css; charset=utf-8", sheet.contentType());
            assertTrue(sheet.text().startsWith("@charset \"UTF-8\";"), sheet.text());
            assertTrue(sheet.text().contains("body{font-family:\"宋体\"}"), "the GBK style sheet decoded: " + sheet.text());
            assertTrue(sheet.text().contains("url(data:image/gif;base64,R0lGOD)"), "data: URLs stay");
            Matcher imported = Pattern.compile("@import \"(" + file + "css)\"").matcher(sheet.text());
            assertTrue(imported.find(), sheet.text());
            assertEquals(".p{color:#000}", pages.get(site.url(imported.group(1))).text());
            Matcher image = Pattern.compile("url\\(\"(" + file + "jpg)\"\\)").matcher(sheet.text());
            assertTrue(image.find(), sheet.text());
            assertArrayEquals(header, pages.get(site.url(image.group(1))).body(), "a style sheet's own image");
            Matcher font = Pattern.compile("url\\(\"(" + file + "woff)\"\\)").matcher(sheet.text());
            assertTrue(font.find(), sheet.text());
            assertEquals("font/woff", pages.get(site.url(font.group(1))).contentType(), "by its signature");
            assertEquals(9, platform.logged("attachment.store"), "8 files, each once, and the page");
        }
    }

    @Test
    void aPageShowingMoreFilesThanThePlatformServesKeepsTheRestAtTheirOldAddresses() throws Exception {
        int count = PublishedPaths.MAX_ARCHIVE_FILES + 2;
        StringBuilder images = new StringBuilder();
        LegacySite legacy = new LegacySite().html("/", "<html><body><a href=\"/old/gallery.html\">图集</a></body></html>");
        for (int i = 0; i < count; i++) {
            images.append("<img src=\"/img/p").append(i).append(".gif\">");
            legacy.add("/img/p" + i + ".gif", "image/gif", ("GIF89a " + i).getBytes(GBK));
        }
        legacy.html("/old/gallery.html", "<html><body>" + images + "</body></html>");
        try (LegacySite site = legacy.start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"));
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            ArchiveSnapshots.Result result = archive(site, platform, false);
            Document html = snapshot(pages, result, site.url("/old/gallery.html"));
            List<String> sources = html.select("img").eachAttr("src");
            assertTrue(sources.subList(0, PublishedPaths.MAX_ARCHIVE_FILES).stream().allMatch(src -> src.startsWith("/govsite-archive/files/")));
            assertEquals(List.of(site.url("/img/p500.gif").toString(), site.url("/img/p501.gif").toString()),
                    sources.subList(PublishedPaths.MAX_ARCHIVE_FILES, count));
            assertEquals(Map.of(site.url("/img/p500.gif"), NLS.bind(Messages.ArchiveFileTooMany, PublishedPaths.MAX_ARCHIVE_FILES),
                    site.url("/img/p501.gif"), NLS.bind(Messages.ArchiveFileTooMany, PublishedPaths.MAX_ARCHIVE_FILES)), result.filesMissing());
            assertEquals(200, pages.get(site.url(sources.get(PublishedPaths.MAX_ARCHIVE_FILES - 1))).status());
        }
    }

    @Test
    void aLivePageAndItsStyleSheetAreReadInTheCharsetTheirHeadersName() throws Exception {
        LegacySite legacy = new LegacySite().html("/", "<html><body><a href=\"/old/h.html\">旧页面</a></body></html>")
                .add("/old/h.html", "text/html; charset=GBK", ("<html><head><link rel=\"stylesheet\" href=\"/h.css\"></head>"
                        + "<body><h1>只在响应头声明编码的页面</h1></body></html>").getBytes(GBK))
                .add("/h.css", "text/css; charset=GBK", "body{font-family:\"宋体\"}".getBytes(GBK));
        try (LegacySite site = legacy.start();
                ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"));
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            ArchiveSnapshots.Result result = archive(site, platform, true);
            Document html = snapshot(pages, result, site.url("/old/h.html"));
            assertEquals("只在响应头声明编码的页面", html.select("h1").text(), "no <meta>: the header's GBK");
            assertEquals("body{font-family:\"宋体\"}", pages.get(site.url(html.select("link[rel=stylesheet]").attr("href"))).text(),
                    "no @charset: the header's GBK");
        }
    }

    /** @return the snapshot the upload stored of the old page {@code page}, as the platform serves it */
    private static Document snapshot(PlatformPages pages, ArchiveSnapshots.Result result, URI page) {
        return Jsoup.parse(pages.get(result.snapshots().get(page)).text(), page.toString());
    }

    /**
     * @param readLive whether the archived pages are read again from the live site (else from the mirror)
     * @return the archived pages of {@code site}, planned from its mirror with the standard mapping, uploaded
     */
    private ArchiveSnapshots.Result archive(LegacySite site, ImportPlatform platform, boolean readLive) throws Exception {
        Path mirror = site.mirror(temp.resolve("mirror"));
        MigrationPlan plan = plan(mirror);
        try (LegacySource source = readLive ? new CrawlSource(site.url("/"), CrawlSettings.defaults(), List.of())
                : new MirrorSource(mirror, "http", List.of())) {
            return new ArchiveSnapshots(platform.editor, source, 10).upload(plan, RedirectTable.of(plan, List.of()), null);
        }
    }

    private static LegacySite legacySite() {
        return new LegacySite()
                .html("/", "<html><head><title>某市水利局</title></head><body><a href=\"/xxgk/\">信息公开</a>"
                        + "<a href=\"/old/a.html\">旧通知</a><a href=\"/old/report.pdf\">旧报告</a></body></html>")
                .html("/xxgk/", "<html><head><title>信息公开</title></head><body><ul><li>目录</li></ul></body></html>")
                .gbk("/old/a.html", ("<html><head><meta charset=\"gbk\"><title>旧通知</title></head><body>"
                        + "<h1>2015年关于春节放假的通知</h1><p>各科室：春节放假安排见<a class=\"column\" href=\"../xxgk/\">信息公开</a>"
                        + "，另见<a class=\"sibling\" href=\"b.html\">补充通知</a>。</p></body></html>").getBytes(GBK))
                .html("/old/b.html", "<html><head><title>补充通知</title></head><body><p>补充通知。</p></body></html>")
                .add("/old/report.pdf", "application/pdf", "%PDF-1.4 old report".getBytes(GBK));
    }

    /** @param first rules before the test's mapping */
    private MigrationPlan plan(Path mirror, MappingRule... first) {
        List<MappingRule> rules = new ArrayList<>(List.of(first));
        rules.addAll(List.of(
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/"), Outcome.REDIRECT, "xxgk", NEW),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/xxgk/**"), Outcome.REDIRECT, "xxgk", NEW + "xxgk/"),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/*.pdf"), Outcome.ARCHIVE, "", NEW),
                new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/**"), Outcome.ARCHIVE, "",
                        "http://archive.new.gov.cn/old/{name}.html")));
        MigrationSettings settings = new MigrationSettings(LegacySites.templates(), new Mapping(rules), LegacySites.MAX_ATTACHMENT,
                MigrationSettings.filesUnder(URI.create(NEW)), 2);
        try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
            return new Planner(settings).plan(source, new DigestFolder(temp.resolve("attachments")), KnownUrls.NONE, null);
        }
    }

    private static URI target(RedirectTable table, URI oldUrl) {
        return table.entries().stream().filter(e -> e.oldUrl().equals(oldUrl)).findFirst().orElseThrow().target();
    }

    private static Verification only(List<Verification> found, String path) {
        return found.stream().filter(v -> v.oldUrl().getRawPath().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }
}
