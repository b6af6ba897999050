package org.govsite.ui.wizard;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

import static org.govsite.model.GovSitePackage.Literals.*;

/**
 * Page 2: name, main domain and 标识码, checked with the model's validation rules as they are typed.
 * Widget ids: {@code wizard.name}, {@code wizard.domain}, {@code wizard.idCode}.
 */
final class SiteNamePage extends WizardPage {

    private static final Set<EStructuralFeature> CHECKED = Set.of(NAMED__NAME, SITE__MAIN_DOMAIN, SITE__ID_CODE);

    private final NewSiteSpec spec;
    private Text name;
    private Text domain;
    private Text idCode;

    SiteNamePage(NewSiteSpec spec) {
        super("name", Messages.NewSite_nameTitle, null);
        this.spec = spec;
        setDescription(Messages.NewSite_nameDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        name = text(page, Messages.NewSite_name, "wizard.name");
        domain = text(page, Messages.NewSite_domain, "wizard.domain");
        idCode = text(page, Messages.NewSite_idCode, "wizard.idCode");
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            update();
        }
    }

    private Text text(Composite page, String label, String id) {
        new Label(page, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(page, SWT.BORDER), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private void update() {
        spec.name = name.getText();
        spec.mainDomain = domain.getText();
        spec.idCode = idCode.getText();
        String error = spec.name.isBlank() ? Messages.NewSite_nameRequired
                : GovSiteValidation.validateObject(spec.toSite()).stream()
                        .filter(p -> p.severity() == Severity.ERROR && CHECKED.contains(p.feature())).map(Problem::message)
                        .findFirst().orElse(null);
        setErrorMessage(error);
        setPageComplete(error == null && !spec.mainDomain.isBlank());
    }
}
