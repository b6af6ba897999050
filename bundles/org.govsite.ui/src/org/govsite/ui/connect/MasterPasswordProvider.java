package org.govsite.ui.connect;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;

/**
 * The master password of the workbench's secure storage, asked once per session (Equinox caches it) in a dialog;
 * registered in plugin.xml (extension point {@code org.eclipse.equinox.security.secureStorage}), since the
 * workbench product carries no desktop keyring module. Without a password nothing is stored or read.
 */
public class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
        String[] answer = new String[1];
        Display display = Display.getDefault();
        display.syncExec(() -> {
            InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.Secrets_title,
                    create ? Messages.Secrets_createPassword : Messages.Secrets_enterPassword, "",
                    text -> text.length() < 8 ? Messages.NewConnection_passphraseShort : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }

                @Override
                protected void configureShell(Shell shell) {
                    super.configureShell(shell);
                    shell.setText(Messages.Secrets_title);
                }

                @Override
                protected void createButtonsForButtonBar(Composite parent) {
                    super.createButtonsForButtonBar(parent);
                    getButton(IDialogConstants.OK_ID).setText(Messages.Button_ok);
                    getButton(IDialogConstants.CANCEL_ID).setText(Messages.Button_cancel);
                }
            };
            if (dialog.open() == Window.OK) {
                answer[0] = dialog.getValue();
            }
        });
        return answer[0] == null ? null : new PBEKeySpec(answer[0].toCharArray());
    }

    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        return true;
    }
}
