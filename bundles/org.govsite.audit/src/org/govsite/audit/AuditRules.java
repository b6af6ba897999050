package org.govsite.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.FreshnessRule;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.verdict.Indicator;

/**
 * Every {@link AuditRule} by its id (docs/rules.md): the link, content and freshness rules and the 检查指标 items. What
 * stores rules by id (the audit history) gets them back here.
 */
public final class AuditRules {
    private static final Map<String, AuditRule> BY_ID = Stream.of(LinkRule.values(), ContentRule.values(),
            FreshnessRule.values(), Indicator.values()).flatMap(Arrays::stream).map(AuditRule.class::cast)
            .collect(Collectors.toUnmodifiableMap(AuditRule::id, Function.identity()));

    private AuditRules() {
    }

    /** @return the rule with this id (e.g. LINK-BROKEN), if there is one */
    public static Optional<AuditRule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
