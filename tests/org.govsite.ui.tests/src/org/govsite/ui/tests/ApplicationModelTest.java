package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govsite.ui.handlers.PartSaveHandler;
import org.govsite.ui.migration.MigrationsPart;
import org.govsite.ui.migration.NewMigrationHandler;
import org.govsite.ui.migration.OpenMigrationsHandler;
import org.govsite.ui.report.OpenReportHandler;
import org.govsite.ui.report.ReportEditorPart;
import org.govsite.ui.report.supervision.OpenSupervisionHandler;
import org.govsite.ui.report.supervision.SupervisionPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ui bundle's application model as shipped: every contributed class loads, every label has its English and
 * Chinese text, and 报表 > 监管年度报表 reaches the supervision part, whose descriptor handles Save; 迁移 starts a batch
 * and opens the Migrations view.
 */
class ApplicationModelTest {
    private static Document model;
    private static Bundle ui;

    @BeforeAll
    static void read() throws Exception {
        ui = FrameworkUtil.getBundle(SupervisionPart.class);
        try (InputStream in = ui.getEntry("Application.e4xmi").openStream()) {
            model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyContributedClassLoadsAndEveryLabelIsTranslated() throws Exception {
        List<Element> all = elements(e -> true);
        for (Element element : all) {
            String uri = element.getAttribute("contributionURI");
            if (uri.startsWith("bundleclass://org.govsite.ui/")) {
                ui.loadClass(uri.substring("bundleclass://org.govsite.ui/".length()));
            }
        }
        Properties english = properties("OSGI-INF/l10n/bundle.properties");
        Properties chinese = properties("OSGI-INF/l10n/bundle_zh.properties");
        for (Element element : all) {
            for (String attribute : List.of("label", "commandName")) {
                String label = element.getAttribute(attribute);
                if (label.startsWith("%")) {
                    assertTrue(english.containsKey(label.substring(1)), label);
                    assertTrue(chinese.containsKey(label.substring(1)), label);
                }
            }
        }
    }

    @Test
    void theReportsMenuOpensTheSupervisionPartWhichHandlesSave() {
        Element item = byElementId("org.govsite.ui.menuitem.supervision");
        String command = item.getAttribute("command");
        Element handler = elements(e -> e.getTagName().equals("handlers") && e.getAttribute("command").equals(command)
                && e.getParentNode() == model.getDocumentElement()).get(0);
        assertEquals("bundleclass://org.govsite.ui/" + OpenSupervisionHandler.class.getName(),
                handler.getAttribute("contributionURI"));
        assertSavedByItsOwnHandler(SupervisionPart.DESCRIPTOR_ID, SupervisionPart.class);
    }

    @Test
    void theReportsMenuOpensTheAnnualReportEditorWhichHandlesSave() {
        Element item = byElementId("org.govsite.ui.menuitem.annualReport");
        assertEquals("bundleclass://org.govsite.ui/" + OpenReportHandler.class.getName(),
                item.getAttribute("contributionURI"));
        assertEquals("org.govsite.ui.menu.reports", ((Element) item.getParentNode()).getAttribute("elementId"));
        assertSavedByItsOwnHandler(ReportEditorPart.DESCRIPTOR_ID, ReportEditorPart.class);
    }

    @Test
    void theMigrationMenuStartsABatchAndOpensTheMigrationsView() {
        Element create = byElementId("org.govsite.ui.menuitem.newMigration");
        assertEquals("bundleclass://org.govsite.ui/" + NewMigrationHandler.class.getName(),
                create.getAttribute("contributionURI"));
        Element view = byElementId("org.govsite.ui.menuitem.migrations");
        assertEquals("bundleclass://org.govsite.ui/" + OpenMigrationsHandler.class.getName(),
                view.getAttribute("contributionURI"));
        assertEquals("org.govsite.ui.menu.migration", ((Element) view.getParentNode()).getAttribute("elementId"));
        assertEquals("bundleclass://org.govsite.ui/" + MigrationsPart.class.getName(),
                byElementId(OpenMigrationsHandler.DESCRIPTOR_ID).getAttribute("contributionURI"));
    }

    /** The part's descriptor makes it dirtyable and carries {@link PartSaveHandler} for the Save command. */
    private static void assertSavedByItsOwnHandler(String descriptorId, Class<?> part) {
        Element descriptor = byElementId(descriptorId);
        assertEquals("bundleclass://org.govsite.ui/" + part.getName(), descriptor.getAttribute("contributionURI"));
        assertEquals("true", descriptor.getAttribute("dirtyable"));
        Element save = (Element) descriptor.getElementsByTagName("handlers").item(0);
        assertEquals("bundleclass://org.govsite.ui/" + PartSaveHandler.class.getName(),
                save.getAttribute("contributionURI"));
        assertEquals("org.govsite.ui.command.save", byXmiId(save.getAttribute("command")).getAttribute("elementId"));
    }

    private static Properties properties(String path) throws Exception {
        URL entry = ui.getEntry(path);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static Element byElementId(String id) {
        return elements(e -> e.getAttribute("elementId").equals(id)).get(0);
    }

    private static Element byXmiId(String id) {
        return elements(e -> e.getAttribute("xmi:id").equals(id)).get(0);
    }

    private static List<Element> elements(Predicate<Element> test) {
        NodeList nodes = model.getElementsByTagName("*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (test.test(element)) {
                found.add(element);
            }
        }
        return found;
    }
}
