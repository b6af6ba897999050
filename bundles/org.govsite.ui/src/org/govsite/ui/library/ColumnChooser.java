package org.govsite.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * Chooses one column of the platform for an article (信息共享: one article on several sites' columns): a filter on the
 * "site / column" labels as the operator types, the first {@value #SHOWN} matches listed. Widget ids:
 * {@code chooser.filter}, {@code chooser.list}, {@code chooser.more}, {@code chooser.ok}.
 */
final class ColumnChooser extends Dialog {

    /** Matches listed at most (a province has tens of thousands of columns). */
    static final int SHOWN = 500;

    private final Map<String, String> labels;
    private final List<String> shownIds = new ArrayList<>();
    private Text filter;
    private org.eclipse.swt.widgets.List list;
    private Label more;
    private String chosen;

    /** @param labels the columns to choose from, labels by id, in the order listed */
    ColumnChooser(Shell parent, Map<String, String> labels) {
        super(parent);
        this.labels = labels;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Article_chooseTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(Messages.Article_chooseColumn);
        filter = WidgetIds.tag(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH), "chooser.filter"); //$NON-NLS-1$
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> refill());
        list = WidgetIds.tag(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "chooser.list"); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        data.heightHint = 300;
        list.setLayoutData(data);
        list.addListener(SWT.Selection, e -> enable());
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        more = WidgetIds.tag(new Label(area, SWT.NONE), "chooser.more"); //$NON-NLS-1$
        more.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        refill();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetIds.tag(getButton(IDialogConstants.OK_ID), "chooser.ok").setText(Messages.Button_ok); //$NON-NLS-1$
        getButton(IDialogConstants.CANCEL_ID).setText(Messages.Button_cancel);
        enable();
    }

    private void refill() {
        String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
        shownIds.clear();
        List<String> shown = new ArrayList<>();
        int matches = 0;
        for (Map.Entry<String, String> column : labels.entrySet()) {
            if (column.getValue().toLowerCase(Locale.ROOT).contains(needle) && ++matches <= SHOWN) {
                shownIds.add(column.getKey());
                shown.add(column.getValue());
            }
        }
        list.setItems(shown.toArray(String[]::new));
        more.setText(matches > SHOWN ? NLS.bind(Messages.Article_moreColumns, matches - SHOWN) : ""); //$NON-NLS-1$
        enable();
    }

    private void enable() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(list.getSelectionIndex() >= 0);
        }
    }

    @Override
    protected void okPressed() {
        if (list.getSelectionIndex() >= 0) {
            chosen = shownIds.get(list.getSelectionIndex());
            super.okPressed();
        }
    }

    /** @return the id of the column chosen (after OK) */
    String chosen() {
        return chosen;
    }
}
