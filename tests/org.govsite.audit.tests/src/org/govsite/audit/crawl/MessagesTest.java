package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.govsite.audit.AuditRule;
import org.govsite.audit.Finding;
import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.FreshnessRule;
import org.govsite.audit.verdict.Indicator;
import org.govsite.audit.links.LinkRule;
import org.junit.jupiter.api.Test;

/** Both languages have every message, and a finding's message names its target and evidence. */
class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = org.govsite.audit.Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        assertEquals(load("messages.properties").keySet(), load("messages_zh.properties").keySet());
        for (LinkRule rule : LinkRule.values()) {
            assertTrue(load("messages.properties").containsKey(rule.id().replace('-', '_')), rule.id());
        }
        List<AuditRule> rules = new ArrayList<>(List.of(ContentRule.values()));
        rules.addAll(List.of(FreshnessRule.values()));
        rules.addAll(List.of(Indicator.values()));
        for (AuditRule rule : rules) {
            assertTrue(load("messages.properties").containsKey(rule.id().replace('-', '_')), rule.id());
        }
    }

    @Test
    void aFindingsMessageNamesTargetAndEvidence() {
        Finding finding = Finding.link(LinkRule.BROKEN, URI.create("http://www.example.gov.cn/"),
                URI.create("http://www.example.gov.cn/gone"), "a", "走了", "http://www.example.gov.cn/gone HTTP 404");
        assertTrue(finding.message().contains("http://www.example.gov.cn/gone ("), finding.message());
        assertTrue(finding.message().contains("HTTP 404"), finding.message());
    }

    @Test
    void aContentFindingsMessageNamesPageAndEvidence() {
        Finding finding = Finding.page(ContentRule.TAGS_ARTICLE, URI.create("http://www.example.gov.cn/a"),
                "Author, Image");
        assertTrue(finding.message().contains("http://www.example.gov.cn/a"), finding.message());
        assertTrue(finding.message().contains("Author, Image"), finding.message());
    }
}
