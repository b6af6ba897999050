package org.govsite.ui.wizard;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.SiteKind;
import org.govsite.model.SiteLevel;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * Page 1: kind, level and host organisation (an existing one, or a new one with name and division code).
 * Widget ids: {@code wizard.kind}, {@code wizard.level}, {@code wizard.orgExisting}, {@code wizard.org},
 * {@code wizard.orgNew}, {@code wizard.orgName}, {@code wizard.orgCode}.
 */
final class SiteKindPage extends WizardPage {

    private final NewSiteSpec spec;
    private final List<Organisation> organisations;
    private Combo kind;
    private Combo level;
    private Button existing;
    private Combo organisation;
    private Text orgName;
    private Text orgCode;

    SiteKindPage(NewSiteSpec spec, Platform platform) {
        super("kind", Messages.NewSite_kindTitle, null);
        this.spec = spec;
        this.organisations = List.copyOf(platform.getOrganisations());
        setDescription(Messages.NewSite_kindDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        kind = combo(page, Messages.NewSite_kind, "wizard.kind", SiteKind.VALUES, spec.kind);
        level = combo(page, Messages.NewSite_level, "wizard.level", SiteLevel.VALUES, spec.level);
        existing = radio(page, Messages.NewSite_existingOrganisation, "wizard.orgExisting");
        organisation = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), "wizard.org");
        organisation.setItems(organisations.stream().map(Organisation::getName).map(n -> Objects.requireNonNullElse(n, ""))
                .toArray(String[]::new));
        organisation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button created = radio(page, Messages.NewSite_newOrganisation, "wizard.orgNew");
        new Label(page, SWT.NONE);
        orgName = text(page, Messages.NewSite_organisationName, "wizard.orgName");
        orgCode = text(page, Messages.NewSite_divisionCode, "wizard.orgCode");
        existing.setSelection(!organisations.isEmpty());
        created.setSelection(organisations.isEmpty());
        existing.setEnabled(!organisations.isEmpty());
        if (!organisations.isEmpty()) {
            organisation.select(0);
        }
        existing.addListener(SWT.Selection, e -> update());
        organisation.addListener(SWT.Selection, e -> update());
        setControl(page);
        update();
    }

    private Combo combo(Composite page, String label, String id, List<? extends Enumerator> literals, Enumerator selected) {
        new Label(page, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), id);
        combo.setItems(literals.stream().map(ModelLabels::label).toArray(String[]::new));
        combo.select(literals.indexOf(selected));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> update());
        return combo;
    }

    private static Button radio(Composite page, String label, String id) {
        Button radio = WidgetIds.tag(new Button(page, SWT.RADIO), id);
        radio.setText(label);
        return radio;
    }

    private Text text(Composite page, String label, String id) {
        new Label(page, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(page, SWT.BORDER), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private void update() {
        spec.kind = SiteKind.VALUES.get(kind.getSelectionIndex());
        spec.level = SiteLevel.VALUES.get(level.getSelectionIndex());
        boolean useExisting = existing.getSelection();
        organisation.setEnabled(useExisting);
        orgName.setEnabled(!useExisting);
        orgCode.setEnabled(!useExisting);
        spec.organisation = useExisting && organisation.getSelectionIndex() >= 0 ? organisations.get(organisation.getSelectionIndex())
                : null;
        spec.newOrganisationName = orgName.getText();
        spec.newOrganisationDivisionCode = orgCode.getText();
        String error = useExisting ? (spec.organisation == null ? Messages.NewSite_chooseOrganisation : null) : newOrganisationError();
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private String newOrganisationError() {
        if (spec.newOrganisationName.isBlank()) {
            return Messages.NewSite_organisationNameRequired;
        }
        if (!spec.newOrganisationDivisionCode.strip().matches("\\d{6}")) {
            return Messages.NewSite_divisionCodeInvalid;
        }
        return GovSiteValidation.validateObject(spec.toNewOrganisation()).stream()
                .filter(p -> p.severity() == Severity.ERROR && (p.feature() == GovSitePackage.Literals.ORGANISATION__DIVISION_CODE
                        || p.feature() == GovSitePackage.Literals.NAMED__NAME))
                .map(Problem::message).findFirst().orElse(null);
    }
}
