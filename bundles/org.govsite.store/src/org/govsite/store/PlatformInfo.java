package org.govsite.store;

import java.time.Instant;

/** What {@link PlatformStore#list()} tells about one stored platform without loading it. */
public record PlatformInfo(String id, String name, int siteCount, Instant savedAt) {
}
