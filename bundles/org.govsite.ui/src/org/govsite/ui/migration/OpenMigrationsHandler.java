package org.govsite.ui.migration;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** 迁移 > 迁移批次: opens the Migrations view (one per window), or brings it to the front. */
public class OpenMigrationsHandler {
    /** The view's part descriptor. */
    public static final String DESCRIPTOR_ID = "org.govsite.ui.partdescriptor.migrations"; //$NON-NLS-1$

    @Execute
    void execute(EPartService partService) {
        MPart part = partService.getParts().stream().filter(p -> DESCRIPTOR_ID.equals(p.getElementId())).findFirst()
                .orElseGet(() -> partService.createPart(DESCRIPTOR_ID));
        partService.showPart(part, PartState.ACTIVATE);
    }
}
