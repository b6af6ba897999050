package org.govsite.migration.extract;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

import org.govsite.migration.source.Download;
import org.govsite.migration.source.LegacySource;
import org.govsite.protocol.FileTypes;

/**
 * Fetches each attachment once per run (however many pages link to it), keeps it in the store and gives its digest
 * address. Thread-safe.
 */
public final class Attachments {
    private final LegacySource source;
    private final long maxBytes;
    private final AttachmentStore store;
    private final BiFunction<String, String, URI> address;
    private final ConcurrentMap<URI, CompletableFuture<AttachmentRef>> fetched = new ConcurrentHashMap<>();

    /**
     * @param source where attachments come from
     * @param maxBytes larger attachments are reported OVERSIZED and not kept
     * @param store where they are kept
     * @param address an attachment's address on the platform, given its digest and content type
     */
    public Attachments(LegacySource source, long maxBytes, AttachmentStore store,
            BiFunction<String, String, URI> address) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.store = store;
        this.address = address;
    }

    /** @return the attachment at {@code url}, fetched and kept on the first call */
    public AttachmentRef get(URI url) {
        CompletableFuture<AttachmentRef> mine = new CompletableFuture<>();
        CompletableFuture<AttachmentRef> known = fetched.putIfAbsent(url, mine);
        if (known != null) {
            return known.join();
        }
        try {
            mine.complete(load(url));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return mine.join();
    }

    private AttachmentRef load(URI url) {
        Download download = source.fetch(url, maxBytes);
        if (download.status() != Download.Status.OK) {
            return new AttachmentRef(url, download.status(), "", download.size(), download.detail(), null, ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String digest = store.put(download.bytes());
        String type = FileTypes.detect(download.bytes(), download.contentType(), url.getPath());
        return new AttachmentRef(url, Download.Status.OK, digest, download.size(), "", address.apply(digest, type), type); //$NON-NLS-1$
    }
}
