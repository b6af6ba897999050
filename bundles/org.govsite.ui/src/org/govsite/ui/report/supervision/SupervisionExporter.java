package org.govsite.ui.report.supervision;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.govsite.model.validation.Severity;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.SupervisionReport;
import org.govsite.ui.Dialogs;
import org.govsite.ui.session.UiJobs;

/**
 * 导出… of the supervision part: refused while a count is not a whole number; the report's errors listed and asked
 * about first; then the file chosen and the workbook written in a job (progress and cancel), a failure shown.
 */
final class SupervisionExporter {
    private final UISynchronize sync;
    private final SupervisionFileChooser chooser;
    private final ReportTexts texts;
    private final int percent;

    SupervisionExporter(UISynchronize sync, SupervisionFileChooser chooser, ReportTexts texts, int percent) {
        this.sync = sync;
        this.chooser = chooser;
        this.texts = texts;
        this.percent = percent;
    }

    /** @param notNumbers the counts typed that are not whole numbers */
    void export(Shell shell, List<Problem> notNumbers, SupervisionReport report) {
        if (!notNumbers.isEmpty()) {
            Dialogs.error(shell, Messages.Supervision_exportTitle,
                    NLS.bind(Messages.Supervision_notNumbers, lines(notNumbers, texts)));
            return;
        }
        List<Problem> errors = report.validate().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty() && !Dialogs.confirm(shell, Messages.Supervision_exportTitle,
                NLS.bind(Messages.Supervision_exportErrors, lines(errors, texts)))) {
            return;
        }
        chooser.choose(shell, report.year()).ifPresent(file -> UiJobs.run(
                NLS.bind(Messages.Supervision_exportJob, file), sync,
                monitor -> SupervisionExport.write(report, percent, texts, file, monitor), written -> {
                }, e -> Dialogs.error(shell, Messages.Supervision_exportTitle, e.getMessage())));
    }

    /** @return the problems' messages in this language, one a line */
    static String lines(List<Problem> problems, ReportTexts texts) {
        return problems.stream().map(p -> p.message(texts)).collect(Collectors.joining("\n")); //$NON-NLS-1$
    }
}
