package org.govsite.ui.problems;

import java.util.ConcurrentModificationException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.model.Platform;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Problems view: the validation problems of the whole platform, re-validated in a job shortly after each edit.
 * Double-click opens the object's site editor. Widget ids: {@code problems.table}, {@code problems.summary}.
 */
public class ProblemsPart implements SessionListener {

    public static final String ID = "org.govsite.ui.part.problems";
    static final long DELAY_MS = 300;

    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final SiteEditors siteEditors;
    private final CommandStackListener commandListener = event -> scheduleValidation();
    private final Job validation = new Job(Messages.Problems_job) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Platform platform = session.platform();
            try {
                List<Problem> problems = GovSiteValidation.validate(platform, monitor);
                sync.asyncExec(() -> show(platform, problems));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (ConcurrentModificationException e) {
                // the model was edited on the UI thread while this job read it: validate again after the edit
                schedule(DELAY_MS);
                return Status.OK_STATUS;
            }
        }
    };

    private TableViewer viewer;
    private Label summary;

    @Inject
    public ProblemsPart(WorkbenchSession session, UISynchronize sync, SiteEditors siteEditors) {
        this.session = session;
        this.sync = sync;
        this.siteEditors = siteEditors;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), "problems.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(viewer.getTable(), "problems.table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Problem.class, Messages.Problems_severity, 90, p -> ProblemLabels.severity(p.severity()),
                p -> ProblemLabels.icon(p.severity()));
        TableColumns.add(viewer, Problem.class, Messages.Problems_message, 420, Problem::message);
        TableColumns.add(viewer, Problem.class, Messages.Problems_rule, 160, Problem::ruleId);
        TableColumns.add(viewer, Problem.class, Messages.Problems_path, 420, p -> ProblemLabels.path(p.target()));
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Problem problem) {
                siteEditors.open(problem.target());
            }
        });
        validation.setSystem(true);
        session.addListener(this);
        session.commandStack().addCommandStackListener(commandListener);
        scheduleValidation();
    }

    @Focus
    void setFocus() {
        viewer.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        validation.cancel();
        session.removeListener(this);
        session.commandStack().removeCommandStackListener(commandListener);
    }

    @Override
    public void platformChanged(Platform platform) {
        scheduleValidation();
    }

    private void scheduleValidation() {
        validation.cancel();
        validation.schedule(DELAY_MS);
    }

    private void show(Platform platform, List<Problem> problems) {
        if (viewer.getControl().isDisposed() || platform != session.platform()) {
            return;
        }
        viewer.setInput(problems);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        summary.setText(NLS.bind(Messages.Problems_summary, new Object[] { errors, problems.size() - errors }));
    }
}
