package org.govsite.migration.mapping;

import java.net.URI;
import java.util.List;

import org.govsite.migration.MigrationKeys;

/**
 * Ordered mapping rules: the first rule whose pattern matches an old URL decides; a URL no rule matches is
 * UNRESOLVED. Immutable and thread-safe.
 *
 * @param rules the rules, in the order they are tried
 */
public record Mapping(List<MappingRule> rules) {

    public Mapping {
        rules = List.copyOf(rules);
    }

    /** @param url a normalised old URL */
    public Decision decide(URI url) {
        for (int i = 0; i < rules.size(); i++) {
            MappingRule rule = rules.get(i);
            if (rule.pattern().matches(url)) {
                URI address = rule.outcome() == Outcome.UNRESOLVED ? null : url.resolve(fill(rule.target(), url));
                return new Decision(rule.outcome(), rule.column(), address, i, rule.topics());
            }
        }
        return Decision.UNMATCHED;
    }

    private static String fill(String template, URI url) {
        String path = url.getRawPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return template.replace("{name}", dot > 0 ? name.substring(0, dot) : name) //$NON-NLS-1$
                .replace("{key}", MigrationKeys.key(url)); //$NON-NLS-1$
    }
}
