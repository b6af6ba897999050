package org.govsite.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Rule;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Controls;
import org.govsite.ui.WidgetIds;

/**
 * Edits a candidate copy of one of a site's topics or channels, field by field ({@link FormField}s labelled with the
 * model's feature names): every input goes into the candidate and the model's validation of it is shown at once, on
 * the field, and the first error as the dialog's message; OK stays disabled while a field cannot be read or the
 * validation reports an error. The caller turns the candidate into commands after OK. Widget ids: {@code item.<feature name>},
 * {@code item.ok}, {@code item.cancel}.
 */
final class ItemDialog extends TitleAreaDialog {

    private final String title;
    private final String description;
    private final EObject candidate;
    private final List<Function<Composite, FormField>> factories;
    private final List<FormField> fields = new ArrayList<>();

    /**
     * @param candidate the object the fields edit: a new object, or a copy of the edited one
     * @param factories make the form's fields, in order, on the composite given
     */
    ItemDialog(Shell parent, String title, String description, EObject candidate,
            List<Function<Composite, FormField>> factories) {
        super(parent);
        this.title = title;
        this.description = description;
        this.candidate = candidate;
        this.factories = factories;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(description);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Function<Composite, FormField> factory : factories) {
            Label label = new Label(form, SWT.NONE);
            FormField field = factory.apply(form);
            label.setText(ModelLabels.featureLabel(field.feature()));
            label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            if (field.control().getLayoutData() == null) {
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 360;
                field.control().setLayoutData(data);
            }
            ((GridData) field.control().getLayoutData()).horizontalIndent = 8;
            WidgetIds.tag(field.control(), "item." + field.feature().getName()); //$NON-NLS-1$
            field.decorate();
            field.show(candidate.eGet(field.feature()));
            field.onEdit(this::validate);
            fields.add(field);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "item"); //$NON-NLS-1$
        validate();
    }

    /** Puts every field's input into the candidate and shows what the validation says of it. */
    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        Optional<String> unreadable = Optional.empty();
        for (FormField field : fields) {
            try {
                set(field.feature(), field.value());
                field.showProblem(null);
            } catch (FormField.InputException e) {
                field.showProblem(e.getMessage());
                unreadable = unreadable.or(() -> Optional.of(e.getMessage()));
            }
        }
        // the candidate is in no site, so references into the site read as dangling; the fields offer only the site's own
        List<Problem> problems = GovSiteValidation.validateObject(candidate).stream()
                .filter(p -> !Rule.REFERENCE_DANGLING.id().equals(p.ruleId()))
                .filter(p -> fields.stream().anyMatch(f -> f.feature() == p.feature())).toList();
        for (FormField field : fields) {
            String text = field.messages(problems);
            if (!text.isEmpty()) { // a field that cannot be read keeps saying why
                field.showProblem(text);
            }
        }
        Optional<String> error = unreadable.or(() -> problems.stream().filter(p -> p.severity() == Severity.ERROR)
                .map(Problem::message).findFirst());
        setErrorMessage(error.orElse(null));
        ok.setEnabled(error.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void set(EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            ECollections.setEList((EList<Object>) candidate.eGet(feature), (List<Object>) value);
        } else {
            candidate.eSet(feature, value);
        }
    }
}
