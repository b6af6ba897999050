package org.govsite.ui.audit;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * 审计 > 审计 / 平台: switches the window to the Audit perspective (explorer, Findings, Audit Dashboard) or back to the
 * Platform perspective; the perspective's id is the command's parameter.
 */
public class SwitchPerspectiveHandler {

    static final String PARAMETER = "org.govsite.ui.commandparameter.perspective"; //$NON-NLS-1$

    @Execute
    void execute(@Named(PARAMETER) String perspective, EPartService partService) {
        partService.switchPerspective(perspective);
    }
}
