package org.govsite.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A legacy government site (as the migration tests and the {@code migration.} benchmarks generate it) served by Jetty
 * on 127.0.0.1 (one answer per path and query, else per path,
 * else 404), which can also be written out as {@code wget --mirror} leaves it.
 */
public final class LegacySite implements AutoCloseable {
    public static final Charset GBK = Charset.forName("GBK");

    /**
     * One answer.
     *
     * @param mirrored whether {@code wget --mirror} would have saved it (not a redirect, not disallowed)
     */
    private record Resource(int status, String contentType, String location, byte[] body, boolean mirrored) {
    }

    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private Runnable beforeAnswer = () -> {
        // answers at once
    };
    private Server jetty;
    private URI uri;

    public LegacySite html(String pathAndQuery, String html) {
        return add(pathAndQuery, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A page encoded in GBK that declares it only in a {@code <meta>} (the header names no charset). */
    public LegacySite gbk(String pathAndQuery, byte[] body) {
        return add(pathAndQuery, "text/html", body);
    }

    public LegacySite add(String pathAndQuery, String contentType, byte[] body) {
        resources.put(pathAndQuery, new Resource(200, contentType, null, body, true));
        return this;
    }

    /** A page only a live crawl sees (e.g. one robots.txt disallows, which wget does not mirror either). */
    public LegacySite liveOnly(String pathAndQuery, String html) {
        resources.put(pathAndQuery, new Resource(200, "text/html; charset=utf-8", null,
                html.getBytes(StandardCharsets.UTF_8), false));
        return this;
    }

    /** A page answering {@code status} (e.g. 500). */
    public LegacySite status(String pathAndQuery, int status, String html) {
        resources.put(pathAndQuery, new Resource(status, "text/html; charset=utf-8", null,
                html.getBytes(StandardCharsets.UTF_8), false));
        return this;
    }

    /** Adds a header to every answer (e.g. one a link checker obeys). */
    public LegacySite header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Runs {@code hook} on Jetty's thread before each answer (e.g. to hold requests until several are in flight). */
    public LegacySite beforeAnswer(Runnable hook) {
        beforeAnswer = hook;
        return this;
    }

    /** A 301 to {@code location}. */
    public LegacySite redirect(String pathAndQuery, String location) {
        resources.put(pathAndQuery, new Resource(301, "text/html", location, new byte[0], false));
        return this;
    }

    public LegacySite start() throws Exception {
        return start(null);
    }

    /** @param keyStore a key store of {@link Tls#keyStore} to serve https with its certificate, null for http */
    public LegacySite start(Path keyStore) throws Exception {
        jetty = new Server();
        ServerConnector connector = Tls.connector(jetty, keyStore);
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                requests.incrementAndGet();
                beforeAnswer.run();
                Resource resource = resources.get(request.getHttpURI().getPathQuery());
                resource = resource == null ? resources.get(request.getHttpURI().getPath()) : resource;
                if (resource == null) {
                    resource = new Resource(404, "text/html; charset=utf-8", null,
                            "<h1>404</h1>".getBytes(StandardCharsets.UTF_8), false);
                }
                response.setStatus(resource.status());
                if (resource.location() != null) {
                    response.getHeaders().put(HttpHeader.LOCATION, resource.location());
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, resource.contentType());
                headers.forEach(response.getHeaders()::put);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, resource.body().length);
                response.write(true, request.getMethod().equals("HEAD") ? ByteBuffer.allocate(0)
                        : ByteBuffer.wrap(resource.body()), callback);
                return true;
            }
        });
        jetty.start();
        uri = URI.create((keyStore == null ? "http" : "https") + "://127.0.0.1:" + connector.getLocalPort() + "/");
        return this;
    }

    public URI url(String pathAndQuery) {
        return uri.resolve(pathAndQuery);
    }

    public int requests() {
        return requests.get();
    }

    /** @return every path (and query) the site answers 200, in the order they were added */
    public List<String> served() {
        return resources.entrySet().stream().filter(resource -> resource.getValue().status() == 200)
                .map(Map.Entry::getKey).toList();
    }

    /** Writes every mirrored resource as {@code wget --mirror} would: {@code <host>:<port>/<path>}, index.html, {@code ?query}. */
    public Path mirror(Path folder) throws IOException {
        Path host = folder.resolve(uri.getHost() + ":" + uri.getPort());
        for (Map.Entry<String, Resource> resource : resources.entrySet()) {
            if (!resource.getValue().mirrored()) {
                continue;
            }
            String path = resource.getKey().substring(1);
            Path file = host.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            Files.createDirectories(file.getParent());
            Files.write(file, resource.getValue().body());
        }
        return folder;
    }

    @Override
    public void close() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
    }
}
