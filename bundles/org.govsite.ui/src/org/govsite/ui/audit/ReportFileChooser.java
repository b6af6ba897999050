package org.govsite.ui.audit;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks where an audit report is to be written (a save dialog in the workbench; tests answer with a file of theirs).
 * The file's extension names the report's format (xlsx, csv, json, html).
 */
@FunctionalInterface
public interface ReportFileChooser {

    /** @return the file chosen, or empty when the operator cancelled */
    Optional<Path> choose(Shell shell);
}
