package org.govsite.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Pages the platform serves by host name, requested at its address with another {@code Host} (redirects not followed). */
final class PlatformPages implements AutoCloseable {
    /** An answer: status, {@code Location} (or null), the body as UTF-8, its {@code Content-Type} (or null) and bytes. */
    record Page(int status, String location, String text, String contentType, byte[] body) {
    }

    private final URI platform;
    private final CloseableHttpClient http = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries().build();

    PlatformPages(URI platform) {
        this.platform = platform;
    }

    /** @return what {@code url} answers through the platform: its path and query there, its host (and port) as Host */
    Page get(URI url) {
        HttpGet get = new HttpGet(platform.resolve(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())));
        get.setHeader("Host", url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort());
        try {
            return http.execute(get, response -> {
                Header location = response.getFirstHeader("Location");
                Header type = response.getFirstHeader("Content-Type");
                byte[] body = EntityUtils.toByteArray(response.getEntity());
                return new Page(response.getCode(), location == null ? null : location.getValue(), new String(body, StandardCharsets.UTF_8),
                        type == null ? null : type.getValue(), body);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
