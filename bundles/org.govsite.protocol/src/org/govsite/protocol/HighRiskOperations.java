package org.govsite.protocol;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests are high-risk and so must carry the operator's own SM2 signature: matched on the method and the
 * canonical path. {@link #V1} is the table of docs/protocol.md ("High-risk operations"). Immutable.
 */
public final class HighRiskOperations {
    private static final Set<String> CHANGES = Set.of("PUT", "POST", "PATCH", "DELETE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String SEGMENT = "[^/]+"; //$NON-NLS-1$

    /** The high-risk operations of API v1. */
    public static final HighRiskOperations V1 = new HighRiskOperations(List.of(
            new Rule(Set.of("DELETE"), "/api/v1/sites/" + SEGMENT), //$NON-NLS-1$ //$NON-NLS-2$
            new Rule(Set.of("DELETE"), "/api/v1/operators/" + SEGMENT), //$NON-NLS-1$ //$NON-NLS-2$
            new Rule(CHANGES, "/api/v1/operators/" + SEGMENT + "/roles(/.*)?"), //$NON-NLS-1$ //$NON-NLS-2$
            new Rule(CHANGES, "/api/v1/operators/" + SEGMENT + "/keys?(/.*)?"), //$NON-NLS-1$ //$NON-NLS-2$
            new Rule(CHANGES, "/api/v1/server/key"))); //$NON-NLS-1$

    private final List<Rule> rules;

    /** @param rules operations that are high-risk */
    public HighRiskOperations(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return whether {@code request} is high-risk */
    public boolean isHighRisk(CanonicalRequest request) {
        return rules.stream().anyMatch(rule -> rule.matches(request.method(), request.path()));
    }

    /** One kind of high-risk operation: methods, and a regular expression the whole canonical path must match. */
    public static final class Rule {
        private final Set<String> methods;
        private final Pattern path;

        public Rule(Set<String> methods, String pathRegex) {
            this.methods = Set.copyOf(methods);
            this.path = Pattern.compile(pathRegex);
        }

        boolean matches(String method, String canonicalPath) {
            return methods.contains(method) && path.matcher(canonicalPath).matches();
        }
    }
}
