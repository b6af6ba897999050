package org.govsite.audit.cli;

import java.net.URI;

import org.govsite.audit.content.ContentFinding;
import org.govsite.audit.links.LinkFinding;
import org.govsite.model.validation.Severity;

/**
 * One finding as the command writes it, link or content alike.
 *
 * @param rule the rule id
 * @param severity how bad it is
 * @param page the page concerned
 * @param target the link's target; empty for content findings
 * @param element the link's element; empty for content findings
 * @param anchorText the link's anchor text; empty for content findings
 * @param evidence what was seen
 */
record Row(String rule, Severity severity, URI page, String target, String element, String anchorText,
        String evidence) {

    static Row of(LinkFinding finding) {
        return new Row(finding.ruleId(), finding.severity(), finding.page(), finding.target().toString(),
                finding.element(), finding.anchorText(), finding.evidence());
    }

    static Row of(ContentFinding finding) {
        return new Row(finding.ruleId(), finding.severity(), finding.page(), "", "", "", finding.evidence()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the rule's message in the chosen language, naming the target (links) or the page (content) */
    String message(CliText text) {
        return text.rule(rule, target.isEmpty() ? page : target, evidence);
    }
}
