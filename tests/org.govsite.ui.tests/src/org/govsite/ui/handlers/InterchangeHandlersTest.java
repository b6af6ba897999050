package org.govsite.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.edit.command.SetCommand;
import org.govsite.demo.DemoProvince;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Named;
import org.govsite.model.Platform;
import org.govsite.store.interchange.InterchangeException;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.session.WorkbenchSession;
import org.govsite.ui.tests.TestWorkbench;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class InterchangeHandlersTest {

    @TempDir
    Path folder;
    private TestWorkbench workbench;

    @BeforeEach
    void open() {
        workbench = new TestWorkbench(folder.resolve("store"));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void xmi() throws Exception {
        exportedPlatformImportsBackAndABadFileShowsItsErrorAndChangesNothing(Interchange.XMI);
    }

    @Test
    void json() throws Exception {
        exportedPlatformImportsBackAndABadFileShowsItsErrorAndChangesNothing(Interchange.JSON);
    }

    private void exportedPlatformImportsBackAndABadFileShowsItsErrorAndChangesNothing(Interchange format) throws Exception {
        WorkbenchSession session = workbench.session();
        Platform platform = workbench.show(DemoProvince.generate(DemoProvince.Size.SMALL, 11L));
        List<String> siteNames = platform.getSites().stream().map(Named::getName).toList();
        workbench.part(PlatformExplorerPart.class);
        UISynchronize sync = workbench.context.get(UISynchronize.class);
        Path file = folder.resolve("platform" + format.pattern().substring(1));

        finish(ExportHandler.exportTo(session, sync, workbench.shell, format, file));
        assertTrue(Files.size(file) > 0);

        session.execute(SetCommand.create(session.domain(), platform.getSites().get(0), GovSitePackage.Literals.NAMED__NAME, "改名"));
        MessageDialogWatcher unexpected = new MessageDialogWatcher(workbench.display);
        finish(ImportHandler.importFile(session, sync, workbench.shell, format, file));
        Widgets.waitUntil(workbench.display, 10_000, () -> session.platform() != platform || !unexpected.shown().isEmpty(),
                "the import");
        unexpected.stop();
        assertEquals(List.of(), unexpected.shown());
        Platform imported = session.platform();
        assertNotSame(platform, imported);
        assertEquals(siteNames, imported.getSites().stream().map(Named::getName).toList());
        assertTrue(session.isDirty(), "an imported platform is unsaved until Save");
        assertTrue(new ExplorerPage(workbench.shell).has(imported.getName(), imported.getSites().get(0).getHost().getName(),
                siteNames.get(0)));

        Path bad = folder.resolve("bad" + format.pattern().substring(1));
        Files.writeString(bad, "{ \"sites\": [ <broken");
        String expected = assertThrows(InterchangeException.class, () -> format.read(bad)).getMessage();
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        finish(ImportHandler.importFile(session, sync, workbench.shell, format, bad));
        Widgets.waitUntil(workbench.display, 10_000, () -> !dialogs.shown().isEmpty(), "the error dialog");
        dialogs.stop();
        assertTrue(dialogs.shown().get(0).contains(expected), dialogs.shown().get(0));
        assertSame(imported, session.platform(), "a bad file changes nothing");
    }

    private void finish(Job job) throws InterruptedException {
        job.join();
        Widgets.spin(workbench.display, 100);
    }
}
