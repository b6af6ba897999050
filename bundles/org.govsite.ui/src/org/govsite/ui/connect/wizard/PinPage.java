package org.govsite.ui.connect.wizard;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.ServerKeys;
import org.govsite.ui.connect.Fingerprints;

/**
 * Page 3: fetches the server's SM2 key, shows its fingerprint in groups for comparison with the one the platform's
 * administrator gave, and needs the operator's confirmation before the key is pinned. A failure (server down,
 * bad URL) shows its localized reason; Back keeps everything. Widget ids: {@code pin.fetch}, {@code pin.fingerprint},
 * {@code pin.confirm}.
 */
final class PinPage extends WizardPage {

    private final NewConnectionSpec spec;
    private final ServerKeys serverKeys;
    private Text fingerprint;
    private Button confirm;
    private String fetchedFor;

    PinPage(NewConnectionSpec spec, ServerKeys serverKeys) {
        super("pin", Messages.NewConnection_pinTitle, null);
        this.spec = spec;
        this.serverKeys = serverKeys;
        setDescription(Messages.NewConnection_pinDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Button fetch = WidgetIds.tag(new Button(page, SWT.PUSH), "pin.fetch");
        fetch.setText(Messages.NewConnection_fetch);
        fetch.addListener(SWT.Selection, e -> fetch());
        new Label(page, SWT.NONE).setText(Messages.NewConnection_fingerprint);
        fingerprint = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY), "pin.fingerprint");
        Font mono = JFaceResources.getTextFont();
        fingerprint.setFont(mono);
        fingerprint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        confirm = WidgetIds.tag(new Button(page, SWT.CHECK), "pin.confirm");
        confirm.setText(Messages.NewConnection_confirm);
        confirm.addListener(SWT.Selection, e -> update());
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !source().equals(fetchedFor)) {
            fetch();
        }
    }

    /** @return where the key is fetched from: the server's URL and whom its https trusts */
    private String source() {
        return spec.url + '\n' + spec.caCertificate;
    }

    /** Fetches in the wizard's progress area (cancel stops waiting); the page keeps its state on failure. */
    private void fetch() {
        spec.serverFingerprint = null;
        fetchedFor = source();
        String[] result = new String[1];
        String error = null;
        try {
            getContainer().run(true, true, monitor -> result[0] = serverKeys.fingerprint(spec.uri(), spec.operator,
                    spec.caCertificate, monitor));
        } catch (InvocationTargetException e) {
            error = e.getCause().getLocalizedMessage();
        } catch (InterruptedException e) {
            error = Messages.NewConnection_fetchCancelled;
        }
        spec.serverFingerprint = result[0];
        fingerprint.setText(result[0] == null ? "" : Fingerprints.grouped(result[0]));
        confirm.setSelection(false);
        confirm.setEnabled(result[0] != null);
        fingerprint.requestLayout();
        update(error);
    }

    private void update() {
        update(null);
    }

    private void update(String error) {
        spec.fingerprintConfirmed = confirm.getSelection() && spec.serverFingerprint != null;
        setErrorMessage(error);
        setPageComplete(spec.fingerprintConfirmed);
    }
}
