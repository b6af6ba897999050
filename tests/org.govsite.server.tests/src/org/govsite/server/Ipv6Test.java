package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform on IPv6 (the intensive platform must support IPv6, 国办函〔2018〕71号 and DOMAIN.md "Security rules"):
 * a server listening on {@code ::1} answers the signed API, serves published sites by host name and answers old
 * hosts' redirects over IPv6.
 */
class Ipv6Test {
    @TempDir
    Path folder;

    @Test
    void thePlatformWorksOverIpv6() throws Exception {
        try (TestServer test = TestServer.withAdministrator(TestServer.config(folder).withHost("::1"))) {
            assertEquals("[::1]", test.server.uri().getHost());
            assertEquals(200, test.client.unsigned("GET", "/api/v1/health", new byte[0]).status());
            ApiClient.Session editor = test.client.login(test.addOperator("zhang.wei", Role.CONTENT_EDITOR));
            Library library = new Library(test, editor, new Content(test.client, editor));
            library.site("slj", "保定市水利局", "bd", "slj.bd.gov.cn", List.of(), "1306000009");
            library.column("slj", "slj-news", null, "工作动态", "gzdt", "NEWS", 0);
            Library.expect(201, library.post("/api/v1/articles", Library.article("a1", "防汛工作会议召开", List.of("slj-news"),
                    Map.of("publishedAt", "2026-06-01 15:30"))));
            Library.expect(200, test.client.signed(library.reviewer, "POST", "/api/v1/sites/slj/publish", Content.NO_BODY));
            Library.expect(200, test.client.signed(editor, "PUT", "/api/v1/redirects/www.old.gov.cn", TestServer.json(Map.of(
                    "entries", List.of(Map.of("path", "/a.html", "status", 301, "target", "https://slj.bd.gov.cn/gzdt/"))))));

            SiteFetcher sites = new SiteFetcher(test.server.uri());
            Document article = Jsoup.parse(sites.get("slj.bd.gov.cn", "/gzdt/202606/t20260601_a1.html").text());
            assertEquals("防汛工作会议召开", article.select("meta[name=ArticleTitle]").attr("content"));
            SiteFetcher.Page moved = sites.get("www.old.gov.cn", "/a.html");
            assertEquals(301, moved.status());
            assertEquals("https://slj.bd.gov.cn/gzdt/", moved.headers().get("location"));
            assertTrue(test.server.operationLog().verify().intact(), "the operation log's chain holds");
        }
    }

    @Test
    void anIpv6AddressMayBeGivenInBrackets() {
        try (TestServer test = TestServer.withAdministrator(TestServer.config(folder).withHost("[::1]"))) {
            assertEquals("[::1]", test.server.uri().getHost());
            assertEquals(200, test.client.unsigned("GET", "/api/v1/health", new byte[0]).status());
        }
    }
}
