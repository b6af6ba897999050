package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Named;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.guide.GuideRules;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.handlers.NewSiteHandler;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.NewSiteWizardPage;
import org.govsite.ui.tests.pages.Widgets;
import org.govsite.ui.wizard.GovSiteWizardDialog;
import org.govsite.ui.wizard.NewSiteWizard;
import org.junit.jupiter.api.Test;

class NewSiteWizardTest extends UiTest {

    private static final String NEW_ORGANISATION = "测试市人民政府";
    private static final String NEW_SITE = "测试市人民政府门户网站";

    @Test
    void createsTheSiteWithItsRequiredColumnsAndTheExplorerShowsIt() {
        Platform platform = workbench.show(smallProvince());
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        Site model = portal(platform);
        String divisionCode = model.getIdCode().substring(0, 6);
        AssertionError[] failure = new AssertionError[1];
        workbench.display.asyncExec(() -> {
            NewSiteWizardPage wizard = NewSiteWizardPage.find(workbench.display);
            try {
                wizard.chooseKind(SiteKind.PORTAL.getValue());
                wizard.chooseLevel(model.getLevel().getValue());
                wizard.newOrganisation(NEW_ORGANISATION, divisionCode);
                wizard.next();
                wizard.name(NEW_SITE);
                wizard.domain("www.ceshi.gov.cn");
                wizard.idCode(divisionCode + "0099");
                assertNull(wizard.errorMessage());
                wizard.finish();
            } catch (AssertionError e) {
                failure[0] = e;
                wizard.cancel();
            }
        });
        workbench.execute(new NewSiteHandler());
        if (failure[0] != null) {
            throw failure[0];
        }

        Site created = platform.getSites().stream().filter(s -> NEW_SITE.equals(s.getName())).findFirst().orElseThrow();
        assertEquals(NEW_ORGANISATION, created.getHost().getName());
        assertEquals(GuideRules.requiredCategories(SiteKind.PORTAL),
                java.util.Set.copyOf(created.getColumns().stream().map(Column::getCategory).toList()));
        List<String> shown = explorer.children(platform.getName(), NEW_ORGANISATION, NEW_SITE);
        assertEquals(created.getColumns().stream().map(Named::getName).toList(), shown);

        workbench.session().commandStack().undo();
        assertFalse(explorer.has(platform.getName(), NEW_ORGANISATION), "undo removes the site and its new host");
        assertTrue(platform.getSites().stream().noneMatch(s -> NEW_SITE.equals(s.getName())));
    }

    @Test
    void aBadDomainIsReportedWithTheModelsMessageAndFinishStaysDisabled() {
        Platform platform = workbench.show(smallProvince());
        WizardDialog dialog = new GovSiteWizardDialog(workbench.shell, new NewSiteWizard(platform));
        dialog.setBlockOnOpen(false);
        dialog.open();
        NewSiteWizardPage wizard = NewSiteWizardPage.find(workbench.display);
        assertTrue(wizard.canGoNext(), "an existing host organisation is chosen by default");
        wizard.next();
        wizard.name(NEW_SITE);
        wizard.idCode(portal(platform).getIdCode().substring(0, 6) + "0099");
        wizard.domain("www.example.com");
        Widgets.spin(workbench.display, 50);

        String expected = domainProblem("www.example.com");
        assertNotNull(expected, "the model rejects www.example.com");
        assertEquals(expected, wizard.errorMessage());
        assertFalse(wizard.canFinish());

        wizard.domain("www.ceshi.gov.cn");
        assertNull(domainProblem("www.ceshi.gov.cn"));
        assertNull(wizard.errorMessage());
        assertTrue(wizard.canFinish());
        dialog.close();
    }

    private static String domainProblem(String domain) {
        Site site = GovSiteFactory.eINSTANCE.createSite();
        site.setName(NEW_SITE);
        site.setKind(SiteKind.PORTAL);
        site.setMainDomain(domain);
        return GovSiteValidation.validateObject(site).stream()
                .filter(p -> p.feature() == GovSitePackage.Literals.SITE__MAIN_DOMAIN).map(Problem::message).findFirst()
                .orElse(null);
    }

    private static Site portal(Platform platform) {
        return platform.getSites().stream().filter(s -> s.getKind() == SiteKind.PORTAL && s.getIdCode() != null).findFirst()
                .orElseThrow();
    }
}
