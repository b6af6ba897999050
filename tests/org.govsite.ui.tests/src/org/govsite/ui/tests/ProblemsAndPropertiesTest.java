package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.ui.Messages;
import org.govsite.ui.editor.SiteEditorPart;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.problems.ProblemsPart;
import org.govsite.ui.properties.PropertiesPart;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.ProblemsPage;
import org.govsite.ui.tests.pages.SiteEditorPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

class ProblemsAndPropertiesTest extends UiTest {

    @Test
    void doubleClickingAColumnProblemOpensItsSiteEditorWithTheColumnSelected() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().get(2);
        Column column = site.getColumns().get(1);
        workbench.session().execute(SetCommand.create(workbench.session().domain(), column,
                GovSitePackage.Literals.COLUMN__PATH_SEGMENT, "Bad Segment!"));
        String message = GovSiteValidation.validateObject(column).stream()
                .filter(p -> p.feature() == GovSitePackage.Literals.COLUMN__PATH_SEGMENT).map(Problem::message).findFirst()
                .orElseThrow();
        workbench.part(ProblemsPart.class);
        ProblemsPage problems = new ProblemsPage(workbench.shell);

        ProblemsPage.Row row = problems.waitForRow(r -> r.message().equals(message));
        assertTrue(row.path().endsWith(site.getName() + " / " + column.getName()), row.path());
        problems.open(row);

        assertTrue(workbench.parts.stream().anyMatch(p -> p.getObject() instanceof SiteEditorPart
                && site.getId().equals(p.getPersistedState().get(SiteEditorPart.SITE_ID))));
        SiteEditorPage editor = new SiteEditorPage(workbench.shell);
        assertEquals(site.getName(), editor.text("name"));
        assertEquals(List.of(column.getName()), editor.selectedColumns());
    }

    @Test
    void thePropertiesViewShowsTheExplorerSelectionAndFollowsEdits() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().get(0);
        workbench.part(PlatformExplorerPart.class);
        workbench.part(PropertiesPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        Table table = Widgets.find(workbench.shell, "properties.table", Table.class);

        explorer.select(platform.getName(), site.getHost().getName(), site.getName());

        assertEquals(ModelLabels.typeLabel(site.eClass()), Widgets.find(workbench.shell, "properties.title", Label.class).getText());
        assertEquals(site.getMainDomain(), value(table, ModelLabels.featureLabel(GovSitePackage.Literals.SITE__MAIN_DOMAIN)));
        assertEquals(site.getHost().getName(), value(table, ModelLabels.featureLabel(GovSitePackage.Literals.SITE__HOST)));
        assertEquals(ModelLabels.label(site.getKind()), value(table, ModelLabels.featureLabel(GovSitePackage.Literals.SITE__KIND)));

        explorer.open(platform.getName(), site.getHost().getName(), site.getName());
        explorer.open(platform.getName(), site.getHost().getName(), site.getName());
        assertEquals(1, workbench.parts.stream().filter(p -> p.getObject() instanceof SiteEditorPart).count(),
                "one editor per site");
        new SiteEditorPage(workbench.shell).type("mainDomain", "www.changed.gov.cn");
        assertEquals("www.changed.gov.cn", value(table, ModelLabels.featureLabel(GovSitePackage.Literals.SITE__MAIN_DOMAIN)));

        Channel channel = site.getChannels().get(0);
        explorer.select(platform.getName(), site.getHost().getName(), site.getName(), Messages.Explorer_channels,
                channel.getName());
        assertEquals(channel.getColumns().stream().map(Column::getName).collect(Collectors.joining(", ")),
                value(table, ModelLabels.featureLabel(GovSitePackage.Literals.CHANNEL__COLUMNS)), "a channel's columns");
    }

    private static String value(Table table, String property) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(property)) {
                return item.getText(1);
            }
        }
        throw new AssertionError("no property row " + property);
    }
}
