package org.govsite.ui.migration;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.govsite.migration.batch.BatchStore;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.WorkbenchSession;

/** 迁移 > 新建迁移批次: a draft batch in the workspace and the migration wizard on it. */
public class NewMigrationHandler {

    @Execute
    void execute(BatchStore store, UISynchronize sync, @Optional WorkbenchSession session,
            @Optional Connections connections, MigrationFiles files, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new MigrationActions(store, sync, session == null ? null : session.platform(), connections, files)
                .create(shell);
    }
}
