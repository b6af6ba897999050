package org.govsite.ui.app;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.govsite.ui.session.ExitConfirmation;
import org.govsite.ui.session.WorkbenchSession;
import org.osgi.service.event.Event;

/**
 * Closing the main window asks the same question as File > Exit (save, don't save, cancel) in the user's
 * language, instead of e4's per-part save prompt, for the platform and the report parts' unsaved entries.
 */
public class WindowCloseAddon {

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
            WorkbenchSession session) {
        for (MWindow window : application.getChildren()) {
            window.getContext().set(IWindowCloseHandler.class,
                    closing -> ExitConfirmation.confirm(session,
                            window.getContext().get(EPartService.class).getParts(), (Shell) closing.getWidget()));
        }
    }
}
