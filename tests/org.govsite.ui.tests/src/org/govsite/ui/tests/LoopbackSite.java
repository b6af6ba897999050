package org.govsite.ui.tests;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A small web site served by Jetty on 127.0.0.1 for the audit tests: HTML pages by path, 404 for the rest. */
final class LoopbackSite implements AutoCloseable {

    private final Server jetty = new Server();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private volatile long delayMs;
    final URI home;

    LoopbackSite() throws Exception {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws InterruptedException {
                Thread.sleep(delayMs);
                String body = pages.get(request.getHttpURI().getPath());
                response.setStatus(body == null ? 404 : 200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.write(true, ByteBuffer.wrap((body == null ? "<h1>404</h1>" : body).getBytes(StandardCharsets.UTF_8)),
                        callback);
                return true;
            }
        });
        jetty.start();
        home = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /** Serves an HTML page with this title and body at {@code path}. */
    LoopbackSite page(String path, String title, String body) {
        pages.put(path, "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
        return this;
    }

    /** Answers every request only after this many milliseconds (a slow site). */
    LoopbackSite delay(long ms) {
        delayMs = ms;
        return this;
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
