package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Platform;
import org.govsite.ui.Messages;
import org.govsite.ui.session.ExitConfirmation;
import org.govsite.ui.tests.pages.MessageDialogWatcher;
import org.junit.jupiter.api.Test;

class ExitConfirmationTest extends UiTest {

    @Test
    void closingWithUnsavedEditsAsksAndCancellingKeepsTheWorkbenchOpen() {
        Platform platform = workbench.show(smallProvince());
        MessageDialogWatcher dialogs = new MessageDialogWatcher(workbench.display);
        assertTrue(ExitConfirmation.confirm(workbench.session(), List.of(), workbench.shell), "nothing unsaved: close at once");
        assertEquals(0, dialogs.shown().size());

        workbench.session().execute(SetCommand.create(workbench.session().domain(), platform.getSites().get(0),
                GovSitePackage.Literals.NAMED__NAME, "未保存"));
        assertFalse(ExitConfirmation.confirm(workbench.session(), List.of(), workbench.shell), "closing the question cancels");
        dialogs.stop();
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).contains(Messages.Quit_unsaved));
        assertTrue(workbench.session().isDirty(), "nothing was saved or lost");
    }
}
