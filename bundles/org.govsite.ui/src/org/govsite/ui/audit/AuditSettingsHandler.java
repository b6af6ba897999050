package org.govsite.ui.audit;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;

/** 审计 > 审计设置: edits the settings of the next audits and saves them in the workspace. */
public class AuditSettingsHandler {

    @Execute
    void execute(AuditCenter center, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        AuditSettingsDialog dialog = new AuditSettingsDialog(shell, center.preferences());
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            center.update(dialog.preferences());
        } catch (RuntimeException e) {
            Dialogs.error(shell, Messages.AuditSettings_title, e.getMessage());
        }
    }
}
