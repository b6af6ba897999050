package org.govsite.ui.migration;

import java.net.URI;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.ui.Controls;
import org.govsite.ui.WidgetIds;

/**
 * Asks where the verification sends its requests: through the platform's address with the old host (before the DNS
 * change), or, left empty, to the old addresses directly. Widget ids: {@code migration.through},
 * {@code migration.through.ok}, {@code migration.through.cancel}.
 */
final class ThroughDialog extends InputDialog {

    /** @param proposed the address proposed (the batch's connection's platform), may be empty */
    ThroughDialog(Shell parent, String proposed) {
        super(parent, Messages.Migration_verify, Messages.Migration_through, proposed, value -> {
            if (value.isBlank()) {
                return null;
            }
            try {
                BatchSources.site(value.strip());
                return null;
            } catch (BatchException e) {
                return e.getMessage();
            }
        });
    }

    /** @return the address chosen, or null for the old addresses directly (after OK) */
    URI through() {
        return getValue().isBlank() ? null : URI.create(getValue().strip());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Control area = super.createDialogArea(parent);
        WidgetIds.tag(getText(), "migration.through"); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "migration.through"); //$NON-NLS-1$
    }
}
