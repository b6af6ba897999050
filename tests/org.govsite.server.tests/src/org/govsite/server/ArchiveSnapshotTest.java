package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm3;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Archived snapshots of old pages: stored by digest, served on the old host under 已归档 with the archive time, linked
 * from the 410, with the images and style sheets they show.
 */
class ArchiveSnapshotTest extends EditorTestBase {
    private static final String OLD = "www.old.gov.cn";
    private static final String PATH = "/api/v1/archives/" + OLD;
    private static final String HTML = "text/html; charset=utf-8";
    private static final Pattern ADDRESS = Pattern.compile("/govsite-archive/[0-9a-f]{64}\\.html");
    private static final byte[] NOTICE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2019年春节放假的通知</title>
            <script>document.title = 'run';</script></head>
            <body class="old"><h1>关于2019年春节放假的通知</h1><p>各科室：春节放假安排如下。</p></body></html>""".getBytes(StandardCharsets.UTF_8);

    private Library library;
    private SiteFetcher sites;

    @BeforeEach
    void library() {
        library = new Library(test, editor, content);
        sites = new SiteFetcher(test.server.uri());
    }

    @Test
    void aSnapshotIsServedUnderTheArchivedBannerAndThe410LinksIt() {
        String digest = store(NOTICE, HTML);
        Map<String, Object> answer = TestServer.parse(Library.expect(200, put("/old/notice.html?id=7", digest)));
        assertEquals(1, answer.get("changed"));
        Map<?, ?> stored = (Map<?, ?>) ((List<?>) answer.get("snapshots")).get(0);
        String address = (String) stored.get("address");
        assertTrue(ADDRESS.matcher(address).matches(), address);
        String archivedAt = (String) stored.get("archivedAt");
        assertTrue(archivedAt.matches("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}"), archivedAt);

        SiteFetcher.Page page = sites.get(OLD, address);
        assertEquals(200, page.status());
        assertTrue(page.headers().get("content-security-policy").contains("script-src 'none'"));
        Document html = Jsoup.parse(page.text());
        assertEquals("已归档", html.select("body.old > div.govsite-archived strong").text(), "the banner first in the body");
        assertEquals("归档时间：" + archivedAt, html.select("div.govsite-archived .archived-at").text());
        assertEquals("各科室：春节放假安排如下。", html.select("body > p").text(), "the page as stored");
        assertEquals(404, sites.get(OLD, "/govsite-archive/" + "0".repeat(64) + ".html").status());

        Library.expect(200, client.signed(editor, "PUT", "/api/v1/redirects/" + OLD, TestServer.json(Map.of("entries",
                List.of(Map.of("path", "/old/notice.html?id=7", "status", 410, "target", "http://" + OLD + address))))));
        SiteFetcher.Page gone = sites.get(OLD, "/old/notice.html?id=7");
        assertEquals(410, gone.status());
        assertEquals("http://" + OLD + address, Jsoup.parse(gone.text()).select("a").attr("href"));
    }

    @Test
    void archivingAgainKeepsTheArchiveTimeAndAnotherHostHasItsOwn() {
        String digest = store(NOTICE, HTML);
        Map<?, ?> first = snapshot(TestServer.parse(Library.expect(200, put("/old/notice.html", digest))));
        Map<String, Object> again = TestServer.parse(Library.expect(200, put("/old/notice.html", digest)));
        assertEquals(0, again.get("changed"), "the same snapshot again changes nothing");
        byte[] changedPage = new String(NOTICE, StandardCharsets.UTF_8).replace("如下", "如下（更正）").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> changed = TestServer.parse(Library.expect(200, put("/old/notice.html", store(changedPage, HTML))));
        assertEquals(1, changed.get("changed"));
        assertEquals(first.get("archivedAt"), snapshot(changed).get("archivedAt"), "archived when first archived");
        assertTrue(sites.get(OLD, (String) first.get("address")).text().contains("（更正）"));
        assertEquals(404, sites.get("www.other.gov.cn", (String) first.get("address")).status(), "not another host's");

        Map<String, Object> listed = TestServer.parse(Library.expect(200, client.signed(library.reviewer, "GET", PATH + "?limit=1", Content.NO_BODY)));
        Map<?, ?> one = (Map<?, ?>) ((List<?>) listed.get("snapshots")).get(0);
        assertEquals("/old/notice.html", one.get("path"));
        assertEquals(Sm3.digestHex(changedPage), one.get("digest"));
        assertEquals(true, listed.get("more"));
        assertEquals(2, library.log().stream().filter(e -> e.action().equals("archive.put") && e.detail().equals("1 snapshots, 1 changed")).count());
    }

    @Test
    void aDeletedSnapshotIsNoLongerServedAndItsHtmlStaysStored() {
        String digest = store(NOTICE, HTML);
        String address = (String) snapshot(TestServer.parse(Library.expect(200, put("/old/notice.html", digest)))).get("address");
        Map<?, ?> other = snapshot(TestServer.parse(Library.expect(200, put("/old/other.html", digest))));
        assertEquals(200, sites.get(OLD, address).status());

        assertEquals("GS-AUTH-ROLE", delete(library.reviewer, "/old/notice.html").code());
        Map<String, Object> deleted = TestServer.parse(Library.expect(200, delete(editor, "/old/notice.html")));
        assertEquals(Map.of("host", OLD, "paths", 1, "deleted", 1), deleted);
        assertEquals(0, TestServer.parse(Library.expect(200, delete(editor, "/old/notice.html"))).get("deleted"), "again: nothing");
        assertEquals(404, sites.get(OLD, address).status());
        assertEquals(200, sites.get(OLD, (String) other.get("address")).status(), "the same HTML under another path stays");
        assertEquals(1, library.log().stream().filter(e -> e.action().equals("archive.delete") && e.detail().equals("1 paths, 1 deleted")).count());
        assertEquals("GS-REQ-INVALID-FIELD", delete(editor, "notice.html").code());
        assertEquals(1, ((List<?>) TestServer.parse(Library.expect(200, client.signed(editor, "GET", PATH, Content.NO_BODY))).get("snapshots")).size());
    }

    @Test
    void theFilesASnapshotShowsAreServedOnItsHostWhileASnapshotShowsThem() {
        byte[] css = "body{background:url(logo.png)}".getBytes(StandardCharsets.UTF_8);
        byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
        String style = store(css, "text/css; charset=utf-8");
        String logo = store(png, "image/png");
        String unlisted = store("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/pdf");
        String html = store(NOTICE, HTML);
        assertEquals("GS-REQ-INVALID-FIELD", put("/old/a.html", html, List.of(unlisted)).code(), "a PDF is no snapshot file");
        assertEquals("GS-REQ-INVALID-FIELD", put("/old/a.html", html, List.of(html)).code(), "nor is a page");
        assertEquals("GS-REQ-INVALID-FIELD", put("/old/a.html", html, List.of(Sm3.digestHex(new byte[] { 7 }))).code(), "not stored");
        assertEquals("GS-REQ-INVALID-FIELD", put("/old/a.html", html, List.of("ABC")).code());
        assertEquals("GS-REQ-INVALID-FIELD", put("/old/a.html", html, Collections.nCopies(501, logo)).code(), "at most 500");
        Library.expect(200, put("/old/a.html", html, List.of(style, logo)));
        Library.expect(200, put("/old/b.html", html, List.of(style)));

        SiteFetcher.Page sheet = sites.get(OLD, "/govsite-archive/files/" + style + ".css");
        assertEquals(200, sheet.status());
        assertEquals("text/css; charset=utf-8", sheet.headers().get("content-type"));
        assertEquals("nosniff", sheet.headers().get("x-content-type-options"));
        assertTrue(sheet.headers().get("content-security-policy").contains("script-src 'none'"));
        assertEquals(new String(css, StandardCharsets.UTF_8), sheet.text());
        SiteFetcher.Page image = sites.get(OLD, "/govsite-archive/files/" + logo + ".png");
        assertEquals("image/png", image.headers().get("content-type"));
        assertTrue(Arrays.equals(png, image.body()));
        assertEquals(404, sites.get(OLD, "/govsite-archive/files/" + unlisted + ".pdf").status(), "stored, but no snapshot shows it");
        assertEquals(404, sites.get("www.other.gov.cn", "/govsite-archive/files/" + style + ".css").status(), "not another host's");

        Library.expect(200, delete(editor, "/old/a.html"));
        assertEquals(404, sites.get(OLD, "/govsite-archive/files/" + logo + ".png").status(), "no snapshot shows it any more");
        assertEquals(200, sites.get(OLD, "/govsite-archive/files/" + style + ".css").status(), "the other snapshot still does");
        Library.expect(200, put("/old/b.html", html, List.of()));
        assertEquals(404, sites.get(OLD, "/govsite-archive/files/" + style + ".css").status(), "archived again without it");
    }

    private ApiClient.Reply put(String path, String digest, List<String> assets) {
        return client.signed(editor, "PUT", PATH, TestServer.json(Map.of("snapshots", List.of(Map.of("path", path, "digest", digest,
                "assets", assets)))));
    }

    private ApiClient.Reply delete(ApiClient.Session who, String path) {
        return client.signed(who, "DELETE", PATH, TestServer.json(Map.of("paths", List.of(path))));
    }

    @Test
    void snapshotsOfNoStoredHtmlAndBadEntriesAreRefusedWhole() {
        String html = store(NOTICE, HTML);
        String pdf = store("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertEquals("GS-REQ-INVALID-FIELD", put("/a.html", pdf).code(), "not HTML");
        assertEquals("GS-REQ-INVALID-FIELD", put("/a.html", Sm3.digestHex(new byte[] { 1 })).code(), "not stored");
        assertEquals("GS-REQ-INVALID-FIELD", put("a.html", html).code());
        assertEquals("GS-REQ-INVALID-FIELD", put("/a.html", "ABC").code());
        ApiClient.Reply mixed = client.signed(editor, "PUT", PATH, TestServer.json(Map.of("snapshots", List.of(
                Map.of("path", "/ok.html", "digest", html), Map.of("path", "/bad.html", "digest", pdf)))));
        assertEquals("GS-REQ-INVALID-FIELD", mixed.code());
        assertTrue(mixed.text().contains("snapshots[1].digest"), mixed.text());
        assertEquals("GS-REQ-INVALID-FIELD", client.signed(editor, "PUT", PATH, TestServer.json(Map.of("snapshots", List.of()))).code());
        assertEquals(List.of(), TestServer.parse(Library.expect(200, client.signed(editor, "GET", PATH, Content.NO_BODY))).get("snapshots"),
                "nothing of a refused PUT kept");
        assertEquals("GS-AUTH-ROLE", client.signed(library.reviewer, "PUT", PATH, TestServer.json(Map.of("snapshots",
                List.of(Map.of("path", "/ok.html", "digest", html))))).code());
    }

    private String store(byte[] bytes, String type) {
        Library.expect(201, library.putAttachment(editor, null, bytes, type));
        return Sm3.digestHex(bytes);
    }

    private ApiClient.Reply put(String path, String digest) {
        return client.signed(editor, "PUT", PATH, TestServer.json(Map.of("snapshots", List.of(Map.of("path", path, "digest", digest)))));
    }

    private static Map<?, ?> snapshot(Map<String, Object> answer) {
        return (Map<?, ?>) ((List<?>) answer.get("snapshots")).get(0);
    }
}
