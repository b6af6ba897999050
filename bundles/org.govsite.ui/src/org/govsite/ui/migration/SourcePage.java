package org.govsite.ui.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.ui.Controls;
import org.govsite.ui.WidgetIds;

/** 来源: the batch's name, the live site or the mirror folder, and the optional known-URL list (CSV or XLSX). */
final class SourcePage extends WizardPage {
    private final MigrationWizard wizard;
    private Text site;
    private Text mirror;
    private Text knownUrls;

    SourcePage(MigrationWizard wizard) {
        super("source"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_sourceTitle);
        setDescription(Messages.Migration_sourceDescription);
    }

    @Override
    public void createControl(Composite parent) {
        MigrationBatch batch = wizard.batch();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        Forms.text(area, "migration.name", Messages.Migration_name, batch.name, v -> changed(() -> batch.name = v)); //$NON-NLS-1$
        new Label(area, SWT.NONE);
        Button live = radio(area, "migration.live", Messages.Migration_live, batch.sourceKind == MigrationBatch.SourceKind.LIVE); //$NON-NLS-1$
        site = Forms.text(area, "migration.site", Messages.Migration_site, batch.site, v -> changed(() -> batch.site = v)); //$NON-NLS-1$
        new Label(area, SWT.NONE);
        Button mirrored = radio(area, "migration.mirror", Messages.Migration_mirror, batch.sourceKind == MigrationBatch.SourceKind.MIRROR); //$NON-NLS-1$
        mirror = Forms.text(area, "migration.mirrorFolder", Messages.Migration_mirrorFolder, batch.mirror, //$NON-NLS-1$
                v -> changed(() -> batch.mirror = v));
        Controls.push(area, "migration.mirrorBrowse", Messages.Migration_browse, () -> wizard.files() //$NON-NLS-1$
                .folder(getShell(), Messages.Migration_mirrorFolder).ifPresent(p -> mirror.setText(p.toString())));
        knownUrls = Forms.text(area, "migration.knownUrls", Messages.Migration_knownUrls, batch.knownUrls, //$NON-NLS-1$
                v -> changed(() -> batch.knownUrls = v));
        Controls.push(area, "migration.knownUrlsBrowse", Messages.Migration_browse, () -> wizard.files() //$NON-NLS-1$
                .open(getShell(), Messages.Migration_knownUrls, "*.csv;*.xlsx").ifPresent(p -> knownUrls.setText(p.toString()))); //$NON-NLS-1$
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Migration_knownUrlsHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        live.addListener(SWT.Selection, e -> changed(() -> batch.sourceKind = live.getSelection()
                ? MigrationBatch.SourceKind.LIVE : MigrationBatch.SourceKind.MIRROR));
        mirrored.addListener(SWT.Selection, e -> changed(() -> batch.sourceKind = mirrored.getSelection()
                ? MigrationBatch.SourceKind.MIRROR : MigrationBatch.SourceKind.LIVE));
        setControl(area);
        validate();
    }

    private static Button radio(Composite area, String id, String text, boolean selected) {
        Button radio = WidgetIds.tag(new Button(area, SWT.RADIO), id);
        radio.setText(text);
        radio.setSelection(selected);
        radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return radio;
    }

    private void changed(Runnable edit) {
        edit.run();
        validate();
    }

    private void validate() {
        if (site == null || knownUrls == null) {
            return; // still being built
        }
        MigrationBatch batch = wizard.batch();
        site.setEnabled(batch.sourceKind == MigrationBatch.SourceKind.LIVE);
        mirror.setEnabled(batch.sourceKind == MigrationBatch.SourceKind.MIRROR);
        String problem = problem(batch);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** @return what is wrong with the source, or null */
    static String problem(MigrationBatch batch) {
        if (batch.name.isBlank()) {
            return Messages.Migration_nameRequired;
        }
        if (batch.sourceKind == MigrationBatch.SourceKind.LIVE) {
            try {
                BatchSources.site(batch.site);
            } catch (BatchException e) {
                return e.getMessage();
            }
        } else if (batch.mirror.isBlank() || !Files.isDirectory(Path.of(batch.mirror.strip()))) {
            return NLS.bind(Messages.Migration_noMirror, batch.mirror);
        }
        String list = batch.knownUrls.strip();
        if (!list.isEmpty()) {
            String lower = list.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) { //$NON-NLS-1$ //$NON-NLS-2$
                return NLS.bind(Messages.Migration_listType, list);
            }
            if (!Files.isRegularFile(Path.of(list))) {
                return NLS.bind(Messages.Migration_listMissing, list);
            }
        }
        return null;
    }
}
