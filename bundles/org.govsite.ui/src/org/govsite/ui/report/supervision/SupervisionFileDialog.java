package org.govsite.ui.report.supervision;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.Dialogs;

/** The save dialog of the supervision workbook ({@link Dialogs#saveXlsx}), proposing the year's file name. */
public final class SupervisionFileDialog implements SupervisionFileChooser {

    @Override
    public Optional<Path> choose(Shell shell, int year) {
        return Dialogs.saveXlsx(shell, Messages.Supervision_exportTitle,
                NLS.bind(Messages.Supervision_fileName, Integer.toString(year)) + ".xlsx"); //$NON-NLS-1$
    }
}
