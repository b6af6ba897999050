package org.govsite.ui.connect;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.ui.WidgetIds;

/** The status bar's connection states (a tool control in the bottom trim), always visible. Widget id {@code status.connections}. */
public class ConnectionStatusControl {

    @Inject
    private Connections connections;
    @Inject
    private UISynchronize sync;

    private Label label;
    private final Runnable listener = () -> sync.asyncExec(this::refresh);

    @PostConstruct
    void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        area.setLayout(layout);
        label = WidgetIds.tag(new Label(area, SWT.NONE), "status.connections");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        label.setLayoutData(data);
        connections.addListener(listener);
        refresh();
    }

    @PreDestroy
    void dispose() {
        connections.removeListener(listener);
    }

    private void refresh() {
        if (!label.isDisposed()) {
            label.setText(ConnectionSummary.of(connections.all(), connections::state));
            label.setToolTipText(label.getText());
        }
    }
}
