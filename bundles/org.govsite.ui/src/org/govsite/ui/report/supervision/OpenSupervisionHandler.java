package org.govsite.ui.report.supervision;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** 报表 > 监管年度报表: opens the supervision report's part (one per window), or brings it to the front. */
public class OpenSupervisionHandler {

    @Execute
    void execute(EPartService partService) {
        MPart part = partService.getParts().stream()
                .filter(p -> SupervisionPart.DESCRIPTOR_ID.equals(p.getElementId())).findFirst()
                .orElseGet(() -> partService.createPart(SupervisionPart.DESCRIPTOR_ID));
        partService.showPart(part, PartState.ACTIVATE);
    }
}
