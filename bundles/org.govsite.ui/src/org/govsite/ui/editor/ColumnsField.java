package org.govsite.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.govsite.model.Column;
import org.govsite.model.Site;

/**
 * Chooses columns of one site in a check-box tree of its columns; the value is the checked columns in the tree's
 * order (a channel's first column is the page its link opens).
 */
final class ColumnsField extends FormField {

    private final Site site;
    private final CheckboxTreeViewer tree;

    ColumnsField(Composite parent, EStructuralFeature feature, Site site) {
        super(feature);
        this.site = site;
        tree = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.V_SCROLL);
        SiteColumnTree.install(tree);
        tree.setInput(site);
        tree.expandAll();
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 220;
        tree.getTree().setLayoutData(data);
    }

    @Override
    Control control() {
        return tree.getTree();
    }

    @Override
    void show(Object value) {
        List<?> columns = (List<?>) value;
        tree.setCheckedElements(columns.toArray());
        if (!columns.isEmpty()) {
            tree.reveal(columns.get(0)); // the channel's page, which may be far down a long tree
        }
    }

    @Override
    Object value() {
        Set<Object> checked = new HashSet<>(List.of(tree.getCheckedElements()));
        List<Column> ordered = new ArrayList<>();
        site.eAllContents().forEachRemaining(content -> {
            if (content instanceof Column column && checked.contains(column)) {
                ordered.add(column);
            }
        });
        return ordered;
    }

    @Override
    void onEdit(Runnable listener) {
        tree.addCheckStateListener(e -> listener.run());
    }
}
