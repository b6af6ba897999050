package org.govsite.client;

import java.time.LocalDateTime;
import org.govsite.protocol.PageTime;

/**
 * The migration notice of an old host as the platform keeps it ({@code /api/v1/migration-notices/{host}},
 * docs/server.md "Migration notices"): shown on the old host's home page and on the superior portal from
 * {@code start} until {@code end} (at least 30 days), sending visitors to {@code address}.
 *
 * @param host the old host name
 * @param site the id of the site the content went to
 * @param address that site's home page
 * @param superiorSite the id of the superior portal that shows the notice too
 * @param start {@code YYYY-MM-DD HH:MM} in Asia/Shanghai
 * @param end {@code YYYY-MM-DD HH:MM} in Asia/Shanghai (the notice is no longer shown from then)
 * @param active whether it is shown now
 */
public record MigrationNotice(String host, String site, String address, String superiorSite, String title, String text,
        String start, String end, boolean active) {
    /**
     * A notice to write.
     *
     * @param start when it is first shown (Asia/Shanghai), or null: now (or, for a notice already shown, its start)
     * @param end when it is no longer shown: at least 30 days after the start
     */
    public record Draft(String site, String superiorSite, String title, String text, LocalDateTime start, LocalDateTime end) {
    }

    public LocalDateTime startTime() {
        return LocalDateTime.parse(start, PageTime.MINUTES);
    }

    public LocalDateTime endTime() {
        return LocalDateTime.parse(end, PageTime.MINUTES);
    }
}
