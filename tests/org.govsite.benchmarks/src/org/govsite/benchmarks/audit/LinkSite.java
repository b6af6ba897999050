package org.govsite.benchmarks.audit;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The site the audit.* benchmarks crawl: {@value #PAGES} static UTF-8 pages served by Jetty on 127.0.0.1 from memory,
 * {@value #LINKS} links a page (a 19-ary tree from the home page, so that every page is reachable within 3 links, plus
 * links to pages elsewhere in the site), and planted broken links: 50 pages link to a missing page of their own (404),
 * 10 to a page answering 500, and 20 to one shared missing page. Every answer carries a {@code LinkChecker} header,
 * which lifts linkchecker's default limit of 10 requests per second and host.
 */
final class LinkSite implements AutoCloseable {
    static final int PAGES = 5000;
    static final int LINKS = 20;
    private static final int CHILDREN = 19;
    private static final byte[] NOT_FOUND = "<html><body><h1>404</h1></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = "<html><body><h1>500</h1></body></html>".getBytes(StandardCharsets.UTF_8);

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Set<String> broken = new TreeSet<>();
    private final Server jetty = new Server();
    private final AtomicLong requests = new AtomicLong();
    final URI uri;

    LinkSite() throws Exception {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                requests.incrementAndGet();
                String path = request.getHttpURI().getPath();
                byte[] page = pages.get(path);
                int status = page != null ? 200 : path.startsWith("/error/") ? 500 : 404;
                response.setStatus(status);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.getHeaders().put("LinkChecker", "allow");
                byte[] body = page != null ? page : status == 500 ? ERROR : NOT_FOUND;
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        jetty.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        for (int i = 0; i < PAGES; i++) {
            pages.put(path(i), page(i));
        }
    }

    private static String path(int page) {
        return page == 0 ? "/" : "/p/" + page + ".html";
    }

    private byte[] page(int i) {
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
                .toString().getBytes(StandardCharsets.UTF_8);
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
        return requests.getAndSet(0);
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
