package org.govsite.ui.wizard;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/** A wizard dialog with localized buttons that carry widget ids: {@code wizard.back}, {@code wizard.next}, {@code wizard.finish}, {@code wizard.cancel}. */
public final class GovSiteWizardDialog extends WizardDialog {

    public GovSiteWizardDialog(Shell parent, IWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        label(IDialogConstants.BACK_ID, "wizard.back", Messages.Button_back);
        label(IDialogConstants.NEXT_ID, "wizard.next", Messages.Button_next);
        label(IDialogConstants.FINISH_ID, "wizard.finish", Messages.Button_finish);
        label(IDialogConstants.CANCEL_ID, "wizard.cancel", Messages.Button_cancel);
    }

    /** Tags a button and gives it the GovSite text (JFace's own button texts are English only). */
    private void label(int buttonId, String id, String text) {
        Button button = WidgetIds.tag(getButton(buttonId), id);
        button.setText(text);
        setButtonLayoutData(button);
    }
}
