package org.govsite.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.FreshnessRule;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.verdict.Indicator;
import org.junit.jupiter.api.Test;

/** The registry of rules by id, which the audit history reads its rules back with. */
class AuditRulesTest {

    @Test
    void everyRuleOfEveryEnumIsFoundByItsUniqueId() {
        List<AuditRule> enums = Stream.of(LinkRule.values(), ContentRule.values(), FreshnessRule.values(),
                Indicator.values()).flatMap(Stream::of).map(AuditRule.class::cast).toList();
        assertEquals(enums.size(), new HashSet<>(enums.stream().map(AuditRule::id).toList()).size(), "ids are unique");
        for (AuditRule rule : enums) {
            assertSame(rule, AuditRules.byId(rule.id()).orElseThrow(), rule.id());
        }
        assertSame(LinkRule.BROKEN, AuditRules.byId("LINK-BROKEN").orElseThrow());
        assertEquals(Optional.empty(), AuditRules.byId("LINK_BROKEN"));
    }
}
