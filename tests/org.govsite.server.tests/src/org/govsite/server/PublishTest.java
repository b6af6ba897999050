package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govsite.crypto.Sm3;
import org.govsite.protocol.PageTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing: a reviewer publishes a site, its static pages are served by host name on the API's port, every page
 * carries the Guide's page tags, and every link between pages resolves.
 */
class PublishTest extends EditorTestBase {
    private static final Pattern PUB_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
    private static final Pattern ARTICLE_PAGE = Pattern.compile("/.+/[0-9]{6}/t[0-9]{8}_[A-Za-z0-9._-]+\\.html");
    private static final String CROSS_TITLE = "<b>\"关于\"印发 & '实施方案'的通知</b>";

    private Library library;
    private SiteFetcher sites;
    private String png;
    private String pdf;

    @BeforeEach
    void startLibrary() {
        library = new Library(test, editor, content);
        sites = new SiteFetcher(library.test.server.uri());
        library.site("zjportal", "浙江省人民政府门户网站", "zj", "www.zj.gov.cn", List.of("zj.gov.cn"), "3300000001");
        library.site("hzportal", "杭州市人民政府门户网站", "zj", "www.hangzhou.gov.cn", List.of(), "3301000001");
        library.column("zjportal", "zj-news", null, "政务动态", "zwdt", "NEWS", 0);
        library.column("zjportal", "zj-notice", "zj-news", "通知公告", "tzgg", "OTHER", 0);
        library.column("zjportal", "zj-policy", null, "政策文件", "zcwj", "POLICY", 1);
        library.column("hzportal", "hz-news", null, "政务动态", "zwdt", "NEWS", 0);
        for (int i = 1; i <= 25; i++) {
            String time = String.format("2026-05-%02d 09:%02d", i, i);
            Library.expect(201, library.post("/api/v1/articles", Library.article("n" + i, "通知第" + i + "号", List.of("zj-notice"),
                    Map.of("publishedAt", time))));
        }
        byte[] image = "PNG 图片".getBytes(StandardCharsets.UTF_8);
        byte[] document = "%PDF 实施方案".getBytes(StandardCharsets.UTF_8);
        png = Sm3.digestHex(image);
        pdf = Sm3.digestHex(document);
        Library.expect(201, library.putAttachment(library.editor, null, image, "image/png"));
        Library.expect(201, library.putAttachment(library.editor, null, document, "application/pdf"));
        Library.expect(201, library.post("/api/v1/articles", Library.article("cross", CROSS_TITLE, List.of("zj-policy", "hz-news"),
                Map.of("image", png, "attachments", List.of(pdf), "publishedAt", "2026-06-01 15:30", "source", "省发展改革委",
                        "body", "<p>正文</p><script>alert(1)</script><a href=\"/\" style=\"display:none\" onclick=\"x()\">暗链</a>"))));
    }

    @Test
    void reviewersPublishAndEveryPageCarriesThePageTagsAndResolvingLinks() {
        ApiClient.Reply byEditor = library.client.signed(library.editor, "POST", "/api/v1/sites/zjportal/publish", new byte[0]);
        assertEquals("GS-AUTH-ROLE", byEditor.code());
        assertTrue(library.log().stream().anyMatch(e -> e.action().equals("request.refused") && e.operator().equals("zhang.wei")
                && e.target().equals("POST /api/v1/sites/zjportal/publish")), "the refusal is logged");
        Map<String, Object> published = publish("zjportal");
        assertEquals(1 + 4 + 26, published.get("pages"));
        assertEquals(List.of("www.zj.gov.cn", "zj.gov.cn"), published.get("hosts"));
        assertTrue(library.log().stream()
                .anyMatch(e -> e.action().equals("site.publish") && e.operator().equals("li.na") && e.target().equals("zjportal")));

        Map<String, Document> pages = crawl("www.zj.gov.cn:" + library.test.server.uri().getPort());
        assertEquals(1 + 4 + 26, pages.size(), pages.keySet()::toString);
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            checkSiteTags(page.getKey(), page.getValue());
            if (ARTICLE_PAGE.matcher(page.getKey()).matches()) {
                checkArticleTags(page.getKey(), page.getValue());
            } else if (!page.getKey().equals("/")) {
                checkColumnTags(page.getKey(), page.getValue());
            }
        }
        Document home = pages.get("/");
        assertEquals(List.of("/zwdt/", "/zcwj/"), home.select("section.columns a").eachAttr("href"));
        assertEquals(CROSS_TITLE, home.select("section.latest a").first().text(), "newest first");
        assertEquals(20, home.select("section.latest li").size());

