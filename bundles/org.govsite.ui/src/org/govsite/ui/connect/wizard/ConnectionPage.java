package org.govsite.ui.connect.wizard;

import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.ConnectionTrust;
import org.govsite.ui.connect.NewConnectionSpec;
import org.govsite.ui.connect.PlatformLevel;

/**
 * Page 1: name, level (province or city platform), server URL, operator name and the CA certificate file an https
 * server's certificate chains to when the JDK does not know its CA (optional, with a 浏览 Browse button). Widget ids:
 * {@code connection.name}, {@code connection.level}, {@code connection.url}, {@code connection.operator},
 * {@code connection.caCertificate}, {@code connection.caBrowse}.
 */
final class ConnectionPage extends WizardPage {

    private static final String OPERATOR_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";

    private final NewConnectionSpec spec;
    private final Predicate<String> nameTaken;
    private Text name;
    private Combo level;
    private Text url;
    private Text operator;
    private Text caCertificate;

    ConnectionPage(NewConnectionSpec spec, Set<String> existingNames) {
        super("connection", Messages.NewConnection_serverTitle, null);
        this.spec = spec;
        this.nameTaken = existingNames::contains;
        setDescription(Messages.NewConnection_serverDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        name = text(page, Messages.Connection_name, "connection.name");
        new Label(page, SWT.NONE).setText(Messages.Connection_level);
        level = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), "connection.level");
        for (PlatformLevel value : PlatformLevel.values()) {
            level.add(value.label());
        }
        level.select(spec.level.ordinal());
        level.addListener(SWT.Selection, e -> update());
        url = text(page, Messages.Connection_url, "connection.url");
        url.setMessage("https://gov.example.cn:8443");
        operator = text(page, Messages.Connection_operator, "connection.operator");
        caCertificate = text(page, Messages.Connection_caCertificate, "connection.caCertificate");
        caCertificate.setMessage(Messages.Connection_caCertificateHint);
        new Label(page, SWT.NONE);
        Button browse = WidgetIds.tag(new Button(page, SWT.PUSH), "connection.caBrowse");
        browse.setText(Messages.AuditSettings_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog file = new FileDialog(getShell(), SWT.OPEN);
            file.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer;*.der", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
            String chosen = file.open();
            if (chosen != null) {
                caCertificate.setText(chosen);
            }
        });
        setControl(page);
    }

    private Text text(Composite page, String label, String id) {
        new Label(page, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(page, SWT.BORDER), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private void update() {
        spec.name = name.getText().strip();
        spec.level = PlatformLevel.values()[Math.max(0, level.getSelectionIndex())];
        spec.url = url.getText().strip();
        spec.operator = operator.getText().strip();
        spec.caCertificate = caCertificate.getText().strip();
        String error = problem();
        setErrorMessage(error);
        setPageComplete(error == null && !spec.url.isEmpty() && !spec.operator.isEmpty());
    }

    private String problem() {
        if (spec.name.isEmpty()) {
            return Messages.NewConnection_nameRequired;
        }
        if (nameTaken.test(spec.name)) {
            return NLS.bind(Messages.NewConnection_nameTaken, spec.name);
        }
        if (!spec.url.isEmpty() && NewConnectionSpec.urlProblem(spec.url) != null) {
            return NewConnectionSpec.urlProblem(spec.url);
        }
        if (!spec.operator.isEmpty() && !spec.operator.matches(OPERATOR_PATTERN)) {
            return Messages.NewConnection_operatorInvalid;
        }
        return ConnectionTrust.problem(spec.caCertificate);
    }
}
