package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

/**
 * A crawl {@code through} another address: the site's own name does not resolve (its domain does not point at the
 * server yet), every request to it goes to the address given with the site's name as {@code Host}, and links to other
 * hosts are checked where they are.
 */
class ThroughTest {
    private static final String NAME = "www.target.gov.cn";

    @Test
    void theSitesRequestsGoToTheAddressGivenWithItsNameAndOtherHostsTheirOwnWay() throws Exception {
        try (TestSite site = new TestSite(); TestSite other = new TestSite()) {
            Set<String> hosts = ConcurrentHashMap.newKeySet();
            page(site, "/", hosts, "<a href=\"/a.html\">政务动态</a> <a href=\"" + other.url("/x.html") + "\">外站</a>"
                    + " <a href=\"/missing.html\">缺失</a>");
            page(site, "/a.html", hosts, "<a href=\"http://" + NAME + "/\">首页</a>");
            other.page("/x.html", "外站", "<p>外站</p>");
            URI home = URI.create("http://" + NAME + "/");

            CrawlSettings through = Audits.quick().dnsResolver(Audits.loopback(host -> host.equals("127.0.0.1"))).through(site.uri).build();
            CrawlResult result = new Crawler(through).crawl(home, null);

            assertEquals(List.of(home, URI.create("http://" + NAME + "/a.html")), result.pages().stream().map(Page::url).sorted().toList());
            assertEquals(Set.of(NAME), hosts, "the site's name is its Host");
            assertEquals(1, other.hits("/x.html"), "a link to another host is checked at that host");
            assertEquals(1, site.hits("/missing.html"));
            assertTrue(result.links().stream().anyMatch(l -> l.link().target().getPath().equals("/missing.html") && l.outcome().broken()),
                    result.links()::toString);
        }
    }

    @Test
    void withoutItTheHomePageIsNotReachedAndOnlyAnHttpAddressCanBeGoneThrough() throws Exception {
        try (TestSite site = new TestSite()) {
            page(site, "/", ConcurrentHashMap.newKeySet(), "<p>首页</p>");
            CrawlResult direct = new Crawler(Audits.quick().dnsResolver(Audits.loopback(host -> host.equals("127.0.0.1"))).build()).crawl(URI.create("http://" + NAME + "/"), null);
            assertEquals(List.of(), direct.pages(), "the name does not resolve");
            assertEquals(0, site.hits("/"));
            assertThrows(IllegalArgumentException.class, () -> Audits.quick().through(URI.create("ftp://127.0.0.1/")).build());
            assertThrows(IllegalArgumentException.class, () -> Audits.quick().through(URI.create("/relative/")).build());
        }
    }

    /** Serves a page at {@code path} that records the {@code Host} of each request for it. */
    private static void page(TestSite site, String path, Set<String> hosts, String body) {
        byte[] html = ("<!DOCTYPE html><html><head><title>页面</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        site.answer(path, (request, response, callback, hit) -> {
            hosts.add(request.getHeaders().get(HttpHeader.HOST));
            TestSite.send(response, callback, 200, "text/html; charset=utf-8", html);
        });
    }
}
