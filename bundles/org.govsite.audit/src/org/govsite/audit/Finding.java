package org.govsite.audit;

import java.net.URI;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.validation.Severity;

/**
 * One problem an audit found, whatever its rule: link findings name the link's target, element and anchor text;
 * page findings leave them empty.
 *
 * @param rule what is wrong
 * @param page the page concerned (the page holding the link, for link findings)
 * @param target the URL the link leads to; empty for page findings
 * @param element the link's element (a, area, frame, iframe, img, script, link); empty for page findings
 * @param anchorText the link's anchor text (alt text of an image); may be empty
 * @param evidence what was seen: the status or failure, the missing tags, the value, the word, ...
 */
public record Finding(AuditRule rule, URI page, String target, String element, String anchorText, String evidence) {

    /** @return a finding about a link of {@code page} */
    public static Finding link(AuditRule rule, URI page, URI target, String element, String anchorText,
            String evidence) {
        return new Finding(rule, page, target.toString(), element, anchorText, evidence);
    }

    /** @return a finding about the page itself */
    public static Finding page(AuditRule rule, URI page, String evidence) {
        return new Finding(rule, page, "", "", "", evidence); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** @return what the message names first: the link's target, or the page for page findings */
    public Object subject() {
        return target.isEmpty() ? page : target;
    }

    /** @return the localized description, naming the {@link #subject()} and the evidence */
    public String message() {
        return NLS.bind(rule.message(), subject(), evidence);
    }
}
