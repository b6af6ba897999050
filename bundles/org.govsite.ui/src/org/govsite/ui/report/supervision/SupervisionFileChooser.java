package org.govsite.ui.report.supervision;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/** Asks where the supervision workbook is to be written (a save dialog in the workbench; tests answer with a file). */
@FunctionalInterface
public interface SupervisionFileChooser {

    /**
     * @param year the report's year (the dialog's default file name has it)
     * @return the file chosen, or empty when the operator cancelled
     */
    Optional<Path> choose(Shell shell, int year);
}
