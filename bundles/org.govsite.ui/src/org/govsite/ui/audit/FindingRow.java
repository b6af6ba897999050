package org.govsite.ui.audit;

import java.net.URI;

import org.govsite.audit.history.StoredFinding;

/**
 * A row of the Findings view: a finding of a site's latest run, the site it belongs to and its place among the
 * rows loaded (which keeps equal findings apart in the table).
 *
 * @param finding the finding as saved
 * @param home the home page of the site audited
 * @param site the site's label (its name, or the host)
 * @param index the row's place in the loaded list
 */
record FindingRow(StoredFinding finding, URI home, String site, int index) {
}
