package org.govsite.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Identified;
import org.govsite.model.Named;
import org.govsite.model.Site;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.ids.Ids;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.WorkbenchSession;

/**
 * One of a site's lists in the site editor (its topics or its channels): a table of name, path segment, what the list
 * shows of each ({@link Kind#detail}) and the model's problems of each, with 新建..., 编辑... (also double-click), 删除,
 * 上移 and 下移; new and edited items go through an {@link ItemDialog}, and every change is one undoable command of the
 * session. Widget ids: {@code <id>} (the table), {@code <id>.new}, {@code <id>.edit}, {@code <id>.delete},
 * {@code <id>.up}, {@code <id>.down}.
 */
final class SiteItemsTab {

    /**
     * What differs between the lists.
     *
     * @param list the site's containment ({@code topics}, {@code channels})
     * @param segment the items' path-segment feature
     * @param detail what the detail column shows of an item
     * @param fields the dialog's fields for the site, in order
     */
    record Kind(EReference list, EStructuralFeature segment, String newTitle, String editTitle, String description,
            String detailHeader, Function<EObject, String> detail,
            Function<Site, List<Function<Composite, FormField>>> fields) {
    }

    private final WorkbenchSession session;
    private final Supplier<Site> site;
    private final Kind kind;
    private final Composite control;
    private final TableViewer table;
    private final Button create;
    private final List<Button> forSelection = new ArrayList<>();

    SiteItemsTab(Composite parent, String id, Kind kind, WorkbenchSession session, Supplier<Site> site) {
        this.session = session;
        this.site = site;
        this.kind = kind;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        table = new TableViewer(control, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.tag(table.getTable(), id);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, EObject.class, ModelLabels.featureLabel(GovSitePackage.Literals.NAMED__NAME), 120,
                item -> ((Named) item).getName());
        TableColumns.add(table, EObject.class, ModelLabels.featureLabel(kind.segment()), 90,
                item -> Objects.toString(item.eGet(kind.segment()), "")); //$NON-NLS-1$
        TableColumns.add(table, EObject.class, kind.detailHeader(), 160, kind.detail());
        TableColumns.add(table, EObject.class, Messages.Editor_itemProblems, 240, item -> GovSiteValidation
                .validateObject(item).stream().map(Problem::message).collect(Collectors.joining("; "))); //$NON-NLS-1$
        table.addSelectionChangedListener(e -> enable());
        table.addDoubleClickListener(e -> edit());
        Composite buttons = new Composite(control, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        create = button(buttons, id + ".new", Messages.Editor_itemNew, this::create); //$NON-NLS-1$
        forSelection.add(button(buttons, id + ".edit", Messages.Editor_itemEdit, this::edit)); //$NON-NLS-1$
        forSelection.add(button(buttons, id + ".delete", Messages.Editor_itemDelete, this::delete)); //$NON-NLS-1$
        forSelection.add(button(buttons, id + ".up", Messages.Editor_itemUp, () -> move(-1))); //$NON-NLS-1$
        forSelection.add(button(buttons, id + ".down", Messages.Editor_itemDown, () -> move(1))); //$NON-NLS-1$
    }

    Control control() {
        return control;
    }

    private static Button button(Composite parent, String id, String text, Runnable action) {
        Button button = Controls.push(parent, id, text, action);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    /** Shows the site's list as the model has it now. */
    void refresh() {
        Site current = site.get();
        table.setInput(current == null ? List.of() : items(current));
        enable();
    }

    /** Selects {@code item} if it is in this list; @return whether it is */
    boolean reveal(EObject item) {
        Site current = site.get();
        if (current == null || !items(current).contains(item)) {
            return false;
        }
        table.setSelection(new StructuredSelection(item), true);
        enable();
        return true;
    }

    private List<?> items(Site current) {
        return (List<?>) current.eGet(kind.list());
    }

    private void enable() {
        Site current = site.get();
        boolean present = current != null && current.eContainer() != null;
        create.setEnabled(present);
        boolean selected = present && selected() != null;
        forSelection.forEach(button -> button.setEnabled(selected));
    }

    private EObject selected() {
        return (EObject) table.getStructuredSelection().getFirstElement();
    }

    /** The site's list this tab shows. */
    EReference list() {
        return kind.list();
    }

    /** Opens the dialog of a new item; on OK it is added at the end of the list. */
    void create() {
        EObject item = EcoreUtil.create(kind.list().getEReferenceType());
        ((Identified) item).setId(Ids.newId());
        if (open(kind.newTitle(), item)) {
            apply(AddCommand.create(session.domain(), site.get(), kind.list(), item), item);
        }
    }

    private void edit() {
        EObject item = selected();
        if (item == null) {
            return;
        }
        EObject candidate = EcoreUtil.copy(item);
        if (!open(kind.editTitle(), candidate)) {
            return;
        }
        CompoundCommand changes = new CompoundCommand();
        for (EStructuralFeature feature : item.eClass().getEAllStructuralFeatures()) {
            Object value = candidate.eGet(feature);
            if (feature.isChangeable() && !feature.isDerived() && !Objects.equals(value, item.eGet(feature))) {
                changes.append(SetCommand.create(session.domain(), item, feature,
                        feature.isMany() ? new ArrayList<>((List<?>) value) : value));
            }
        }
        if (!changes.isEmpty()) {
            apply(changes.unwrap(), item);
        }
    }

    private boolean open(String title, EObject candidate) {
        return new ItemDialog(control.getShell(), title, kind.description(), candidate, kind.fields().apply(site.get()))
                .open() == Window.OK;
    }

    private void delete() {
        EObject item = selected();
        if (item != null) {
            apply(RemoveCommand.create(session.domain(), site.get(), kind.list(), item), null);
        }
    }

    private void move(int by) {
        EObject item = selected();
        int index = item == null ? -1 : items(site.get()).indexOf(item) + by;
        if (index >= 0 && index < items(site.get()).size()) {
            apply(MoveCommand.create(session.domain(), site.get(), kind.list(), item, index), item);
        }
    }

    private void apply(Command command, EObject select) {
        if (session.execute(command)) {
            refresh();
            if (select != null) {
                table.setSelection(new StructuredSelection(select), true);
            }
            enable();
        }
    }
}
