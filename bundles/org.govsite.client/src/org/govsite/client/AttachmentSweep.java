package org.govsite.client;

/**
 * The answer of {@code POST /api/v1/attachments/sweep} (system administrators): the attachments nothing used for 30
 * days since they were last stored, removed from the platform.
 *
 * @param removed how many
 * @param bytes their sizes together
 */
public record AttachmentSweep(long removed, long bytes) {
}
