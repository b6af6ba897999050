package org.govsite.migration.source;

/**
 * An attachment fetched from the source, or why not.
 *
 * @param status how it went
 * @param bytes its content (OK only, else {@code null})
 * @param size its size in bytes when known (also for OVERSIZED), else -1
 * @param detail the failure (UNREACHABLE), else empty
 * @param contentType the media type of the {@code Content-Type} it came with (a live site's; OK only), else empty
 * @param charset the {@code charset} parameter of that {@code Content-Type} (OK only), else {@code null}
 */
public record Download(Status status, byte[] bytes, long size, String detail, String contentType, String charset) {

    /** How a download went. */
    public enum Status {
        /** Fetched whole. */
        OK,
        /** Larger than the cap: not kept. */
        OVERSIZED,
        /** An HTTP error, a network failure or a file missing from the mirror. */
        UNREACHABLE
    }

    /** @return a download of {@code bytes} without declared type (a mirror's file) */
    public static Download ok(byte[] bytes) {
        return ok(bytes, "", null); //$NON-NLS-1$
    }

    /** @return a download of {@code bytes} that came as {@code contentType} ({@code null}: none) in {@code charset} ({@code null}: none named) */
    public static Download ok(byte[] bytes, String contentType, String charset) {
        return new Download(Status.OK, bytes, bytes.length, "", contentType == null ? "" : contentType, charset); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a download refused for its size */
    public static Download oversized(long size) {
        return new Download(Status.OVERSIZED, null, size, "", "", null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a failed download */
    public static Download unreachable(String detail) {
        return new Download(Status.UNREACHABLE, null, -1, detail, "", null); //$NON-NLS-1$
    }
}
