package org.govsite.ui.connect;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * Asks what logging in needs and secure storage does not hold: the operator's password and/or the passphrase of
 * the key file, and whether to remember them. Widget ids: {@code login.password}, {@code login.passphrase},
 * {@code login.remember}, {@code login.ok}, {@code login.cancel}.
 */
final class LoginDialog extends Dialog {

    private final Connection connection;
    private final boolean askPassword;
    private final boolean askPassphrase;
    private Text password;
    private Text passphrase;
    private Button remember;
    private char[] passwordValue;
    private char[] passphraseValue;
    private boolean rememberValue;

    LoginDialog(Shell parent, Connection connection, boolean askPassword, boolean askPassphrase) {
        super(parent);
        this.connection = connection;
        this.askPassword = askPassword;
        this.askPassphrase = askPassphrase;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Login_title, connection.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label who = new Label(area, SWT.NONE);
        who.setText(NLS.bind(Messages.Login_operator, connection.operator(), connection.url()));
        who.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (askPassword) {
            password = field(area, Messages.Login_password, "login.password");
        }
        if (askPassphrase) {
            passphrase = field(area, Messages.NewConnection_passphrase, "login.passphrase");
        }
        remember = WidgetIds.tag(new Button(area, SWT.CHECK), "login.remember");
        remember.setText(Messages.Login_remember);
        remember.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        return area;
    }

    private static Text field(Composite area, String label, String id) {
        new Label(area, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.PASSWORD), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetIds.tag(getButton(IDialogConstants.OK_ID), "login.ok").setText(Messages.Connections_login);
        WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), "login.cancel").setText(Messages.Button_cancel);
    }

    @Override
    protected void okPressed() {
        passwordValue = password == null ? null : password.getText().toCharArray();
        passphraseValue = passphrase == null ? null : passphrase.getText().toCharArray();
        rememberValue = remember.getSelection();
        super.okPressed();
    }

    /** The password typed, or null when it was not asked. */
    char[] password() {
        return passwordValue;
    }

    /** The passphrase typed, or null when it was not asked. */
    char[] passphrase() {
        return passphraseValue;
    }

    boolean remember() {
        return rememberValue;
    }
}
