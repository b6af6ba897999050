package org.govsite.client;

/**
 * One page of {@code POST /api/v1/attachments/sweep} (system administrators): attachments nothing used for 30 days
 * since they were last stored, removed from the platform.
 *
 * @param removed how many this page removed
 * @param bytes their sizes together
 * @param next the digest to continue after ({@link PlatformClient#sweepAttachments(String)}), or null: none left
 */
public record AttachmentSweep(long removed, long bytes, String next) {
}
