package org.govsite.ui.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

/** Lazy content for the virtual explorer tree: items are only built for rows SWT asks for. */
final class ExplorerContentProvider implements ILazyTreeContentProvider {

    /** The viewer input: its single child is the platform. */
    static final Object ROOT = new Object();

    private final TreeViewer viewer;
    private ExplorerTree tree;

    ExplorerContentProvider(TreeViewer viewer) {
        this.viewer = viewer;
    }

    void setTree(ExplorerTree tree) {
        this.tree = tree;
    }

    ExplorerTree tree() {
        return tree;
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<Object> children = children(parent);
        if (index < children.size()) {
            Object child = children.get(index);
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, tree.children(child).size());
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        if (tree == null || element == ROOT) {
            return null;
        }
        Object parent = tree.parent(element);
        return parent == null ? ROOT : parent;
    }

    private List<Object> children(Object parent) {
        if (tree == null) {
            return List.of();
        }
        return parent == ROOT ? List.of(tree.platform()) : tree.children(parent);
    }
}
