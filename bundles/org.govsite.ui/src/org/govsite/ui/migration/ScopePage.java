package org.govsite.ui.migration;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.ui.WidgetIds;

/**
 * 范围: what a live crawl reads, as the audit crawler's scope (path prefixes, include and exclude expressions), the
 * CA certificate files its https connections trust besides the JDK's, its page limit and whether robots.txt is
 * obeyed. A mirror folder is read whole.
 */
final class ScopePage extends WizardPage {
    private final MigrationWizard wizard;

    ScopePage(MigrationWizard wizard) {
        super("scope"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_scopeTitle);
        setDescription(Messages.Migration_scopeDescription);
    }

    @Override
    public void createControl(Composite parent) {
        MigrationBatch batch = wizard.batch();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        Forms.lines(area, "migration.prefixes", Messages.Migration_prefixes, batch.pathPrefixes, v -> { //$NON-NLS-1$
            batch.pathPrefixes = v;
            validate();
        });
        Forms.lines(area, "migration.include", Messages.Migration_include, batch.include, v -> { //$NON-NLS-1$
            batch.include = v;
            validate();
        });
        Forms.lines(area, "migration.exclude", Messages.Migration_exclude, batch.exclude, v -> { //$NON-NLS-1$
            batch.exclude = v;
            validate();
        });
        Forms.lines(area, "migration.caCertificates", Messages.Migration_caCertificates, batch.caCertificates, v -> { //$NON-NLS-1$
            batch.caCertificates = v;
            validate();
        });
        new Label(area, SWT.NONE).setText(Messages.Migration_maxPages);
        Spinner pages = WidgetIds.tag(new Spinner(area, SWT.BORDER), "migration.maxPages"); //$NON-NLS-1$
        pages.setValues(batch.maxPages, 1, 1_000_000, 0, 100, 1000);
        pages.addListener(SWT.Modify, e -> {
            batch.maxPages = pages.getSelection();
            validate();
        });
        Button robots = WidgetIds.tag(new Button(area, SWT.CHECK), "migration.robots"); //$NON-NLS-1$
        robots.setText(Messages.Migration_robots);
        robots.setSelection(batch.honourRobots);
        robots.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        robots.addListener(SWT.Selection, e -> batch.honourRobots = robots.getSelection());
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Migration_scopeHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        setControl(area);
        validate();
    }

    private void validate() {
        try {
            BatchSources.crawlSettings(wizard.batch());
            setErrorMessage(null);
            setPageComplete(true);
        } catch (BatchException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }
}
