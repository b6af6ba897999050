package org.govsite.ui.migration;

import java.io.IOException;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.govsite.migration.batch.BatchRun;
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
    private final MigrationActions workbench;
    private final MigrationBatch batch;
    private SourcePage source;

    /** @param workbench what the wizard works with: the batches, the platform model, the connections, the files */
    MigrationWizard(MigrationActions workbench, MigrationBatch batch) {
        this.workbench = workbench;
        this.batch = batch;
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

    MigrationActions actions() {
        return workbench;
    }

    UISynchronize sync() {
        return workbench.sync();
    }

    Platform platform() {
        return workbench.platform();
    }

    Connections connections() {
        return workbench.connections();
    }

    MigrationFiles files() {
        return workbench.files();
    }

    BatchRun runner() {
        return new BatchRun(workbench.store());
    }

    /** Saves the batch; a failure is shown. @return whether it was saved */
    boolean save() {
        try {
            workbench.store().save(batch);
            return true;
        } catch (IOException e) {
            Dialogs.error(getShell(), Messages.Migration_saveFailedTitle,
                    NLS.bind(Messages.Migration_saveFailed, workbench.store().folder(batch.id), e.getMessage()));
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
