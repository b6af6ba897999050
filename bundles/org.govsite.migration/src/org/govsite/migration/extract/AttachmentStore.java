package org.govsite.migration.extract;

import org.govsite.crypto.Sm3;

/**
 * Where fetched attachments are kept, content-addressed: by the SM3 digest of their bytes (64 lower-case hex digits),
 * the same digest the platform's resource library keys attachments by. Thread-safe.
 */
@FunctionalInterface
public interface AttachmentStore {

    /** Keeps nothing, only digests: what a dry run uses, so that it writes nothing. */
    AttachmentStore DIGEST_ONLY = Sm3::digestHex;

    /** @return the digest of {@code bytes}, after keeping them */
    String put(byte[] bytes);
}
