package org.govsite.ui.migration;

import java.io.IOException;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.govsite.migration.batch.BatchRun;
import org.govsite.migration.batch.BatchStore;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.model.Platform;
import org.govsite.ui.Dialogs;
import org.govsite.ui.connect.Connections;

/**
 * The migration wizard on one batch: source → scope → extraction rules with live preview → column mapping → dry
 * run → import. Finish and Cancel both keep what was entered (the batch is saved); the dry run and the import save
 * it before they start.
 */
public final class MigrationWizard extends Wizard {
    private final BatchStore store;
    private final MigrationBatch batch;
    private final UISynchronize sync;
    private final Platform platform;
    private final Connections connections;
    private final MigrationFiles files;
    private SourcePage source;

    /**
     * @param platform the workbench's platform model (the target sites and columns), or null
     * @param connections the workbench's connections (the import's client), or null
     */
    public MigrationWizard(BatchStore store, MigrationBatch batch, UISynchronize sync, Platform platform,
            Connections connections, MigrationFiles files) {
        this.store = store;
        this.batch = batch;
        this.sync = sync;
        this.platform = platform;
        this.connections = connections;
        this.files = files;
        setWindowTitle(NLS.bind(Messages.Migration_wizardTitle, batch.name));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        source = new SourcePage(this);
        addPage(source);
        addPage(new ScopePage(this));
        addPage(new RulesPage(this));
        addPage(new MappingPage(this));
        addPage(new DryRunPage(this));
        addPage(new RunPage(this));
    }

    public MigrationBatch batch() {
        return batch;
    }

    UISynchronize sync() {
        return sync;
    }

    Platform platform() {
        return platform;
    }

    Connections connections() {
        return connections;
    }

    MigrationFiles files() {
        return files;
    }

    BatchRun runner() {
        return new BatchRun(store);
    }

    /** Saves the batch; a failure is shown. @return whether it was saved */
    boolean save() {
        try {
            store.save(batch);
            return true;
        } catch (IOException e) {
            Dialogs.error(getShell(), Messages.Migration_saveFailedTitle,
                    NLS.bind(Messages.Migration_saveFailed, store.folder(batch.id), e.getMessage()));
            return false;
        }
    }

    @Override
    public boolean canFinish() {
        return source.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        return save();
    }

    @Override
    public boolean performCancel() {
        save();
        return true;
    }
}
