package org.govsite.ui.sync;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.WidgetIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scrolled grid of a record's fields the sync dialogs show ({@link ConflictDialog}, {@link RejectedDialog}): a
 * header row, then one row per field, its name (marked when the sides differ) and a cell per value. Call
 * {@link #done()} after the last row.
 */
final class FieldGrid {

    private final ScrolledComposite scroll;
    private final Composite grid;

    FieldGrid(Composite parent, String... headers) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        GridData scrollData = new GridData(SWT.FILL, SWT.FILL, true, true);
        scrollData.widthHint = 760;
        scrollData.heightHint = 360;
        scroll.setLayoutData(scrollData);
        grid = new Composite(scroll, SWT.NONE);
        grid.setLayout(new GridLayout(headers.length, false));
        for (String header : headers) {
            Label label = new Label(grid, SWT.NONE);
            label.setText(header);
            label.setFont(JFaceResources.getBannerFont());
        }
    }

    /** The grid the rows' cells go into, one after the other. */
    Composite grid() {
        return grid;
    }

    /** The name cell of a row, marked when the field differs between the sides. */
    void name(FieldMerge.Field field) {
        Label name = new Label(grid, SWT.NONE);
        name.setText(field.differs() ? "\u25cf " + field.name() : field.name());
    }

    /** A value cell (text as it is, other JSON as JSON), highlighted when it differs; read-only unless editable. */
    Text value(String id, JsonNode value, boolean differs, boolean editable) {
        Text text = WidgetIds.tag(new Text(grid, SWT.BORDER | SWT.WRAP | SWT.MULTI | (editable ? 0 : SWT.READ_ONLY)), id);
        text.setText(FieldMerge.text(value));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 240;
        text.setLayoutData(data);
        if (differs) {
            text.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        }
        return text;
    }

    void done() {
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
