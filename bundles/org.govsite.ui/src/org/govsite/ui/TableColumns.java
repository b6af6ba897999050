package org.govsite.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Text (and image) columns of the tables whose rows are values of one type (connections, operators, log entries, problems, findings). */
public final class TableColumns {
    private TableColumns() {
    }

    /** Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row. */
    public static <T> void add(TableViewer viewer, Class<T> rowType, String title, int width, Function<T, String> text) {
        add(viewer, rowType, title, width, text, row -> null);
    }

    /** Adds a column showing {@code text} and {@code image} (null for none) of each row. */
    public static <T> void add(TableViewer viewer, Class<T> rowType, String title, int width, Function<T, String> text,
            Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(rowType.cast(element));
            }
        });
    }
}
