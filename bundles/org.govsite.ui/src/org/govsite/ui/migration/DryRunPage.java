package org.govsite.ui.migration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.migration.Duplicate;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.batch.BatchCounts;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.extract.Article;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;

/**
 * 试运行: the dry run as a cancellable job (nothing written but the batch's report), then its counts, the articles
 * per target column, the extraction failures, unresolved URLs and duplicates, and sample previews. The next page
 * opens once a dry run has finished.
 */
final class DryRunPage extends WizardPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd"); //$NON-NLS-1$
    private final MigrationWizard wizard;
    private Label summary;
    private TableViewer columns;
    private org.eclipse.swt.widgets.List problems;
    private org.eclipse.swt.widgets.List samples;

    DryRunPage(MigrationWizard wizard) {
        super("dryRun"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_dryRunTitle);
        setDescription(Messages.Migration_dryRunDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        JobPanel panel = new JobPanel(area, wizard.sync(), "migration.dryRun", Messages.Migration_startDryRun); //$NON-NLS-1$
        panel.start().addListener(SWT.Selection, e -> {
            if (!wizard.save()) {
                return;
            }
            setErrorMessage(null);
            panel.run(Messages.Migration_dryRunning,
                    JobPanel.unchecked(monitor -> wizard.runner().dryRun(wizard.batch(), monitor)), this::show,
                    this::setErrorMessage, Messages.Migration_cancelled);
        });
        summary = WidgetIds.tag(new Label(area, SWT.WRAP), "migration.dryRun.summary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText(counts(wizard.batch().counts));
        columns = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(columns.getTable(), "migration.dryRun.columns"); //$NON-NLS-1$
        columns.getTable().setHeaderVisible(true);
        columns.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(columns, Map.Entry.class, Messages.Migration_column, 200, e -> String.valueOf(e.getKey()));
        TableColumns.add(columns, Map.Entry.class, Messages.Migration_articles, 100, e -> String.valueOf(e.getValue()));
        GridData columnsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        columnsData.heightHint = 80;
        columns.getTable().setLayoutData(columnsData);
        new Label(area, SWT.NONE).setText(Messages.Migration_problems);
        problems = list(area, "migration.dryRun.problems"); //$NON-NLS-1$
        new Label(area, SWT.NONE).setText(Messages.Migration_samples);
        samples = list(area, "migration.dryRun.samples"); //$NON-NLS-1$
        setControl(area);
        setPageComplete(wizard.batch().status != BatchStatus.DRAFT);
    }

    private static org.eclipse.swt.widgets.List list(Composite area, String id) {
        org.eclipse.swt.widgets.List list = WidgetIds.tag(
                new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 80;
        list.setLayoutData(data);
        return list;
    }

    static String counts(BatchCounts counts) {
        return NLS.bind(Messages.Migration_counts, new Object[] { counts.pages(), counts.articles(),
                counts.extractionFailures(), counts.unresolved(), counts.duplicates() });
    }

    private void show(MigrationReport report) {
        summary.setText(counts(wizard.batch().counts));
        columns.setInput(report.articlesPerColumn().entrySet().toArray());
        List<String> lines = new ArrayList<>();
        for (UrlOutcome failure : report.extractionFailures()) {
            lines.add(NLS.bind(Messages.Migration_failureLine, failure.url(), failure.failure().reason()));
        }
        report.unresolved().forEach(url -> lines.add(NLS.bind(Messages.Migration_unresolvedLine, url)));
        for (Duplicate duplicate : report.duplicates()) {
            lines.add(NLS.bind(Messages.Migration_duplicateLine, duplicate.first(), duplicate.others()));
        }
        report.plan().listProblems().forEach(p -> lines.add(NLS.bind(Messages.Migration_listLine, p.line(), p.message())));
        problems.setItems(lines.toArray(String[]::new));
        List<String> previews = new ArrayList<>();
        report.samples().forEach((column, articles) -> {
            for (Article article : articles) {
                previews.add(column + "：" + article.title() + "（" //$NON-NLS-1$ //$NON-NLS-2$
                        + article.publication().map(DAY::format).orElse(Messages.Migration_undated) + "）"); //$NON-NLS-1$
            }
        });
        samples.setItems(previews.toArray(String[]::new));
        summary.getParent().layout(true);
        setPageComplete(true);
    }
}
