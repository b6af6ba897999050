package org.govsite.ui.operators;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2PublicKey;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * Registers an operator (name, the public key PEM they handed over, first password, roles) or, given an existing
 * name, changes its roles only. OK stays disabled while a field is wrong; the message says which. Widget ids:
 * {@code operator.name}, {@code operator.publicKey}, {@code operator.password}, {@code operator.role.<wire name>},
 * {@code operator.ok}, {@code operator.cancel}.
 */
final class OperatorDialog extends TitleAreaDialog {

    private final String existing;
    private final Set<String> initialRoles;
    private final Map<String, Button> roleBoxes = new LinkedHashMap<>();
    private Text name;
    private Text publicKey;
    private Text password;
    private String nameValue;
    private Sm2PublicKey keyValue;
    private char[] passwordValue;
    private Set<String> rolesValue;

    /** @param existing the operator whose roles change, or null to register a new one */
    OperatorDialog(Shell parent, String existing, Set<String> roles) {
        super(parent);
        this.existing = existing;
        this.initialRoles = roles;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(existing == null ? Messages.Operators_add : Messages.Operators_roles);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(existing == null ? Messages.Operators_add : existing);
        setMessage(existing == null ? Messages.Operators_addDescription : Messages.Operators_rolesDescription);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (existing == null) {
            name = text(form, Messages.Connection_operator, "operator.name", SWT.BORDER);
            publicKey = text(form, Messages.Operators_publicKey, "operator.publicKey", SWT.BORDER | SWT.MULTI | SWT.WRAP);
            ((GridData) publicKey.getLayoutData()).heightHint = 90;
            password = text(form, Messages.Operators_password, "operator.password", SWT.BORDER | SWT.PASSWORD);
        }
        new Label(form, SWT.NONE).setText(Messages.Operators_rolesColumn);
        Composite boxes = new Composite(form, SWT.NONE);
        boxes.setLayout(new GridLayout(2, true));
        for (String role : OperatorRoles.ALL) {
            Button box = WidgetIds.tag(new Button(boxes, SWT.CHECK), "operator.role." + role);
            box.setText(OperatorRoles.label(role));
            box.setSelection(initialRoles.contains(role));
            box.addListener(SWT.Selection, e -> validate());
            roleBoxes.put(role, box);
        }
        return area;
    }

    private Text text(Composite form, String label, String id, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(form, style), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 380;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "operator"); //$NON-NLS-1$
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String error = problem();
        setErrorMessage(error);
        ok.setEnabled(error == null);
    }

    private String problem() {
        if (existing == null) {
            if (!name.getText().strip().matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
                return Messages.NewConnection_operatorInvalid;
            }
            try {
                Sm2PublicKey.fromPem(publicKey.getText());
            } catch (CryptoException | IllegalArgumentException e) {
                return Messages.Operators_badPublicKey;
            }
            if (password.getText().length() < 8) {
                return Messages.Operators_passwordShort;
            }
        }
        return roleBoxes.values().stream().anyMatch(Button::getSelection) ? null : Messages.Operators_noRole;
    }

    @Override
    protected void okPressed() {
        rolesValue = new LinkedHashSet<>();
        roleBoxes.forEach((role, box) -> {
            if (box.getSelection()) {
                rolesValue.add(role);
            }
        });
        if (existing == null) {
            nameValue = name.getText().strip();
            keyValue = Sm2PublicKey.fromPem(publicKey.getText());
            passwordValue = password.getText().toCharArray();
        }
        super.okPressed();
    }

    String name() {
        return existing == null ? nameValue : existing;
    }

    Sm2PublicKey publicKey() {
        return keyValue;
    }

    char[] password() {
        return passwordValue;
    }

    Set<String> roles() {
        return rolesValue;
    }
}
