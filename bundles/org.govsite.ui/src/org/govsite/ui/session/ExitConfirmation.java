package org.govsite.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Messages;

/**
 * Before the workbench closes: offers to save unsaved edits (Save, Don't Save, Cancel): the platform's and those of
 * the open parts keeping their own files ({@link OwnFilesPart}).
 */
public final class ExitConfirmation {

    private static final int SAVE = 0;
    private static final int DISCARD = 1;

    private ExitConfirmation() {
    }

    /**
     * @param parts the window's parts; the dirty ones keeping their own files are offered too
     * @return whether the workbench may close: nothing unsaved, everything saved, or the user chose not to save
     */
    public static boolean confirm(WorkbenchSession session, Collection<MPart> parts, Shell shell) {
        List<MPart> unsaved = parts.stream().filter(part -> part.isDirty() && part.getObject() instanceof OwnFilesPart)
                .toList();
        if (!session.isDirty() && unsaved.isEmpty()) {
            return true;
        }
        int answer = new MessageDialog(shell, Messages.Quit_title, null, question(session, unsaved),
                MessageDialog.QUESTION, 0, Messages.Quit_save, Messages.Quit_discard, Messages.Quit_cancel).open();
        if (answer != SAVE) {
            return answer == DISCARD;
        }
        for (MPart part : unsaved) {
            if (!((OwnFilesPart) part.getObject()).save()) {
                return false;
            }
        }
        return !session.isDirty() || SessionSaver.saveWithDialog(session, shell);
    }

    private static String question(WorkbenchSession session, List<MPart> unsaved) {
        if (unsaved.isEmpty()) {
            return Messages.Quit_unsaved;
        }
        List<String> names = new ArrayList<>();
        if (session.isDirty()) {
            names.add(Messages.Quit_platform);
        }
        unsaved.forEach(part -> names.add(part.getLocalizedLabel()));
        return NLS.bind(Messages.Quit_unsavedParts, String.join("\n", names)); //$NON-NLS-1$
    }
}
