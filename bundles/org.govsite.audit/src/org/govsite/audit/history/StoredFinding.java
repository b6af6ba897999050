package org.govsite.audit.history;

import java.net.URI;
import java.util.Optional;

import org.govsite.model.validation.Severity;

/**
 * A finding as saved with its run, with the decision on its key, if any. The rule is kept by its id and the message
 * as it was written in the language of the workbench that ran the audit.
 *
 * @param runId the run it belongs to
 * @param key its identity across runs ({@link FindingKeys})
 * @param ruleId the rule id, e.g. LINK-BROKEN
 * @param severity the rule's severity
 * @param page the page concerned
 * @param target the link's target; empty for page findings
 * @param element the link's element; empty for page findings
 * @param anchorText the link's anchor text; may be empty
 * @param evidence what was seen
 * @param message the localized description
 * @param decision the operator's decision on its key, if any
 */
public record StoredFinding(long runId, String key, String ruleId, Severity severity, URI page, String target,
        String element, String anchorText, String evidence, String message, Optional<Decision> decision) {
}
