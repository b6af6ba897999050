package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.handlers.SaveHandler;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.SiteEditorPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

class PersistenceTest extends UiTest {

    private static final String NEW_NAME = "保存测试网站";
    private static final String NEW_COLUMN = "保存测试栏目";

    @Test
    void savedEditsSurviveClosingAndReopeningTheStore() {
        Platform platform = workbench.show(smallProvince());
        Site site = platform.getSites().get(1);
        String columnId = site.getColumns().get(0).getId();
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        MPart editorPart = new SiteEditors(workbench.context.get(EPartService.class)).open(site);
        SiteEditorPage editor = new SiteEditorPage(workbench.shell);

        editor.type("name", NEW_NAME);
        explorer.rename(NEW_COLUMN, platform.getName(), site.getHost().getName(), NEW_NAME, site.getColumns().get(0).getName());
        assertTrue(editorPart.isDirty());

        workbench.execute(new SaveHandler());
        Widgets.waitUntil(workbench.display, 60_000, () -> !workbench.session().isDirty(), "the save job");
        assertFalse(editorPart.isDirty());

        workbench.session().close();
        WorkbenchSession reopened = workbench.openSession();
        WorkbenchSession.Opening opening = reopened.loadOrCreate(false, new NullProgressMonitor());
        assertTrue(opening.stored());
        Platform loaded = opening.platform();
        assertEquals(platform.getId(), loaded.getId());
        Site saved = loaded.getSites().stream().filter(s -> s.getId().equals(site.getId())).findFirst().orElseThrow();
        assertEquals(NEW_NAME, saved.getName());
        assertEquals(NEW_COLUMN, saved.getColumns().stream().filter(c -> c.getId().equals(columnId)).findFirst().orElseThrow()
                .getName());
        assertEquals(platform.getSites().size(), loaded.getSites().size());
    }
}
