package org.govsite.migration.extract;

import java.net.URI;

import org.govsite.migration.source.Download;

/**
 * An attachment of an article (a linked document or a body image).
 *
 * @param url its old URL, normalised
 * @param status fetched (OK), over the size cap (OVERSIZED: not kept) or UNREACHABLE
 * @param digest the SM3 digest of its bytes (OK only, else empty)
 * @param size its size in bytes when known, else -1
 * @param detail why it was not fetched (UNREACHABLE), else empty
 * @param address its digest address on the platform (OK only, else {@code null}): what links to it become
 * @param contentType the type it is stored and published under ({@link org.govsite.protocol.FileTypes#detect}: its
 *        bytes, the {@code Content-Type} it came with, its old URL's extension; OK only, else empty)
 */
public record AttachmentRef(URI url, Download.Status status, String digest, long size, String detail, URI address,
        String contentType) {
}