        Document notices = pages.get("/zwdt/tzgg/");
        assertEquals("通知公告", meta(notices, "ColumnName"));
        assertEquals("其他", meta(notices, "ColumnType"));
        assertEquals(20, notices.select("ul.article-list li").size());
        assertEquals("通知第25号", notices.select("ul.article-list a").first().text());
        assertEquals("/zwdt/tzgg/index_2.html", notices.select("nav.pager a:contains(下一页)").attr("href"));
        assertEquals(5, pages.get("/zwdt/tzgg/index_2.html").select("ul.article-list li").size());
        assertEquals("政务动态", meta(pages.get("/zwdt/"), "ColumnType"));
        assertEquals(List.of("/zwdt/tzgg/"), pages.get("/zwdt/").select("section.sub-columns a").eachAttr("href"));

        Document cross = pages.get("/zcwj/202606/t20260601_cross.html");
        assertEquals(CROSS_TITLE, meta(cross, "ArticleTitle"));
        assertEquals(CROSS_TITLE, cross.select("article h1").text(), "the title is text, not markup");
        assertEquals("2026-06-01 15:30", meta(cross, "PubDate"));
        assertEquals("省发展改革委", meta(cross, "ContentSource"));
        assertEquals("政策文件", meta(cross, "ColumnName"));
        assertEquals("https://www.zj.gov.cn/zcwj/202606/t20260601_cross.html", meta(cross, "Url"));
        assertEquals("https://www.zj.gov.cn/files/" + png + ".png", meta(cross, "Image"));
        assertTrue(cross.select("script").isEmpty(), "scripts are cleaned from bodies");
        Element hidden = cross.select("div.content a").first();
        assertEquals("暗链", hidden.text());
        assertFalse(hidden.hasAttr("style") || hidden.hasAttr("onclick"), "no hidden (dark) links");
        assertEquals(List.of("/files/" + pdf + ".pdf"), cross.select("section.attachments a").eachAttr("href"));
        SiteFetcher.Page file = sites.get("www.zj.gov.cn", "/files/" + pdf + ".pdf");
        assertEquals("application/pdf", file.headers().get("content-type"));
        assertArrayEquals("%PDF 实施方案".getBytes(StandardCharsets.UTF_8), file.body());
    }

    @Test
    void anArchivedSitesPagesShowTheArchivedBannerWithTheArchiveTime() {
        publish("zjportal");
        String before = LocalDateTime.now(PageTime.ZONE).format(PageTime.MINUTES);
        setStatus("ARCHIVED", "浙江省人民政府门户网站");
        String after = LocalDateTime.now(PageTime.ZONE).format(PageTime.MINUTES);
        for (String path : List.of("/", "/zwdt/tzgg/", "/zcwj/202606/t20260601_cross.html")) {
            Document page = Jsoup.parse(sites.get("www.zj.gov.cn", path).text());
            assertEquals("已归档", page.select("body > div.govsite-archived strong").text(), path);
            String time = page.select("div.govsite-archived .archived-at").text().replace("归档时间：", "");
            assertTrue(time.compareTo(before) >= 0 && time.compareTo(after) <= 0, time);
            assertTrue(page.select("div.govsite-archived").text().endsWith("本网站已归档，内容不再更新。"), path);
        }
        assertArrayEquals("%PDF 实施方案".getBytes(StandardCharsets.UTF_8), sites.get("www.zj.gov.cn", "/files/" + pdf + ".pdf").body(),
                "files as they are");
        String archivedAt = Jsoup.parse(sites.get("zj.gov.cn", "/").text()).select(".archived-at").text();
        setStatus("ARCHIVED", "浙江省人民政府门户网站（已归档）");
        assertEquals(archivedAt, Jsoup.parse(sites.get("zj.gov.cn", "/").text()).select(".archived-at").text(),
                "archived since it first was");
        setStatus("RUNNING", "浙江省人民政府门户网站");
        assertTrue(Jsoup.parse(sites.get("www.zj.gov.cn", "/").text()).select("div.govsite-archived").isEmpty(), "running again");
        assertTrue(Jsoup.parse(sites.get("www.hangzhou.gov.cn", "/").text()).select("div.govsite-archived").isEmpty());
    }

    /** Changes the site zjportal's status and name through the API. */
    private void setStatus(String status, String name) {
        Map<String, Object> site = TestServer.parse(Library.expect(200, content.get("/api/v1/sites/zjportal")));
        long version = ((Number) site.get("version")).longValue();
        site.put("status", status);
        site.put("name", name);
        site.remove("version");
        Library.expect(200, content.put("/api/v1/sites/zjportal", site, version));
    }

    @Test
    void linksToNonGovernmentSitesAskBeforeLeaving() {
        Library.expect(201, library.post("/api/v1/articles", Library.article("links", "相关链接", List.of("zj-policy"),
                Map.of("publishedAt", "2026-06-02 10:00", "body", "<p><a href=\"http://www.example.com/a?b=1\">外站</a>"
                        + "<a href=\"https://www.beijing.gov.cn/\">北京</a><a href=\"http://网站.政务/\">政务</a>"
                        + "<a href=\"HTTP://WWW.GOV.CN.EXAMPLE.ORG/\">仿冒</a><a href=\"/zcwj/\">本站</a>"
                        + "<a href=\"mailto:ban@zj.gov.cn\">邮件</a></p>"))));
        publish("zjportal");
        Document page = Jsoup.parse(sites.get("www.zj.gov.cn", "/zcwj/202606/t20260602_links.html").text());
        List<Element> prompted = page.select("div.content a.govsite-outlink");
        assertEquals(List.of("外站", "仿冒"), prompted.stream().map(Element::text).toList(), "only non-government sites");
        for (Element link : prompted) {
            assertEquals("return confirm('您访问的链接即将离开本网站，前往非政府网站，是否继续？');", link.attr("onclick"));
            assertEquals("_blank", link.attr("target"));
            assertEquals("noopener noreferrer", link.attr("rel"));
        }
        assertEquals("http://www.example.com/a?b=1", prompted.get(0).attr("href"), "the address stays the external one");
        for (String other : List.of("北京", "政务", "本站", "邮件")) {
            Element link = page.select("div.content a:contains(" + other + ")").first();
            assertFalse(link.hasAttr("onclick") || link.hasClass("govsite-outlink"), other);
        }
    }

    @Test
    void anArticleOfAnotherSiteIsPublishedUnderTheLocalColumnWithItsHomeUrl() {
        publish("hzportal");
        Map<String, Document> pages = crawl("www.hangzhou.gov.cn");
        assertEquals(List.of("/", "/zwdt/", "/zwdt/202606/t20260601_cross.html"), pages.keySet().stream().sorted().toList());
        Document cross = pages.get("/zwdt/202606/t20260601_cross.html");
        assertEquals("杭州市人民政府门户网站", meta(cross, "SiteName"));
        assertEquals("政务动态", meta(cross, "ColumnName"));
        assertEquals("https://www.zj.gov.cn/zcwj/202606/t20260601_cross.html", meta(cross, "Url"), "the home column is on another site");
        pages.values().forEach(page -> checkSiteTags("hz", page));

        Library.expect(200, content.delete("/api/v1/sites/zjportal/columns/zj-policy", 1));
        publish("hzportal");
        assertEquals("https://www.hangzhou.gov.cn/zwdt/202606/t20260601_cross.html",
                meta(crawl("www.hangzhou.gov.cn").get("/zwdt/202606/t20260601_cross.html"), "Url"),
                "with its home column deleted, the article's first column left is its home");
    }

    @Test
    void topicsArePublishedInTheTopicAreaTheArchivedMarkedAndTheCurrentOnesOnTheHomePage() {
        library.column("hzportal", "hz-zt", null, "专题专栏", "ztzl", "TOPIC", 1); // takes the Guide's path: topics go to /zt/
        topic("t-env", "生态环境保护专题", "sthj", true, null);
        topic("t-census", "第七次全国人口普查", "rkpc", true, "2021-06-30");
        topic("t-business", "优化营商环境", "yshj", false, null);
        Library.expect(201, library.post("/api/v1/articles", Library.article("env", "生态环境保护工作推进会", List.of("hz-news"),
                Map.of("topics", List.of("t-env", "t-business"), "publishedAt", "2026-06-02 09:00"))));
        Library.expect(201, library.post("/api/v1/articles", Library.article("zj-env", "全省生态环境保护大会召开", List.of("zj-policy"),
                Map.of("topics", List.of("t-env"), "publishedAt", "2026-06-03 09:00"))));
        ApiClient.Reply unknown = library.post("/api/v1/articles", Library.article("x", "标题", List.of("hz-news"),
                Map.of("topics", List.of("t-none"))));
        assertEquals("GS-REQ-INVALID-FIELD", unknown.code(), unknown::text);
        assertEquals(List.of("t-env", "t-business"), TestServer.parse(library.get(library.editor, "/api/v1/articles/env")).get("topics"));
        assertFalse(TestServer.parse(library.get(library.editor, "/api/v1/articles/n1")).containsKey("topics"),
                "an article in no topic answers as before");

        Map<String, Object> published = publish("hzportal");
        assertEquals(1 + 2 + 2 + 1 + 3, published.get("pages"), "home, two columns, two articles, the topic area, three topics");
        Document home = page("/");
        assertEquals(List.of("/zt/sthj/", "/zt/"), home.select("section.topics a").eachAttr("href"),
                "the current topics shown on the home page, then the whole area");
        Document area = page("/zt/");
        assertEquals("专题专栏", meta(area, "ColumnName"));
        assertEquals("专题专栏", meta(area, "ColumnType"));
        assertEquals(List.of("/zt/yshj/", "/zt/sthj/"), area.select("section.current-topics a").eachAttr("href"),
                "newest first; opened the same day, by id");
        assertEquals(List.of("/zt/rkpc/"), area.select("section.archived-topics a").eachAttr("href"));
        assertEquals("已归档（2021-06-30）", area.select("section.archived-topics span.archived-on").text());
        Document environment = page("/zt/sthj/");
        assertEquals("生态环境保护专题", meta(environment, "ColumnName"));
        assertEquals(List.of("https://www.zj.gov.cn/zcwj/202606/t20260603_zj-env.html", "/zwdt/202606/t20260602_env.html"),
                environment.select("ul.article-list a").eachAttr("href"), "an article of no column here links its home page");
        assertEquals(List.of("/", "/zt/", "/zt/sthj/"), environment.select("nav.breadcrumb a").eachAttr("href"));
        assertTrue(environment.select("div.topic-archived").isEmpty());
        Document census = page("/zt/rkpc/");
        assertTrue(census.select("div.topic-archived").text().contains("本专题已归档"), census::html);
        assertEquals("已归档（2021-06-30）", census.select("div.topic-archived span.archived-on").text());
        assertEquals(200, sites.get("www.hangzhou.gov.cn", "/ztzl/").status(), "the column keeps its own address");

        Library.expect(200, content.delete("/api/v1/sites/hzportal/topics/t-business", 1));
        assertEquals(1 + 2 + 2 + 1 + 2, publish("hzportal").get("pages"), "a deleted topic is no longer published");
        assertEquals(404, sites.get("www.hangzhou.gov.cn", "/zt/yshj/").status());
    }

    private void topic(String id, String name, String pathSegment, boolean onHomePage, String archivedOn) {
        Map<String, Object> topic = new LinkedHashMap<>(Map.of("id", id, "name", name, "pathSegment", pathSegment,
                "onHomePage", onHomePage, "archived", archivedOn != null));
        if (archivedOn != null) {
            topic.put("archivedOn", archivedOn);
        }
        content.create("/api/v1/sites/hzportal/topics", topic);
    }

    /** @return the page of the Hangzhou portal at {@code path}, answered 200 */
    private Document page(String path) {
        return page("www.hangzhou.gov.cn", path);
    }

    @Test
    void hostsRouteToTheirSiteAndTheApiStaysReachable() {
        publish("zjportal");
        String name = "浙江省人民政府门户网站";
        assertEquals(name, meta(Jsoup.parse(sites.get("zj.gov.cn:8080", "/").text()), "SiteName"), "an alias, any port");
        assertEquals(name, meta(Jsoup.parse(sites.get("WWW.ZJ.GOV.CN", "/index.html").text()), "SiteName"), "host names ignore case");
        assertEquals(404, sites.get("www.unknown.gov.cn", "/").status());
        assertEquals(404, sites.get("www.hangzhou.gov.cn", "/").status(), "not published yet");
        assertEquals(404, sites.get("www.zj.gov.cn", "/zwdt/no-such-page.html").status());
        assertNotEquals(200, sites.get("www.zj.gov.cn", "/zwdt/%2e%2e/%2e%2e/server-key.pem").status());
        assertEquals(405, sites.send("POST", "www.zj.gov.cn", "/").status());
        SiteFetcher.Page head = sites.send("HEAD", "www.zj.gov.cn", "/");
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(sites.get("www.zj.gov.cn", "/").body().length, Integer.parseInt(head.headers().get("content-length")));
        SiteFetcher.Page health = sites.get("www.zj.gov.cn", "/api/v1/health");
        assertEquals(200, health.status());
        assertEquals(Map.of("status", "UP"), TestServer.parse(new ApiClient.Reply(200, health.headers(), health.body())));
        assertEquals("GS-REQ-NOT-FOUND", library.client.signed(library.reviewer, "POST", "/api/v1/sites/none/publish", new byte[0]).code());
    }

    @Test
    void republishingShowsChangesAndKeepsOnlyTheGenerationBefore() throws IOException {
        publish("zjportal");
        byte[] changed = TestServer.json(Library.article("n1", "通知第1号（修订）", List.of("zj-notice"), Map.of("publishedAt", "2026-05-01 09:01")));
        Library.expect(200, library.client.signed(library.editor, "PUT", "/api/v1/articles/n1", changed, "\"1\""));
        String page = "/zwdt/tzgg/202605/t20260501_n1.html";
        assertEquals("通知第1号", meta(Jsoup.parse(sites.get("www.zj.gov.cn", page).text()), "ArticleTitle"), "unchanged until published");
        publish("zjportal");
        publish("zjportal");
        assertEquals("通知第1号（修订）", meta(Jsoup.parse(sites.get("www.zj.gov.cn", page).text()), "ArticleTitle"));
        try (Stream<Path> generations = Files.list(folder.resolve("published").resolve("zjportal"))) {
            assertEquals(2, generations.count());
        }
    }

    @Test
    void republishingRendersOnlyThePagesThatChangedAndTakesOverTheOthers() throws IOException {
        Map<String, Object> first = publish("zjportal");
        assertEquals(31, first.get("rendered"), "a first publish renders every page");
        Map<String, Object> same = publish("zjportal");
        assertEquals(31, same.get("pages"));
        assertEquals(0, same.get("rendered"), "nothing changed");
        String n1 = "zwdt/tzgg/202605/t20260501_n1.html";
        assertTrue(Files.isSameFile(generation(first).resolve(n1), generation(same).resolve(n1)), "taken over, not copied");
        assertTrue(Files.isSameFile(generation(first).resolve("files/" + pdf + ".pdf"), generation(same).resolve("files/" + pdf + ".pdf")));

        byte[] retitled = TestServer.json(Library.article("n1", "通知第1号（修订）", List.of("zj-notice"), Map.of("publishedAt", "2026-05-01 09:01")));
        Library.expect(200, library.client.signed(library.editor, "PUT", "/api/v1/articles/n1", retitled, "\"1\""));
        assertEquals(2, publish("zjportal").get("rendered"), "its page and the list page that shows it");
        assertEquals("通知第1号（修订）", meta(Jsoup.parse(sites.get("www.zj.gov.cn", "/" + n1).text()), "ArticleTitle"));

        byte[] body = TestServer.json(Library.article("n2", "通知第2号", List.of("zj-notice"),
                Map.of("publishedAt", "2026-05-02 09:02", "body", "<p>正文已更正</p>")));
        Library.expect(200, library.client.signed(library.editor, "PUT", "/api/v1/articles/n2", body, "\"1\""));
        assertEquals(1, publish("zjportal").get("rendered"), "a new body changes its page only");
        assertEquals("正文已更正", Jsoup.parse(sites.get("www.zj.gov.cn", "/zwdt/tzgg/202605/t20260502_n2.html").text()).select("div.content").text());

        Library.expect(200, content.put("/api/v1/sites/zjportal/columns/zj-notice",
                Content.with(column("zj-notice"), "name", "通知公示"), 1));
        assertEquals(25 + 2 + 1, publish("zjportal").get("rendered"), "its articles' pages, its list pages, its parent's list page");

        Map<String, Object> site = TestServer.parse(Library.expect(200, content.get("/api/v1/sites/zjportal")));
        long version = ((Number) site.remove("version")).longValue();
        site.put("aliases", List.of("zj.gov.cn", "www.example.com"));
        Library.expect(200, content.put("/api/v1/sites/zjportal", site, version));
        assertEquals(26, publish("zjportal").get("rendered"), "the site's host names change what its bodies' links are");

        Library.expect(200, content.put("/api/v1/sites/zjportal/columns/zj-news", Content.with(column("zj-news"), "name", "要闻动态"), 1));
        Map<String, Object> last = publish("zjportal");
        assertEquals(31, last.get("rendered"), "a channel's name is in every page's header");
        assertSameAsAFullPublish(last);
    }

    @Test
    void channelsAreEveryPagesNavigationAndAChangedChannelRendersEveryPage() throws IOException {
        publish("zjportal");
        assertEquals(List.of("/", "/zwdt/", "/zcwj/"), Jsoup.parse(sites.get("www.zj.gov.cn", "/").text())
                .select("header nav.channels a").eachAttr("href"), "without channels, the top-level columns");
        channel("ch-news", "新闻动态", "xwdt", List.of("zj-notice", "zj-news"), 2);
        channel("ch-empty", "互动交流", "hdjl", List.of(), 0);
        channel("ch-policy", "政府信息公开", "zfxxgk", List.of("zj-policy"), 1);
        Map<String, Object> first = publish("zjportal");
        assertEquals(31, first.get("rendered"), "the channels are in every page's header");
        Map<String, Document> pages = crawl("www.zj.gov.cn");
        assertEquals(31, pages.size());
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            List<Element> links = page.getValue().select("header nav.channels a");
            assertEquals(List.of("/", "/zcwj/", "/zwdt/tzgg/"), links.stream().map(a -> a.attr("href")).toList(),
                    page.getKey() + ": home, then by position each channel's first column, the one without columns left out");
            assertEquals(List.of("政府信息公开", "新闻动态"), links.subList(1, links.size()).stream().map(Element::text).toList(),
                    page.getKey());
        }

        Library.expect(200, content.put("/api/v1/sites/zjportal/channels/ch-policy",
                Map.of("name", "信息公开", "pathSegment", "zfxxgk", "columns", List.of("zj-policy"), "position", 1), 1));
        assertEquals(31, publish("zjportal").get("rendered"), "a renamed channel is in every page's header");
        assertEquals(List.of("信息公开", "新闻动态"), page("www.zj.gov.cn", "/zcwj/").select("header nav.channels a").stream()
                .skip(1).map(Element::text).toList());
        Library.expect(200, content.put("/api/v1/sites/zjportal/channels/ch-news",
                Map.of("name", "新闻动态", "pathSegment", "xwdt", "columns", List.of("zj-news", "zj-notice"), "position", 2), 1));
        Map<String, Object> last = publish("zjportal");
        assertEquals(31, last.get("rendered"), "so are a channel's columns");
        assertEquals(List.of("/", "/zcwj/", "/zwdt/"), page("www.zj.gov.cn", "/zwdt/tzgg/").select("header nav.channels a")
                .eachAttr("href"));
        assertSameAsAFullPublish(last);
    }

    /** Creates channel {@code id} of zjportal. */
    private void channel(String id, String name, String pathSegment, List<String> columns, int position) {
        content.create("/api/v1/sites/zjportal/channels", Map.of("id", id, "name", name, "pathSegment", pathSegment,
                "columns", columns, "position", position));
    }

    /** @return the page at {@code path} of the site on {@code host}, answered 200 */
    private Document page(String host, String path) {
        SiteFetcher.Page page = sites.get(host, path);
        assertEquals(200, page.status(), path);
        return Jsoup.parse(page.text(), "https://" + host + path);
    }

    @Test
    void anArticleDeletedAndCreatedAgainUnderItsIdWithAnotherBodyIsRenderedAgain() throws IOException {
        publish("zjportal");
        Library.expect(200, library.client.signed(library.editor, "DELETE", "/api/v1/articles/n3", Content.NO_BODY, "\"1\""));
        Library.expect(201, library.post("/api/v1/articles", Library.article("n3", "通知第3号", List.of("zj-notice"),
                Map.of("publishedAt", "2026-05-03 09:03", "body", "<p>重新发布的正文</p>"))));
        Map<String, Object> again = publish("zjportal");
        assertEquals(1, again.get("rendered"), "version 1 again, but another body");
        assertEquals("重新发布的正文",
                Jsoup.parse(sites.get("www.zj.gov.cn", "/zwdt/tzgg/202605/t20260503_n3.html").text()).select("div.content").text());
        assertSameAsAFullPublish(again);
    }

    @Test
    void aPageGoneFromTheGenerationBeforeIsRenderedAgain() throws IOException {
        Path before = generation(publish("zjportal"));
        String cross = "zcwj/202606/t20260601_cross.html";
        Files.delete(before.resolve(cross));
        Files.delete(before.resolve("zwdt/tzgg/index.html"));
        Map<String, Object> again = publish("zjportal");
        assertEquals(2, again.get("rendered"));
        assertEquals(CROSS_TITLE, meta(Jsoup.parse(sites.get("www.zj.gov.cn", "/" + cross).text()), "ArticleTitle"));
        assertEquals(20, Jsoup.parse(sites.get("www.zj.gov.cn", "/zwdt/tzgg/").text()).select("ul.article-list li").size());
        assertSameAsAFullPublish(again);
    }

    /**
     * Publishes zjportal again without the manifests of its generations: every file is made anew and is as in the
     * generation {@code last} published.
     */
    private void assertSameAsAFullPublish(Map<String, Object> last) throws IOException {
        try (Stream<Path> generations = Files.list(folder.resolve("published").resolve("zjportal"))) {
            for (Path generation : generations.toList()) {
                Files.deleteIfExists(generation.resolve(".pages"));
            }
        }
        Map<String, String> incremental = files(generation(last));
        Map<String, Object> full = publish("zjportal");
        assertEquals(full.get("pages"), full.get("rendered"));
        assertEquals(incremental, files(generation(full)));
    }

    /** @return every file of a generation folder but its manifest, by path, its text or for others its SM3 digest */
    private static Map<String, String> files(Path generation) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> tree = Files.walk(generation)) {
            for (Path file : tree.filter(Files::isRegularFile).sorted().toList()) {
                String name = generation.relativize(file).toString();
                if (!name.equals(".pages")) {
                    files.put(name, name.endsWith(".html") ? Files.readString(file) : Sm3.digestHex(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    private Path generation(Map<String, Object> published) {
        return folder.resolve("published").resolve("zjportal").resolve((String) published.get("generation"));
    }

    private Map<String, Object> column(String id) {
        Map<String, Object> column = TestServer.parse(Library.expect(200, content.get("/api/v1/sites/zjportal/columns/" + id)));
        column.remove("version");
        return column;
    }

    @Test
    void aDeletedSiteIsNoLongerServedAndItsHostNamesAreFreed() {
        publish("hzportal");
        ApiClient.Reply deleted = client.signed(editor, "DELETE", "/api/v1/sites/hzportal", Content.NO_BODY,
                Map.of("If-Match", "\"1\""), editorAccount.key());
        Library.expect(200, deleted);
        assertEquals(404, sites.get("www.hangzhou.gov.cn", "/").status());
        library.site("hz2", "杭州市政府门户网站", "zj", "www.hangzhou.gov.cn", List.of(), "3301000002");
        library.column("hz2", "hz2-news", null, "要闻动态", "ywdt", "NEWS", 0);
        publish("hz2");
        Document home = Jsoup.parse(sites.get("www.hangzhou.gov.cn", "/").text());
        assertEquals("3301000002", meta(home, "SiteIDCode"));
        assertEquals(List.of("/ywdt/"), home.select("section.columns a").eachAttr("href"));
        assertFalse(Files.exists(folder.resolve("published").resolve("hzportal")), "the deleted site's pages are gone from disk");
        assertTrue(Files.isDirectory(folder.resolve("published").resolve("hz2")));
    }

    @Test
    void concurrentPublishesOfASiteTakeTurnsAndLeaveAServedGeneration() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> publish("zjportal")));
            }
            Set<Object> generations = new HashSet<>();
            for (Future<Map<String, Object>> result : results) {
                generations.add(result.get().get("generation"));
            }
            assertEquals(4, generations.size());
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> folders = Files.list(folder.resolve("published").resolve("zjportal"))) {
            assertEquals(2, folders.count(), "the served generation and the one before");
        }
        assertEquals(1 + 4 + 26, crawl("www.zj.gov.cn").size());
    }

    private Map<String, Object> publish(String site) {
        return TestServer.parse(Library.expect(200, library.client.signed(library.reviewer, "POST", "/api/v1/sites/" + site + "/publish", new byte[0])));
    }

    /** @return every HTML page reachable from the home page by links of the site, each fetched with status 200 */
    private Map<String, Document> crawl(String host) {
        Map<String, Document> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (pages.containsKey(path)) {
                continue;
            }
            SiteFetcher.Page page = sites.get(host, path);
            assertEquals(200, page.status(), () -> host + path);
            if (!page.headers().get("content-type").startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(page.text(), "https://" + host + path);
            pages.put(path, document);
            Stream.concat(document.select("a[href]").stream().map(a -> a.attr("href")), document.select("img[src]").stream().map(i -> i.attr("src")))
                    .forEach(link -> {
                        assertTrue(link.startsWith("/"), () -> path + " links to " + link);
                        queue.add(link);
                    });
        }
        return pages;
    }

    private static void checkSiteTags(String path, Document page) {
        String site = meta(page, "SiteName");
        assertTrue(site.endsWith("人民政府门户网站"), path);
        assertTrue(meta(page, "SiteDomain").matches("www\\.[a-z]+\\.gov\\.cn"), path);
        assertTrue(meta(page, "SiteIDCode").matches("33[0-9]{8}"), path);
        String footer = page.select("footer").text();
        assertTrue(footer.contains("网站标识码：" + meta(page, "SiteIDCode")), path + ": " + footer);
        assertTrue(footer.contains("ICP备案号：浙ICP备05003423号") && footer.contains("公安机关备案号：浙公网安备"), path + ": " + footer);
        assertTrue(footer.contains("主办单位：浙江省人民政府办公厅"), path + ": " + footer);
    }

    private static void checkColumnTags(String path, Document page) {
        for (String tag : List.of("ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType")) {
            assertFalse(meta(page, tag).isBlank(), path + " " + tag);
        }
        assertEquals(meta(page, "ColumnName") + "栏目", meta(page, "ColumnDescription"), path);
    }

    private static void checkArticleTags(String path, Document page) {
        for (String tag : List.of("ColumnName", "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author",
                "Description", "Url")) {
            assertFalse(meta(page, tag).isBlank(), path + " " + tag);
        }
        assertEquals(1, page.select("meta[name=Image]").size(), path);
        String pubDate = meta(page, "PubDate");
        assertTrue(PUB_DATE.matcher(pubDate).matches(), path + " " + pubDate);
        String info = page.select("div.info").text();
        assertTrue(info.contains("发布时间：" + pubDate), path + ": " + info);
        assertTrue(info.contains("信息来源：" + meta(page, "ContentSource")), path + ": " + info);
        assertEquals("https://" + meta(page, "SiteDomain") + path, meta(page, "Url"), "the home column is on this site");
    }

    private static String meta(Document page, String name) {
        List<Element> tags = page.select("meta[name=" + name + "]");
        assertEquals(1, tags.size(), () -> name + " appears " + tags.size() + " times");
        return tags.get(0).attr("content");
    }
}
