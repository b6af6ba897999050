package org.govsite.ui.sync;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
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
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
        GridData scrollData = new GridData(SWT.FILL, SWT.FILL, true, true);
        scrollData.widthHint = 760;
        scrollData.heightHint = 360;
        scroll.setLayoutData(scrollData);
        Composite grid = new Composite(scroll, SWT.NONE);
        grid.setLayout(new GridLayout(4, false));
        header(grid, Messages.Conflict_field);
        header(grid, conflict.mine().isDelete() ? Messages.Conflict_mineDeleted : Messages.Conflict_mine);
        header(grid, theirs == null ? Messages.Conflict_theirsDeleted : Messages.Conflict_theirs);
        header(grid, Messages.Conflict_pick);
        for (FieldMerge.Field field : FieldMerge.fields(mine, theirs)) {
            row(grid, field);
        }
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return area;
    }

    private static void header(Composite grid, String text) {
        Label label = new Label(grid, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getBannerFont());
    }

    private void row(Composite grid, FieldMerge.Field field) {
        Label name = new Label(grid, SWT.NONE);
        name.setText(field.differs() ? "\u25cf " + field.name() : field.name());
        value(grid, "conflict.mine." + field.name(), field.mine(), field.differs());
        value(grid, "conflict.theirs." + field.name(), field.theirs(), field.differs());
        Composite pick = new Composite(grid, SWT.NONE);
        pick.setLayout(new GridLayout(2, false));
        Button pickMine = WidgetIds.tag(new Button(pick, SWT.RADIO), "conflict.pick." + field.name() + ".mine");
        pickMine.setText(Messages.Conflict_pickMine);
        pickMine.setSelection(true);
        Button pickTheirs = WidgetIds.tag(new Button(pick, SWT.RADIO), "conflict.pick." + field.name() + ".theirs");
        pickTheirs.setText(Messages.Conflict_pickTheirs);
        pick.setEnabled(field.differs() && mine != null && theirs != null);
        takeTheirs.put(field.name(), pickTheirs);
    }

    private static void value(Composite grid, String id, JsonNode value, boolean differs) {
        Text text = WidgetIds.tag(new Text(grid, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI), id);
        text.setText(value == null ? "" : value.isTextual() ? value.asText() : value.toString());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 240;
        text.setLayoutData(data);
        if (differs) {
            Color highlight = grid.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND);
            text.setBackground(highlight);
        }
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
