package org.govsite.ui.explorer;

import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Font;
import org.govsite.model.Named;

/** Names of the explorer's nodes; filter matches are shown in bold. */
final class ExplorerLabelProvider extends ColumnLabelProvider {

    private final Supplier<ExplorerTree> tree;

    ExplorerLabelProvider(Supplier<ExplorerTree> tree) {
        this.tree = tree;
    }

    static String text(Object element) {
        if (element instanceof Folder folder) {
            return folder.label();
        }
        if (element instanceof Named named) {
            return named.getName() == null ? "" : named.getName();
        }
        return "";
    }

    @Override
    public String getText(Object element) {
        return text(element);
    }

    @Override
    public Font getFont(Object element) {
        ExplorerTree current = tree.get();
        return current != null && current.matches(element) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
                : null;
    }
}
