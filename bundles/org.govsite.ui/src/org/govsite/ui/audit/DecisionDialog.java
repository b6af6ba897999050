package org.govsite.ui.audit;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * Asks the reason of a decision on findings (accept, false alarm); OK stays disabled until a reason is typed.
 * Widget ids: {@code decision.reason}, {@code decision.ok}, {@code decision.cancel}.
 */
final class DecisionDialog extends Dialog {

    private final String title;
    private final int count;
    private Text reason;
    private String reasonValue;

    DecisionDialog(Shell parent, String title, int count) {
        super(parent);
        this.title = title;
        this.count = count;
    }

    /** @return the reason typed (stripped), after OK */
    String reason() {
        return reasonValue;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(NLS.bind(Messages.Decision_prompt, count));
        reason = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "decision.reason"); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 420;
        data.heightHint = 80;
        reason.setLayoutData(data);
        reason.addModifyListener(e -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "decision"); //$NON-NLS-1$
        update();
    }

    private void update() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!reason.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        reasonValue = reason.getText().strip();
        super.okPressed();
    }
}
