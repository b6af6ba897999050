package org.govsite.ui.wizard;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.WidgetIds;

/** A wizard dialog whose buttons carry widget ids: {@code wizard.back}, {@code wizard.next}, {@code wizard.finish}, {@code wizard.cancel}. */
public final class GovSiteWizardDialog extends WizardDialog {

    public GovSiteWizardDialog(Shell parent, IWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetIds.tag(getButton(IDialogConstants.BACK_ID), "wizard.back");
        WidgetIds.tag(getButton(IDialogConstants.NEXT_ID), "wizard.next");
        WidgetIds.tag(getButton(IDialogConstants.FINISH_ID), "wizard.finish");
        WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), "wizard.cancel");
    }
}
