package org.govsite.ui.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.govsite.client.PlatformClient;
import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.BatchStatus;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionState;
import org.govsite.ui.session.UiJobs;

/**
 * 导入: the connection the articles go through (logged in; its operator a content editor), the default source and
 * the time of undated articles (optional), then the import as a cancellable job (a warning names the mapping's
 * columns the connection's platform lacks); the batch is saved before and after, and a later run (here or from the
 * Migrations view) resumes from the journal. Once the batch is imported, step 6 is offered below as in the Migrations
 * view ({@link AfterActions}: publish the redirects, export them, publish the notice, verify).
 */
final class RunPage extends WizardPage {
    private final MigrationWizard wizard;
    private final List<Connection> connections = new ArrayList<>();
    private Combo connection;
    private Label summary;
    private org.eclipse.swt.widgets.List failures;
    private JobPanel panel;
    /** Step 6 once the batch is imported: the Migrations view's four steps. */
    private JobPanel after;
    /** The mapping's columns the chosen connection's platform lacks, as a warning; null: none (or not known yet). */
    private String unknownColumns;
    /** Counts the checks started: the answer of one overtaken by another is dropped. */
    private int checks;

    RunPage(MigrationWizard wizard) {
        super("run"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_runTitle);
        setDescription(Messages.Migration_runDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.Migration_connection);
        connection = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "migration.connection"); //$NON-NLS-1$
        connection.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (wizard.connections() != null) {
            connections.addAll(wizard.connections().all());
        }
        connection.setItems(connections.stream().map(Connection::name).toArray(String[]::new));
        for (int i = 0; i < connections.size(); i++) {
            if (connections.get(i).id().equals(wizard.batch().connection)) {
                connection.select(i);
            }
        }
        connection.addListener(SWT.Selection, e -> {
            wizard.batch().connection = connections.get(connection.getSelectionIndex()).id();
            validate();
            checkColumns();
        });
        Forms.text(area, "migration.defaultSource", Messages.Migration_defaultSource, wizard.batch().defaultSource, //$NON-NLS-1$
                v -> {
                    wizard.batch().defaultSource = v;
                    validate();
                });
        Forms.text(area, "migration.undatedTime", Messages.Migration_undatedTime, wizard.batch().undatedTime, //$NON-NLS-1$
                v -> {
                    wizard.batch().undatedTime = v;
                    validate();
                });
        panel = new JobPanel(area, wizard.sync(), "migration.import", Messages.Migration_startImport); //$NON-NLS-1$
        panel.start().addListener(SWT.Selection, e -> start());
        summary = WidgetIds.tag(new Label(area, SWT.WRAP), "migration.import.summary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        failures = WidgetIds.tag(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                "migration.import.failures"); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = 100;
        failures.setLayoutData(data);
        after = new JobPanel(area, wizard.sync(), "migration.after.publishRedirects", Messages.Migration_publishRedirects); //$NON-NLS-1$
        AfterActions steps = new AfterActions(wizard.actions(), after, () -> { });
        Shell shell = parent.getShell();
        after.start().addListener(SWT.Selection, e -> steps.publishRedirects(shell, wizard.batch()));
        after.addStart("migration.after.exportRedirects", Messages.Migration_exportRedirects) //$NON-NLS-1$
                .addListener(SWT.Selection, e -> steps.exportRedirects(shell, wizard.batch()));
        after.addStart("migration.after.publishNotice", Messages.Migration_publishNotice) //$NON-NLS-1$
                .addListener(SWT.Selection, e -> steps.publishNotice(shell, wizard.batch()));
        after.addStart("migration.after.verify", Messages.Migration_verify) //$NON-NLS-1$
                .addListener(SWT.Selection, e -> steps.verify(shell, wizard.batch()));
        setControl(area);
        validate();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            checkColumns(); // the mapping may have changed on its page
        }
    }

    /**
     * Reads the chosen connection's platform in a job and warns of the mapping's columns it lacks (their articles would
     * fail); the import stays possible (a re-import takes them once the columns exist).
     */
    private void checkColumns() {
        int index = connection.getSelectionIndex();
        int check = ++checks;
        unknownColumns = null;
        if (index < 0 || wizard.connections().state(connections.get(index).id()) != ConnectionState.LOGGED_IN) {
            validate();
            return;
        }
        PlatformClient client = wizard.connections().client(connections.get(index).id());
        MigrationBatch batch = wizard.batch();
        UiJobs.run(Messages.Migration_checkingColumns, wizard.sync(),
                JobPanel.unchecked(monitor -> BatchSources.unknownColumns(batch, client)), problems -> {
                    if (check != checks || getControl().isDisposed()) {
                        return;
                    }
                    unknownColumns = problems.isEmpty() ? null : NLS.bind(Messages.Migration_unknownColumns,
                            problems.stream().map(p -> NLS.bind(Messages.Migration_unknownColumn, p.line(), p.message()))
                                    .collect(Collectors.joining(Messages.Migration_listSeparator)));
                    validate();
                }, failure -> {
                    // the platform could not be read now: the import says why if it cannot either
                });
    }

    private void start() {
        if (!wizard.save()) {
            return;
        }
        MigrationActions actions = wizard.actions();
        if (!actions.startImport(wizard.batch().id)) {
            setErrorMessage(Messages.Migration_alreadyImporting);
            return;
        }
        String id = wizard.batch().connection;
        panel.run(Messages.Migration_importing, JobPanel.unchecked(
                monitor -> wizard.runner().importArticles(wizard.batch(), wizard.connections().client(id), monitor)),
                this::show, this::setErrorMessage, Messages.Migration_importCancelled,
                () -> actions.release(wizard.batch().id));
        validate();
    }

    private void show(MigrationReport report) {
        summary.setText(imported(wizard.batch().counts.imported(), wizard.batch().counts.failed()));
        failures.setItems(report.imports(ImportResult.Status.FAILED).stream()
                .map(r -> NLS.bind(Messages.Migration_failureLine, r.url(), r.reason())).toArray(String[]::new));
        summary.getParent().layout(true);
        validate();
    }

    static String imported(int imported, int failed) {
        return NLS.bind(Messages.Migration_importCounts, imported, failed);
    }

    /** @return why the time of undated articles is not one, or {@code null} */
    private String undatedTimeProblem() {
        try {
            BatchSources.undatedTime(wizard.batch());
            return null;
        } catch (BatchException e) {
            return e.getMessage();
        }
    }

    private void validate() {
        String problem = null;
        int index = connection.getSelectionIndex();
        if (index < 0) {
            problem = connections.isEmpty() ? Messages.Migration_noConnections : Messages.Migration_chooseConnection;
        } else if (wizard.connections().state(connections.get(index).id()) != ConnectionState.LOGGED_IN) {
            problem = NLS.bind(Messages.Migration_notLoggedIn, connections.get(index).name());
        } else if (wizard.batch().defaultSource.isBlank() || wizard.batch().defaultSource.strip().length() > 200) {
            problem = Messages.Migration_defaultSourceInvalid;
        } else {
            problem = undatedTimeProblem();
        }
        setErrorMessage(problem);
        setMessage(problem == null ? unknownColumns : null, IMessageProvider.WARNING);
        panel.start().setEnabled(problem == null && !panel.running());
        after.enable(wizard.batch().status == BatchStatus.IMPORTED && !panel.running());
        setPageComplete(true);
    }
}
