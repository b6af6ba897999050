package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;

import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.ui.Messages;
import org.govsite.ui.edit.DropPosition;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.handlers.RedoHandler;
import org.govsite.ui.handlers.UndoHandler;
import org.govsite.ui.problems.ProblemsPart;
import org.govsite.ui.tests.pages.ProblemsPage;
import org.govsite.ui.tests.pages.SiteEditorPage;
import org.govsite.ui.tests.pages.TreeDriver;
import org.junit.jupiter.api.Test;

class SiteEditorTest extends UiTest {

    private static final String BAD_DOMAIN = "bad domain";

    @Test
    void aBadDomainShowsTheFieldMarkerAndAProblemsRowAndUndoClearsBoth() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().get(0);
        String goodDomain = site.getMainDomain();
        workbench.part(ProblemsPart.class);
        ProblemsPage problems = new ProblemsPage(workbench.shell);
        MPart editorPart = new SiteEditors(workbench.context.get(EPartService.class)).open(site);
        SiteEditorPage editor = new SiteEditorPage(workbench.shell);
        assertNull(editor.problem("mainDomain"));
        assertEquals(goodDomain, editor.text("mainDomain"));

        editor.type("mainDomain", BAD_DOMAIN);

        String expected = GovSiteValidation.validateObject(site).stream()
                .filter(p -> p.feature() == GovSitePackage.Literals.SITE__MAIN_DOMAIN).map(Problem::message).findFirst()
                .orElseThrow();
        assertEquals(BAD_DOMAIN, site.getMainDomain(), "the edit reached the model");
        assertEquals(expected, editor.problem("mainDomain"));
        assertTrue(editorPart.isDirty());
        ProblemsPage.Row row = problems.waitForRow(r -> r.message().equals(expected) && r.path().contains(site.getName()));
        assertNotNull(row.rule());

        workbench.execute(new UndoHandler());
        assertEquals(goodDomain, site.getMainDomain());
        assertEquals(goodDomain, editor.text("mainDomain"));
        assertNull(editor.problem("mainDomain"));
        problems.waitForNoRow(r -> r.message().equals(expected) && r.path().contains(site.getName()));

        workbench.execute(new RedoHandler());
        assertEquals(BAD_DOMAIN, editor.text("mainDomain"));
        assertEquals(expected, editor.problem("mainDomain"));
    }

    @Test
    void theEditorsColumnTreeRenamesAndMovesColumnsUndoably() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().stream().filter(s -> s.getColumns().size() >= 3).findFirst().orElseThrow();
        new SiteEditors(workbench.context.get(EPartService.class)).open(site);
        TreeDriver columns = new SiteEditorPage(workbench.shell).columns();
        List<String> original = columns.children();
        assertEquals(site.getColumns().stream().map(Column::getName).toList(), original);

        columns.rename("栏目甲", original.get(0));
        assertEquals("栏目甲", site.getColumns().get(0).getName());
        assertTrue(columns.drag(new String[] { "栏目甲" }, new String[] { original.get(2) }, DropPosition.ON));
        assertEquals(original.subList(1, original.size()), columns.children());
        List<String> underThird = columns.children(original.get(2));
        assertEquals("栏目甲", underThird.get(underThird.size() - 1));
        assertFalse(columns.drag(new String[] { original.get(2) }, new String[] { original.get(2), "栏目甲" }, DropPosition.ON));

        workbench.execute(new UndoHandler());
        workbench.execute(new UndoHandler());
        assertEquals(original, columns.children());
        workbench.execute(new RedoHandler());
        assertEquals("栏目甲", columns.children().get(0));
    }

    @Test
    void datesAreDaysInBeijingTimeWhateverTheMachinesZone() {
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // Beijing's midnight is 08:00 the day before
        try {
            Platform platform = workbench.show(smallProvince());
            Site site = platform.getSites().get(1);
            site.setOpenedOn(GuideDays.date(LocalDate.of(2010, 5, 1)));
            new SiteEditors(workbench.context.get(EPartService.class)).open(site);
            SiteEditorPage editor = new SiteEditorPage(workbench.shell);
            assertEquals("2010-05-01", editor.text("openedOn"));

            editor.type("openedOn", "2026-03-01");
            assertEquals(GuideDays.date(LocalDate.of(2026, 3, 1)), site.getOpenedOn());
            assertNull(editor.problem("openedOn"));

            editor.type("openedOn", "2026-02-30");
            assertEquals(GuideDays.date(LocalDate.of(2026, 3, 1)), site.getOpenedOn(), "an impossible day is refused");
            assertEquals(Messages.Editor_badDate, editor.problem("openedOn"));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void typingInOneFieldIsOneUndoableEdit() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().get(3);
        String original = site.getName();
        new SiteEditors(workbench.context.get(EPartService.class)).open(site);
        SiteEditorPage editor = new SiteEditorPage(workbench.shell);

        editor.type("name", original + "一");
        editor.type("name", original + "一二");
        editor.type("name", original + "一二三");
        assertEquals(original + "一二三", site.getName());

        workbench.execute(new UndoHandler());
        assertEquals(original, site.getName());
        assertEquals(original, editor.text("name"));
        assertFalse(workbench.session().commandStack().canUndo(), "the typing was a single edit");
    }
}
