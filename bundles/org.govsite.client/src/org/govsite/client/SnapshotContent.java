package org.govsite.client;

import java.util.List;

/**
 * What an archived snapshot of an old page is made of ({@link PlatformClient#putArchiveSnapshots}): its HTML and the
 * images, style sheets and fonts it shows, each stored before by {@link PlatformClient#putAttachment}.
 *
 * @param digest the SM3 digest of its HTML (stored as {@code text/html; charset=utf-8})
 * @param assets the SM3 digests of its files (images, {@code text/css}, fonts), at most 500; the page names them by
 *        {@code org.govsite.protocol.PublishedPaths#archiveFile}
 */
public record SnapshotContent(String digest, List<String> assets) {
    public SnapshotContent {
        assets = List.copyOf(assets);
    }

    /** @return a snapshot of the HTML {@code digest} showing no files of its own */
    public static SnapshotContent of(String digest) {
        return new SnapshotContent(digest, List.of());
    }
}
