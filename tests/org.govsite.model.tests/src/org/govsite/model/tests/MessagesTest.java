package org.govsite.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.GovSitePackage;
import org.govsite.model.SiteKind;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.Rule;
import org.junit.jupiter.api.Test;

/** Both languages are complete: rule messages and model labels. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static Properties load(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }

    @Test
    void everyRuleHasAMessageInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load(Rule.class, "messages.properties");
        Properties zh = load(Rule.class, "messages_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (Rule rule : Rule.values()) {
            String key = rule.id().replace('-', '_');
            String english = en.getProperty(key);
            String chinese = zh.getProperty(key);
            assertNotNull(english, key);
            assertNotNull(chinese, key);
            assertTrue(CJK.matcher(chinese).find(), key + " is Chinese");
            assertFalse(CJK.matcher(english.replace("\u653f\u52a1", "")).find(), key + " is English");
            assertEquals(placeholders(english), placeholders(chinese), key);
        }
    }

    @Test
    void ruleIdsAndCodesAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(rule.id().matches("GS(-[A-Z]+)+"), rule.id());
            assertTrue(ids.add(rule.id()), rule.id());
            assertTrue(codes.add(rule.code()), rule.id());
            assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
        }
    }

    @Test
    void ruleMessagesFillInTheValues() {
        String message = Rule.DOMAIN_PORTAL.message("保定市人民政府门户网站", "bd.gov.cn");
        assertTrue(message.contains("保定市人民政府门户网站") && message.contains("bd.gov.cn"), message);
        assertFalse(message.contains("{"), message);
    }

    @Test
    void everyTypeFeatureAndLiteralHasALabelInBothLanguages() throws IOException {
        Properties en = load(ModelLabels.class, "labels.properties");
        Properties zh = load(ModelLabels.class, "labels_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        Set<String> expected = new HashSet<>();
        GovSitePackage.eINSTANCE.getEClassifiers().forEach(classifier -> {
            if (classifier instanceof EClass type) {
                expected.add(type.getName());
                type.getEStructuralFeatures().forEach(f -> expected.add(type.getName() + "." + f.getName()));
            } else if (classifier instanceof EEnum enumeration) {
                enumeration.getELiterals()
                        .forEach(l -> expected.add(enumeration.getName() + "." + l.getName()));
            }
        });
        assertEquals(expected, en.keySet());
        for (String key : expected) {
            assertTrue(CJK.matcher(zh.getProperty(key)).find(), key);
        }
    }

    @Test
    void modelLabelsResolveFromTheBundle() throws IOException {
        Properties en = load(ModelLabels.class, "labels.properties");
        Properties zh = load(ModelLabels.class, "labels_zh.properties");
        List<String> portal = List.of(en.getProperty("SiteKind.PORTAL"), zh.getProperty("SiteKind.PORTAL"));
        assertTrue(portal.contains(ModelLabels.label(SiteKind.PORTAL)));
        EEnumLiteral literal = GovSitePackage.Literals.SITE_KIND.getEEnumLiteral("PORTAL");
        assertEquals(ModelLabels.label(SiteKind.PORTAL), ModelLabels.label((Enumerator) literal));
        EStructuralFeature name = GovSitePackage.Literals.SITE.getEStructuralFeature("name");
        assertTrue(List.of(en.getProperty("Named.name"), zh.getProperty("Named.name"))
                .contains(ModelLabels.featureLabel(name)));
        assertNotEquals("Site", zh.getProperty("Site"));
        assertTrue(List.of(en.getProperty("Site"), zh.getProperty("Site"))
                .contains(ModelLabels.typeLabel(GovSitePackage.Literals.SITE)));
    }

    @Test
    void modelLabelsFollowTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("政府门户网站", ModelLabels.label(SiteKind.PORTAL));
            assertEquals("主域名", ModelLabels.featureLabel(GovSitePackage.Literals.SITE__MAIN_DOMAIN));
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Government portal", ModelLabels.label(SiteKind.PORTAL));
            assertEquals("Column", ModelLabels.typeLabel(GovSitePackage.Literals.COLUMN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
