package org.govsite.migration.batch;

import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.UrlPattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks of a template rule typed field by field (the wizard's), with localized messages. */
public final class RuleChecks {

    private RuleChecks() {
    }

    /**
     * @param selectors the six selectors in {@link TemplateRule}'s order (title, published, source, author, body,
     *        attachments); blank ones are left to automatic detection
     * @return the rule
     * @throws BatchException naming what is wrong: no name, no pattern, an invalid regular expression or selector
     */
    public static TemplateRule rule(String name, UrlPattern.Syntax syntax, String pattern, String... selectors)
            throws BatchException {
        if (name.isBlank()) {
            throw new BatchException(Messages.RuleNoName);
        }
        if (pattern.isBlank()) {
            throw new BatchException(Messages.RuleNoPattern);
        }
        UrlPattern urls;
        try {
            urls = new UrlPattern(syntax, pattern.strip());
        } catch (PatternSyntaxException e) {
            throw new BatchException(NLS.bind(Messages.BadPattern, pattern, e.getDescription()));
        }
        for (String selector : selectors) {
            if (!selector.isBlank()) {
                try {
                    QueryParser.parse(selector.strip());
                } catch (Selector.SelectorParseException e) {
                    throw new BatchException(NLS.bind(Messages.RuleBadSelector, selector, e.getMessage()));
                }
            }
        }
        return new TemplateRule(name.strip(), urls, selectors[0], selectors[1], selectors[2], selectors[3],
                selectors[4], selectors[5]);
    }
}
