package org.govsite.ui.properties;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.guide.ModelLabels;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Properties view: the attributes and references (by name; a channel's columns, an organisation's sites) of the
 * selected model object, with localized names.
 * Read-only (edits go through the site editor and the explorer). Widget ids: {@code properties.title},
 * {@code properties.table}.
 */
public class PropertiesPart {

    public static final String ID = "org.govsite.ui.part.properties";

    /** One row of the view. */
    public record Row(String property, String value) {
    }

    private final WorkbenchSession session;
    private final CommandStackListener commandListener = event -> showAgain();
    private TableViewer viewer;
    private Label title;
    private EObject shown;

    @Inject
    public PropertiesPart(WorkbenchSession session) {
        this.session = session;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = WidgetIds.tag(new Label(parent, SWT.NONE), "properties.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(viewer.getTable(), "properties.table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Properties_property, 160, true);
        column(Messages.Properties_value, 320, false);
        session.commandStack().addCommandStackListener(commandListener);
    }

    private void column(String text, int width, boolean property) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(text);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return property ? ((Row) element).property() : ((Row) element).value();
            }
        });
    }

    @Inject
    void selectionChanged(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (viewer != null && selection instanceof EObject object) {
            show(object);
        }
    }

    @Focus
    void setFocus() {
        viewer.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        session.commandStack().removeCommandStackListener(commandListener);
    }

    private void showAgain() {
        show(shown);
    }

    private void show(EObject object) {
        shown = object;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        title.setText(object == null ? "" : ModelLabels.typeLabel(object.eClass()));
        viewer.setInput(object == null ? List.of() : rows(object));
    }

    static List<Row> rows(EObject object) {
        return object.eClass().getEAllStructuralFeatures().stream()
                .filter(f -> !(f instanceof EReference r && r.isContainment()))
                .map(f -> new Row(ModelLabels.featureLabel(f), text(object, f))).toList();
    }

    private static String text(EObject object, EStructuralFeature feature) {
        return text(object.eGet(feature));
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Enumerator literal -> ModelLabels.label(literal);
            case org.govsite.model.Named named -> named.getName();
            case Date date -> GuideDays.day(date).toString();
            case Collection<?> values -> values.stream().map(PropertiesPart::text).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
