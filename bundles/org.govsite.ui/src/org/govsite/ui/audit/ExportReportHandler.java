package org.govsite.ui.audit;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

/**
 * 审计 > 导出审计报告: the Findings view's export (its site filter respected) when the view is open, else the latest
 * run of every site.
 */
public class ExportReportHandler {

    @Execute
    void execute(AuditCenter center, UISynchronize sync, ReportFileChooser chooser, EPartService parts,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        parts.getParts().stream().map(MPart::getObject).filter(FindingsPart.class::isInstance)
                .map(FindingsPart.class::cast).findFirst().ifPresentOrElse(FindingsPart::exportReport,
                        () -> new ReportExporter(center, sync, chooser).export(shell, null));
    }
}
