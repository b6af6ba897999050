package org.govsite.client;

/**
 * A value with the version of its {@code ETag} ({@code "7"} gives 7), to be sent back as {@code If-Match} on the
 * next change. 0 when the answer carried no ETag (e.g. operators, which are not versioned).
 */
public record Versioned<T>(T value, long version) {
}
