package org.govsite.ui.audit;

import org.govsite.audit.history.AuditRun;

/**
 * A site's run as the audit views show it.
 *
 * @param site the site's label (its name in the platform, or the home page's host)
 * @param run the run
 */
record SiteRun(String site, AuditRun run) {
}
