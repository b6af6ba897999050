package org.govsite.migration.source;

/**
 * An attachment fetched from the source, or why not.
 *
 * @param status how it went
 * @param bytes its content (OK only, else {@code null})
 * @param size its size in bytes when known (also for OVERSIZED), else -1
 * @param detail the failure (UNREACHABLE), else empty
 * @param contentType the {@code Content-Type} it came with (a live site's; OK only), else empty
 */
public record Download(Status status, byte[] bytes, long size, String detail, String contentType) {

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
        return ok(bytes, ""); //$NON-NLS-1$
    }

    /** @return a download of {@code bytes} that came as {@code contentType} ({@code null}: none) */
    public static Download ok(byte[] bytes, String contentType) {
        return new Download(Status.OK, bytes, bytes.length, "", contentType == null ? "" : contentType); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a download refused for its size */
    public static Download oversized(long size) {
        return new Download(Status.OVERSIZED, null, size, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a failed download */
    public static Download unreachable(String detail) {
        return new Download(Status.UNREACHABLE, null, -1, detail, ""); //$NON-NLS-1$
    }
}
