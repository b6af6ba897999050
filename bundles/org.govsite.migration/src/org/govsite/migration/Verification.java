package org.govsite.migration;

import java.net.URI;

/**
 * What the verification audit found for one old URL.
 *
 * @param oldUrl the old URL
 * @param passed whether it answers 301 to a live page (200) or 410 with its archive link
 * @param evidence what was answered (localized), e.g. the statuses and addresses seen
 */
public record Verification(URI oldUrl, boolean passed, String evidence) {
}
