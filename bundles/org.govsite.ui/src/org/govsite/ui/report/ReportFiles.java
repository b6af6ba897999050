package org.govsite.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the operator for the annual report's files (file dialogs in the workbench, {@link ReportFileDialogs}; tests
 * answer with files of theirs). Every method answers empty when the operator cancelled.
 */
public interface ReportFiles {

    /** @return the statistics JSON file (the statistics contract) of {@code year} */
    Optional<Path> statistics(Shell shell, int year);

    /** @return the access-log files (plain or gzip) to import; a folder stands for its files */
    List<Path> accessLogs(Shell shell);

    /** @return where to write an XLSX, proposed under {@code fileName} */
    Optional<Path> target(Shell shell, String fileName);
}
