package org.govsite.audit.crawl;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.govsite.testing.Tls;

/**
 * A web site the test plants problems in: Jetty on 127.0.0.1 (or ::1), one answer per path (query strings reach the same
 * answer), 404 for every other path, and a count of the requests each path and query received.
 */
final class TestSite implements AutoCloseable {
    /** Answers one request; {@code hit} counts this path and query's requests, this one included. */
    interface Answer {
        void answer(Request request, Response response, Callback callback, int hit) throws Exception;
    }

    private final Server jetty = new Server();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final URI uri;

    TestSite() throws Exception {
        this(null);
    }

    /** @param keyStore a PKCS12 key store (password {@link Tls#PASSWORD}) to speak https with, or null for http */
    TestSite(Path keyStore) throws Exception {
        this(keyStore, "127.0.0.1");
    }

    /** @param host the loopback address to listen on: {@code 127.0.0.1} or {@code ::1} */
    TestSite(Path keyStore, String host) throws Exception {
        ServerConnector connector = Tls.connector(jetty, keyStore);
        connector.setHost(host);
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                int hit = hits.computeIfAbsent(request.getHttpURI().getPathQuery(), k -> new AtomicInteger())
                        .incrementAndGet();
                Answer answer = answers.get(path);
                if (answer == null) {
                    send(response, callback, 404, "text/html; charset=utf-8", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    answer.answer(request, response, callback, hit);
                }
                return true;
            }
        });
        jetty.start();
        uri = new URI(keyStore == null ? "http" : "https", null, host, connector.getLocalPort(), "/", null, null);
    }

    URI url(String pathAndQuery) {
        return uri.resolve(pathAndQuery);
    }

    /** @return requests received for this path and query */
    int hits(String pathAndQuery) {
        AtomicInteger count = hits.get(pathAndQuery);
        return count == null ? 0 : count.get();
    }

    /** @return requests received in total for this path, whatever the query */
    int hitsOfPath(String path) {
        return hits.entrySet().stream().filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + "?"))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    TestSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** A UTF-8 HTML page with a title and a body. */
    TestSite page(String path, String title, String body) {
        return bytes(path, 200, "text/html; charset=utf-8",
                ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A page in a legacy charset, declared only by {@code <meta>} (the header names no charset). */
    TestSite legacyPage(String path, Charset charset, String title, String body) {
        return bytes(path, 200, "text/html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + charset.name().toLowerCase() + "\"><title>" + title + "</title></head><body>" + body
                + "</body></html>").getBytes(charset));
    }

    TestSite bytes(String path, int status, String contentType, byte[] body) {
        return answer(path, (request, response, callback, hit) -> send(response, callback, status, contentType, body));
    }

    TestSite status(String path, int status) {
        return bytes(path, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
    }

    TestSite redirect(String path, String location) {
        return answer(path, (request, response, callback, hit) -> {
            response.getHeaders().put(HttpHeader.LOCATION, location);
            send(response, callback, 301, "text/plain", new byte[0]);
        });
    }

    /** A page answered after {@code delay}: a slow server. */
    TestSite slowPage(String path, Duration delay, String body) {
        byte[] html = ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        return answer(path, (request, response, callback, hit) -> {
            Thread.sleep(delay.toMillis());
            send(response, callback, 200, "text/html; charset=utf-8", html);
        });
    }

    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
