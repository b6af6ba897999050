package org.govsite.ui.tests;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.audit.verdict.Verdicts;
import org.govsite.ui.audit.AuditCenter;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.govsite.ui.audit.FindingsPart;
import org.govsite.ui.audit.PageOpener;
import org.govsite.ui.audit.ReportFileChooser;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.pages.DecisionDialogPage;
import org.govsite.ui.tests.pages.FindingsPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A decision on a finding names the platform operator logged in to a server, else the operating system's user. */
class AuditDecisionOperatorTest extends ConnectedUiTest {

    private AuditCenter center;

    @AfterEach
    void closeCenter() {
        center.close();
    }

    @Test
    void theLoggedInOperatorDecidesAndAfterLogoutTheSystemUser() {
        URI home = URI.create("http://127.0.0.1:9/");
        List<Finding> findings = List.of(Finding.link(LinkRule.BROKEN, home, home.resolve("/gone"), "a", "旧", "HTTP 404"),
                Finding.link(LinkRule.BROKEN, home, home.resolve("/old"), "a", "旧", "HTTP 410"));
        center = new AuditCenter(AuditHistory.open(workbench.storeFolder),
                new AuditPreferencesFile(folder.resolve(AuditPreferencesFile.FILE_NAME)));
        Instant now = Instant.now();
        center.history().save(new SiteAudit(home, now, now, 1, findings, Verdicts.judge(home, findings,
                new Freshness(true, List.of(), List.of()), VerdictSettings.defaults())));
        workbench.context.set(AuditCenter.class, center);
        workbench.context.set(PageOpener.class, page -> { });
        workbench.context.set(ReportFileChooser.class, shell -> Optional.empty());
        workbench.show(WorkbenchSession.emptyPlatform());
        Connection admin = administrator();

        FindingsPage page = new FindingsPage(area(workbench.part(FindingsPart.class)));
        List<FindingsPage.Row> rows = page.waitForRows(r -> r.size() == 2, "the two findings");
        decide(page, rows.get(0), "已报修");
        page.waitForRows(r -> r.get(0).decision().equals("已接受：已报修（" + TestPlatformServer.ADMIN + "）"),
                "the decision by the logged-in operator");

        connections.disconnect(admin.id());
        decide(page, page.rows().get(1), "外部网站");
        page.waitForRows(r -> r.get(1).decision().equals("已接受：外部网站（" + System.getProperty("user.name") + "）"),
                "the decision by the system user once logged out");
    }

    private void decide(FindingsPage page, FindingsPage.Row row, String reason) {
        page.select(row);
        workbench.display.asyncExec(() -> {
            DecisionDialogPage dialog = DecisionDialogPage.find(workbench.display);
            dialog.reason(reason);
            dialog.ok();
        });
        page.press("accept");
    }

    private Composite area(Object part) {
        MPart model = workbench.parts.stream().filter(p -> p.getObject() == part).findFirst().orElseThrow();
        return model.getContext().get(Composite.class);
    }
}
