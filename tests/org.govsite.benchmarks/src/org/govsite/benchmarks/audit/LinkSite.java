package org.govsite.benchmarks.audit;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.testing.LegacySite;

/**
 * The site the audit.* benchmarks crawl: {@value #PAGES} static UTF-8 pages served from memory by the tests'
 * {@link LegacySite} (Jetty on 127.0.0.1), {@value #LINKS} links a page (a 19-ary tree from the home page, so that
 * every page is reachable within 3 links, plus links to pages elsewhere in the site), and planted broken links: 50 pages link to a missing page of their own (404),
 * 10 to a page answering 500, and 20 to one shared missing page. Every answer carries a {@code LinkChecker} header,
 * which lifts linkchecker's default limit of 10 requests per second and host.
 */
final class LinkSite implements AutoCloseable {
    static final int PAGES = 5000;
    static final int LINKS = 20;
    private static final int CHILDREN = 19;
    private static final String ERROR = "<html><body><h1>500</h1></body></html>";

    private final Set<String> broken = new TreeSet<>();
    private final LegacySite site = new LegacySite().header("LinkChecker", "allow");
    private int counted;
    final URI uri;

    LinkSite() throws Exception {
        for (int i = 0; i < PAGES; i++) {
            site.html(path(i), page(i));
        }
        for (String path : broken) {
            if (path.startsWith("/error/")) {
                site.status(path, 500, ERROR);
            }
        }
        site.start();
        uri = site.url("/");
    }

    private static String path(int page) {
        return page == 0 ? "/" : "/p/" + page + ".html";
    }

    private String page(int i) {
        StringBuilder html = new StringBuilder(3000).append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"SiteName\" content=\"基准测试网站\"><meta name=\"SiteDomain\" content=\"127.0.0.1\">")
                .append("<meta name=\"SiteIDCode\" content=\"3401000001\"><title>页面 ").append(i)
                .append("</title></head><body><h1>政务公开 第 ").append(i).append(" 页</h1><ul>");
        int links = 0;
        for (int c = CHILDREN * i + 1; c <= CHILDREN * i + CHILDREN && c < PAGES; c++, links++) {
            link(html, path(c), "栏目 " + c);
        }
        for (int k = 0; links < LINKS - plantedLinks(i); k++, links++) {
            link(html, path((int) ((i * 7919L + k * 104729L + 1) % PAGES)), "相关 " + k);
        }
        if (i % 100 == 42) {
            link(html, plant("/missing/" + i + ".html"), "旧通知");
        }
        if (i % 500 == 17) {
            link(html, plant("/error/" + i + ".html"), "出错的栏目");
        }
        if (i % 250 == 99) {
            link(html, plant("/gone.html"), "已撤销的栏目");
        }
        return html.append("</ul><p>网站标识码：3401000001 皖ICP备05002528号 皖公网安备 34010402700602号</p></body></html>")
                .toString();
    }

    private static int plantedLinks(int i) {
        return (i % 100 == 42 ? 1 : 0) + (i % 500 == 17 ? 1 : 0) + (i % 250 == 99 ? 1 : 0);
    }

    private String plant(String path) {
        broken.add(path);
        return path;
    }

    private static void link(StringBuilder html, String href, String text) {
        html.append("<li><a href=\"").append(href).append("\">").append(text).append("</a></li>");
    }

    /** @return the planted broken links' paths (each benchmark has a site of its own, on its own port) */
    Set<String> broken() {
        return broken;
    }

    /** @return requests served since the last call */
    long takeRequests() {
        int served = site.requests();
        long taken = served - counted;
        counted = served;
        return taken;
    }

    @Override
    public void close() throws Exception {
        site.close();
    }
}
