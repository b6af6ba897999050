package org.govsite.ui.connect.wizard;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.wizard.WizardPage;
import org.govsite.crypto.CryptoException;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.crypto.Sm2PrivateKey;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.ConnectionException;
import org.govsite.ui.connect.OperatorKeys;

/**
 * Page 2: the operator's SM2 key. Either generate a new pair (the public key PEM is shown, to hand to the system
 * administrator) or import a GovSite key file or unencrypted PEM. Then the passphrase under which the workbench
 * stores the key (typed twice) and whether secure storage remembers it. A failed import keeps everything typed.
 * Widget ids: {@code key.generate}, {@code key.importFile}, {@code key.importPassphrase}, {@code key.import},
 * {@code key.publicKey}, {@code key.passphrase}, {@code key.passphraseAgain}, {@code key.remember}.
 */
final class KeyPage extends WizardPage {

    static final int MIN_PASSPHRASE = 8;

    private final NewConnectionSpec spec;
    private Text importFile;
    private Text importPassphrase;
    private Text publicKey;
    private Text passphrase;
    private Text passphraseAgain;
    private Button remember;
    private String importError;

    KeyPage(NewConnectionSpec spec) {
        super("key", Messages.NewConnection_keyTitle, null);
        this.spec = spec;
        setDescription(Messages.NewConnection_keyDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        Button generate = WidgetIds.tag(new Button(page, SWT.PUSH), "key.generate");
        generate.setText(Messages.NewConnection_generate);
        generate.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        generate.addListener(SWT.Selection, e -> use(Sm2KeyPair.generate().privateKey(), null));

        new Label(page, SWT.NONE).setText(Messages.NewConnection_importFile);
        importFile = WidgetIds.tag(new Text(page, SWT.BORDER), "key.importFile");
        importFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = WidgetIds.tag(new Button(page, SWT.PUSH), "key.browse");
        browse.setText(Messages.NewConnection_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(page, SWT.NONE).setText(Messages.NewConnection_importPassphrase);
        importPassphrase = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.PASSWORD), "key.importPassphrase");
        importPassphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button importButton = WidgetIds.tag(new Button(page, SWT.PUSH), "key.import");
        importButton.setText(Messages.NewConnection_import);
        importButton.addListener(SWT.Selection, e -> importKey());

        Label publicLabel = new Label(page, SWT.NONE);
        publicLabel.setText(Messages.NewConnection_publicKey);
        publicLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        publicKey = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP), "key.publicKey");
        GridData keyData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        keyData.heightHint = 90;
        publicKey.setLayoutData(keyData);

        passphrase = password(page, Messages.NewConnection_passphrase, "key.passphrase");
        passphraseAgain = password(page, Messages.NewConnection_passphraseAgain, "key.passphraseAgain");
        remember = WidgetIds.tag(new Button(page, SWT.CHECK), "key.remember");
        remember.setText(Messages.NewConnection_remember);
        remember.setSelection(spec.rememberPassphrase);
        remember.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        remember.addListener(SWT.Selection, e -> update());
        setControl(page);
    }

    private Text password(Composite page, String label, String id) {
        new Label(page, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.PASSWORD), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        String chosen = dialog.open();
        if (chosen != null) {
            importFile.setText(chosen);
        }
    }

    private void importKey() {
        String file = importFile.getText().strip();
        if (file.isEmpty()) {
            use(null, Messages.NewConnection_importFileRequired);
            return;
        }
        try {
            use(OperatorKeys.importKey(Path.of(file), importPassphrase.getText().toCharArray()), null);
        } catch (ConnectionException | CryptoException | InvalidPathException e) {
            use(spec.key, e.getMessage());
        }
    }

    private void use(Sm2PrivateKey key, String error) {
        spec.key = key;
        importError = error;
        publicKey.setText(key == null ? "" : key.publicKey().toPem());
        update();
    }

    private void update() {
        spec.wipe();
        spec.passphrase = passphrase.getText().toCharArray();
        spec.rememberPassphrase = remember.getSelection();
        String error = problem();
        setErrorMessage(error);
        setPageComplete(error == null && spec.key != null && spec.passphrase.length > 0);
    }

    private String problem() {
        if (importError != null) {
            return importError;
        }
        if (spec.passphrase.length > 0 && spec.passphrase.length < MIN_PASSPHRASE) {
            return Messages.NewConnection_passphraseShort;
        }
        if (spec.passphrase.length > 0 && !Arrays.equals(spec.passphrase, passphraseAgain.getText().toCharArray())) {
            return Messages.NewConnection_passphraseMismatch;
        }
        return spec.key == null && spec.passphrase.length > 0 ? Messages.NewConnection_keyRequired : null;
    }
}
