package org.govsite.migration;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.govsite.audit.crawl.Urls;
import org.govsite.crypto.Sm3;

/**
 * The migration key of an old URL: the SM3 digest (64 lower-case hex digits) of its normal form (the crawler's
 * {@link Urls#normalize(String)}: lower-case scheme and host, no default port, no fragment, unsafe characters
 * percent-encoded), UTF-8 encoded. The import keys its idempotency by it: one old URL is imported once.
 */
public final class MigrationKeys {

    private MigrationKeys() {
    }

    /**
     * @return the key of {@code url}
     * @throws IllegalArgumentException when {@code url} is no http(s) URL
     */
    public static String key(URI url) {
        URI normal = Urls.normalize(url.toString());
        if (normal == null) {
            throw new IllegalArgumentException(url.toString());
        }
        return Sm3.digestHex(normal.toString().getBytes(StandardCharsets.UTF_8));
    }
}
