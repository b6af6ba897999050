package org.govsite.ui.editor;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.govsite.model.Column;
import org.govsite.model.Named;
import org.govsite.model.Site;

/** The column tree of one site (the viewer's input), labelled by the columns' names. */
final class SiteColumnTree implements ITreeContentProvider {

    private SiteColumnTree() {
    }

    /** Shows the site's columns in {@code viewer}, a tree viewer. */
    static void install(StructuredViewer viewer) {
        viewer.setContentProvider(new SiteColumnTree());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Named) element).getName();
            }
        });
    }

    @Override
    public Object[] getElements(Object input) {
        return ((Site) input).getColumns().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return ((Column) parent).getChildren().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Column c ? c.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((Column) element).getChildren().isEmpty();
    }
}
