package org.govsite.ui.sync;

import java.util.LinkedHashMap;
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
import org.govsite.client.ClientException;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.Rejection;
import org.govsite.sync.Resolution;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Shows an edit the server rejected: its reason (the error code's localized message and the server's detail) and my
 * edit field by field, editable; the operator drops it or queues it again as corrected (a rejected delete is queued
 * again as it is, e.g. once the operator's key can sign it). Closing decides nothing: the edit stays rejected. Widget
 * ids: {@code rejected.reason}, {@code rejected.mine.<field>}, {@code rejected.drop}, {@code rejected.requeue},
 * {@code rejected.later}.
 */
public final class RejectedDialog extends Dialog {

    /** What the operator decided: drop ({@link Resolution#TAKE_THEIRS}) or queue again, with the corrected record. */
    public record Decision(Resolution resolution, JsonNode edited) {
    }

    private static final int DROP = IDialogConstants.CLIENT_ID + 1;
    private static final int REQUEUE = IDialogConstants.CLIENT_ID + 2;

    private final Rejection rejection;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private Decision decision;

    public RejectedDialog(Shell parent, Rejection rejection) {
        super(parent);
        this.rejection = rejection;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The reason for the operator: the code's message in their language and the server's detail. */
    public static String reason(Rejection rejection) {
        return ErrorCode.fromCode(rejection.code())
                .map(code -> new ClientException(code, code.httpStatus(), rejection.message()).getLocalizedMessage())
                .orElse(rejection.code() + ": " + rejection.message());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Rejected_title, rejection.mine().entity(), rejection.mine().id()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label reason = WidgetIds.tag(new Label(area, SWT.WRAP), "rejected.reason");
        reason.setText(NLS.bind(Messages.Rejected_intro, reason(rejection)));
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        reasonData.widthHint = 760;
        reason.setLayoutData(reasonData);
        boolean delete = rejection.mine().isDelete();
        FieldGrid grid = new FieldGrid(area, Messages.Conflict_field, delete ? Messages.Conflict_mineDeleted : Messages.Conflict_mine);
        for (FieldMerge.Field field : FieldMerge.fields(rejection.mine().data(), null)) {
            grid.name(field);
            fields.put(field.name(), grid.value("rejected.mine." + field.name(), field.mine(), false, !delete));
        }
        grid.done();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, DROP, Messages.Rejected_drop, false), "rejected.drop");
        WidgetIds.tag(createButton(parent, REQUEUE, Messages.Rejected_requeue, false), "rejected.requeue");
        WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Conflict_later, true), "rejected.later");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        decision = switch (buttonId) {
            case DROP -> new Decision(Resolution.TAKE_THEIRS, null);
            case REQUEUE -> rejection.mine().isDelete() ? new Decision(Resolution.KEEP_MINE, null)
                    : new Decision(Resolution.MERGE, FieldMerge.edited(rejection.mine().data(), texts()));
            default -> null;
        };
        setReturnCode(decision == null ? CANCEL : OK);
        close();
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((name, text) -> texts.put(name, text.getText()));
        return texts;
    }

    /** The decision, or null when the dialog was closed without one. */
    public Decision decision() {
        return decision;
    }
}
