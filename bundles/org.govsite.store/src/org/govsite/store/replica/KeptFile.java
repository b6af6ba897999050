package org.govsite.store.replica;

/**
 * A file a queued edit refers to by its SM3 digest (an article's image or attachment), as the operator chose it.
 *
 * @param digest the SM3 of {@code bytes}, lower-case hex, as the edit names it
 * @param name the file's name where it was chosen (for the operator; the platform names files by digest)
 */
public record KeptFile(String digest, String contentType, String name, byte[] bytes) {
}
