package org.govsite.client;

/**
 * An archived snapshot of an old page as the platform keeps it ({@code /api/v1/archives/{host}}, docs/server.md
 * "Archived snapshots"): served on the old host at {@code address} under the 已归档 banner with {@code archivedAt}.
 *
 * @param path the old path with query
 * @param digest the SM3 digest of the stored HTML
 * @param address the snapshot's path on the old host ({@code /govsite-archive/<sm3>.html})
 * @param archivedAt when it was first archived, {@code YYYY-MM-DD HH:MM} in Asia/Shanghai
 */
public record ArchiveSnapshot(String path, String digest, String address, String archivedAt) {
}
