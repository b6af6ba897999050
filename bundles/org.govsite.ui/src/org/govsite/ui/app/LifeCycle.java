package org.govsite.ui.app;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.core.contexts.IEclipseContext;

/** Workbench life cycle: opens the local store before the model is rendered. */
public class LifeCycle {

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        context.set("org.govsite.started", Boolean.TRUE);
    }
}
