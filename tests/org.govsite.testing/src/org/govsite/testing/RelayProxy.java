package org.govsite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A man in the middle for tests: a Jetty server on 127.0.0.1 that relays every request to the platform server
 * (over java.net.http, so the client under test is the only HttpClient 5 user), records the request headers, and
 * lets the test rewrite the answer before it goes back. With a key store it speaks https to its clients: a
 * TLS-terminating proxy in front of the platform, as docs/server.md asks for.
 */
public final class RelayProxy implements AutoCloseable {
    /** An answer on its way back; header names lower case. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private static final Set<String> NOT_RELAYED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "date", "server");

    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Server jetty = new Server();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<Answer> tamper = UnaryOperator.identity();
    private volatile UnaryOperator<Map<String, String>> tamperRequests = UnaryOperator.identity();
    /** Where clients reach the relay: {@code http://127.0.0.1:port}, or {@code https://} with a key store. */
    public final URI uri;

    /** A relay speaking plain http. */
    public RelayProxy(URI target) throws Exception {
        this(target, null);
    }

    /** @param keyStore a key store made by {@link Tls#keyStore} to speak https with, or null for http */
    public RelayProxy(URI target, Path keyStore) throws Exception {
        this.target = target;
        ServerConnector connector = Tls.connector(jetty, keyStore);
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                relay(request, response, callback);
                return true;
            }
        });
        jetty.start();
        uri = URI.create((keyStore == null ? "http" : "https") + "://127.0.0.1:" + connector.getLocalPort());
    }

    /** From now on, answers pass through {@code change}. */
    public void tamper(UnaryOperator<Answer> change) {
        tamper = change;
    }

    /** From now on, request headers (names lower case, as the client sent them) pass through {@code change} before they are relayed. */
    public void tamperRequests(UnaryOperator<Map<String, String>> change) {
        tamperRequests = change;
    }

    /** @return the headers of every request relayed so far (names lower case) */
    public List<Map<String, String>> requests() {
        return requests;
    }

    private void relay(Request request, Response response, Callback callback) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(request.getHttpURI().getPathQuery()))
                .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            headers.put(name, field.getValue());
        }
        requests.add(headers);
        tamperRequests.apply(new LinkedHashMap<>(headers)).forEach((name, value) -> {
            if (!NOT_RELAYED.contains(name)) {
                forward.header(name, value);
            }
        });
        HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
                answerHeaders.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        Answer changed = tamper.apply(new Answer(answer.statusCode(), answerHeaders, answer.body()));
        response.setStatus(changed.status());
        changed.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(changed.body()), callback);
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
