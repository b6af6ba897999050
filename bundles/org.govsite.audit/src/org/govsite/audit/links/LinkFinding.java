package org.govsite.audit.links;

import java.net.URI;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.validation.Severity;

/**
 * A link problem on a page.
 *
 * @param rule what is wrong
 * @param page the page holding the link
 * @param target the URL it links to
 * @param element the element: a, area, frame, iframe, img, script, link
 * @param anchorText the anchor text (alt text of an image); may be empty
 * @param evidence the status or failure, with the redirect chain when there was one
 */
public record LinkFinding(LinkRule rule, URI page, URI target, String element, String anchorText, String evidence) {

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** @return the localized description, naming the target and the evidence */
    public String message() {
        return NLS.bind(rule.message(), target, evidence);
    }
}
