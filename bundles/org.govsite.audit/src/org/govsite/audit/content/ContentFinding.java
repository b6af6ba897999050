package org.govsite.audit.content;

import java.net.URI;

import org.eclipse.osgi.util.NLS;
import org.govsite.model.validation.Severity;

/**
 * A content problem of a page.
 *
 * @param rule what is wrong
 * @param page the page
 * @param evidence what was seen: the missing tags, the value, the image's src, the link and why it is hidden, the word
 */
public record ContentFinding(ContentRule rule, URI page, String evidence) {

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** @return the localized description, naming the page and the evidence */
    public String message() {
        return NLS.bind(rule.message(), page, evidence);
    }
}
