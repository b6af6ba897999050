package org.govsite.ui.sync;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.govsite.sync.Conflict;
import org.govsite.sync.Resolution;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Shows a sync conflict: my queued edit and the server's current record side by side, field by field (differing
 * fields marked), and lets the operator keep mine, take theirs, or merge with a choice per field. Closing it
 * decides nothing: the edit stays in conflict. Widget ids: {@code conflict.mine.<field>},
 * {@code conflict.theirs.<field>}, {@code conflict.pick.<field>.mine|theirs}, {@code conflict.keepMine},
 * {@code conflict.takeTheirs}, {@code conflict.merge}, {@code conflict.later}.
 */
public final class ConflictDialog extends Dialog {

    /** What the operator decided: the resolution and, for a merge, the merged record. */
    public record Decision(Resolution resolution, JsonNode merged) {
    }

    private static final int KEEP_MINE = IDialogConstants.CLIENT_ID + 1;
    private static final int TAKE_THEIRS = IDialogConstants.CLIENT_ID + 2;
    private static final int MERGE = IDialogConstants.CLIENT_ID + 3;

    private final Conflict conflict;
    private final JsonNode mine;
    private final JsonNode theirs;
    private final Map<String, Button> takeTheirs = new HashMap<>();
    private Decision decision;

    public ConflictDialog(Shell parent, Conflict conflict) {
        super(parent);
        this.conflict = conflict;
        this.mine = conflict.mine().isDelete() ? null : conflict.mine().data();
        this.theirs = conflict.theirs() == null ? null : conflict.theirs().data();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Conflict_title, conflict.mine().entity(), conflict.mine().id()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.Conflict_intro, conflict.mine().baseVersion(),
                conflict.theirs() == null ? "-" : conflict.theirs().version()));
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        FieldGrid fields = new FieldGrid(area, Messages.Conflict_field,
                conflict.mine().isDelete() ? Messages.Conflict_mineDeleted : Messages.Conflict_mine,
                theirs == null ? Messages.Conflict_theirsDeleted : Messages.Conflict_theirs, Messages.Conflict_pick);
        for (FieldMerge.Field field : FieldMerge.fields(mine, theirs)) {
            row(fields, field);
        }
        fields.done();
        return area;
    }

    private void row(FieldGrid fields, FieldMerge.Field field) {
        fields.name(field);
        fields.value("conflict.mine." + field.name(), field.mine(), field.differs(), false);
        fields.value("conflict.theirs." + field.name(), field.theirs(), field.differs(), false);
        Composite pick = new Composite(fields.grid(), SWT.NONE);
        pick.setLayout(new GridLayout(2, false));
        Button pickMine = WidgetIds.tag(new Button(pick, SWT.RADIO), "conflict.pick." + field.name() + ".mine");
        pickMine.setText(Messages.Conflict_pickMine);
        pickMine.setSelection(true);
        Button pickTheirs = WidgetIds.tag(new Button(pick, SWT.RADIO), "conflict.pick." + field.name() + ".theirs");
        pickTheirs.setText(Messages.Conflict_pickTheirs);
        pick.setEnabled(field.differs() && mine != null && theirs != null);
        takeTheirs.put(field.name(), pickTheirs);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, KEEP_MINE, Messages.Conflict_keepMine, false), "conflict.keepMine");
        WidgetIds.tag(createButton(parent, TAKE_THEIRS, Messages.Conflict_takeTheirs, false), "conflict.takeTheirs");
        Button merge = WidgetIds.tag(createButton(parent, MERGE, Messages.Conflict_merge, false), "conflict.merge");
        merge.setEnabled(mine != null && theirs != null);
        WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.Conflict_later, true), "conflict.later");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        decision = switch (buttonId) {
            case KEEP_MINE -> new Decision(Resolution.KEEP_MINE, null);
            case TAKE_THEIRS -> new Decision(Resolution.TAKE_THEIRS, null);
            case MERGE -> new Decision(Resolution.MERGE, FieldMerge.merge(mine, theirs, choices()));
            default -> null;
        };
        setReturnCode(decision == null ? CANCEL : OK);
        close();
    }

    private Map<String, FieldMerge.Side> choices() {
        Map<String, FieldMerge.Side> choices = new HashMap<>();
        takeTheirs.forEach((field, button) -> choices.put(field, button.getSelection() ? FieldMerge.Side.THEIRS : FieldMerge.Side.MINE));
        return choices;
    }

    /** The decision, or null when the dialog was closed without one. */
    public Decision decision() {
        return decision;
    }
}
