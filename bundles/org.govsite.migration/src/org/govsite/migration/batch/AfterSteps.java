package org.govsite.migration.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * What step 6 did for a batch (kept in {@code batch.json}, field {@code after}): the redirect table put onto the
 * platform, its exports, the migration notices and the last verification; empty times: not done.
 */
public final class AfterSteps {
    /** When the redirect table was last uploaded (ISO-8601), or empty. */
    public String published = ""; //$NON-NLS-1$
    /** Its entries: 301, 410 and not ready (not uploaded). */
    public int moved;
    public int gone;
    public int notReady;
    /** Archived pages stored as snapshots (已归档) before the upload. */
    public int snapshots;
    /** The files those snapshots show that could not be archived, each {@code URL (reason)}: they keep their old addresses. */
    public List<String> filesNotArchived = new ArrayList<>();
    /** When the table was last exported, or empty; the files written. */
    public String exported = ""; //$NON-NLS-1$
    public String csvFile = ""; //$NON-NLS-1$
    public String nginxMap = ""; //$NON-NLS-1$
    /** The old hosts of the nginx map, comma separated. */
    public String oldHost = ""; //$NON-NLS-1$
    /** When the notices were last published, or empty; their title and each old host's period. */
    public String noticed = ""; //$NON-NLS-1$
    public String noticeTitle = ""; //$NON-NLS-1$
    public List<String> notices = new ArrayList<>();
    /** When the old URLs were last verified, or empty; how many passed and failed. */
    public String verified = ""; //$NON-NLS-1$
    public int passed;
    public int failed;
}
