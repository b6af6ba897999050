package org.govsite.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.model.query.PlatformFilter;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.edit.ColumnTreeSupport;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

/**
 * Platform Explorer: a filter box above a virtual tree of platform, organisations, sites, columns, topics and
 * channels. Widget ids: {@code explorer.filter}, {@code explorer.status}, {@code explorer.tree},
 * {@code explorer.menu.*}, {@code explorer.rename}.
 */
public class PlatformExplorerPart implements SessionListener {

    public static final String ID = "org.govsite.ui.part.explorer";
    static final int FILTER_DELAY_MS = 150;
    static final int EXPANDED_MATCHES = 200;
    /**
     * Expanding a path of the lazy tree costs a few milliseconds, so a filter's matches are expanded into view a
     * few paths per turn of the event loop: the filtered tree shows at once and typing is never held up.
     */
    static final int EXPANSIONS_PER_TURN = 4;
    /**
     * Pause after a model change before the filter's snapshot of the model is rebuilt (and an active filter
     * re-applied), so that a burst of edits costs one rebuild and typing a filter finds the snapshot ready.
     */
    static final int SNAPSHOT_DELAY_MS = 300;

    private final WorkbenchSession session;
    private final ESelectionService selectionService;
    private final SiteEditors siteEditors;
    private final MPart part;
    private final CommandStackListener commandListener = event -> modelChanged();
    private final Runnable applyFilter = this::applyFilter;
    private final Runnable buildSnapshot = this::snapshot;
    private final Runnable expandPending = this::expandPending;
    private final Deque<TreePath> pendingExpansions = new ArrayDeque<>();

    private TreeViewer viewer;
    private ExplorerContentProvider content;
    private Text filterText;
    private Label status;
    private PlatformFilter filter;

    @Inject
    public PlatformExplorerPart(WorkbenchSession session, ESelectionService selectionService, SiteEditors siteEditors,
            MPart part) {
        this.session = session;
        this.selectionService = selectionService;
        this.siteEditors = siteEditors;
        this.part = part;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filterText = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "explorer.filter");
        filterText.setMessage(Messages.Explorer_filterHint);
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addListener(SWT.Modify, e -> {
            e.display.timerExec(-1, applyFilter);
            e.display.timerExec(FILTER_DELAY_MS, applyFilter);
        });
        filterText.addListener(SWT.DefaultSelection, e -> applyFilter());
        status = WidgetIds.tag(new Label(parent, SWT.NONE), "explorer.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(viewer.getTree(), "explorer.tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        content = new ExplorerContentProvider(viewer);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new ExplorerLabelProvider(content::tree));
        viewer.addSelectionChangedListener(e -> selectionService.setSelection(selected(viewer.getStructuredSelection())));
        viewer.addDoubleClickListener(e -> open(viewer.getStructuredSelection().getFirstElement()));
        ColumnTreeSupport.install(viewer, session, "explorer", () -> null);
        NewSiteItemMenu.install(viewer, siteEditors);

        session.addListener(this);
        session.commandStack().addCommandStackListener(commandListener);
        platformChanged(session.platform());
        dirtyChanged(session.isDirty());
    }

    @Focus
    void setFocus() {
        viewer.getTree().setFocus();
    }

    @Persist
    void save() {
        SessionSaver.saveWithDialog(session, viewer.getTree().getShell());
    }

    @PreDestroy
    void dispose() {
        session.removeListener(this);
        session.commandStack().removeCommandStackListener(commandListener);
        Display.getCurrent().timerExec(-1, applyFilter);
        Display.getCurrent().timerExec(-1, buildSnapshot);
    }

    @Override
    public void platformChanged(Platform platform) {
        filter = null;
        showTree(new ExplorerTree(platform, currentFilterResult()));
        viewer.expandToLevel(platform, 1);
        viewer.getControl().getDisplay().timerExec(SNAPSHOT_DELAY_MS, buildSnapshot);
    }

    @Override
    public void dirtyChanged(boolean dirty) {
        part.setDirty(dirty);
    }

    private void modelChanged() {
        filter = null;
        content.setTree(content.tree().afterEdit());
        viewer.refresh();
        Runnable rebuild = filterText.getText().isEmpty() ? buildSnapshot : applyFilter;
        viewer.getControl().getDisplay().timerExec(-1, rebuild);
        viewer.getControl().getDisplay().timerExec(SNAPSHOT_DELAY_MS, rebuild);
    }

    /** Applies the filter text now (typing applies it after a short pause). */
    void applyFilter() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        ExplorerTree tree = new ExplorerTree(session.platform(), currentFilterResult());
        showTree(tree);
        pendingExpansions.clear();
        if (!filterText.getText().isEmpty()) {
            pendingExpansions.addAll(ancestorPaths(tree, tree.firstMatches(EXPANDED_MATCHES)));
            expandPending();
        } else {
            viewer.expandToLevel(tree.platform(), 1);
        }
    }

    /** Expands the next few paths to the filter's matches and comes back for the rest on a later turn. */
    private void expandPending() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        for (int i = 0; i < EXPANSIONS_PER_TURN && !pendingExpansions.isEmpty(); i++) {
            viewer.setExpandedState(pendingExpansions.poll(), true);
        }
        if (!pendingExpansions.isEmpty()) {
            viewer.getControl().getDisplay().asyncExec(expandPending);
        }
    }

    private PlatformFilter snapshot() {
        if (filter == null) {
            filter = new PlatformFilter(session.platform());
        }
        return filter;
    }

    private PlatformFilter.Result currentFilterResult() {
        String text = filterText.getText().strip();
        if (text.isEmpty()) {
            status.setText("");
            return null;
        }
        PlatformFilter.Result result = snapshot().apply(text);
        status.setText(org.eclipse.osgi.util.NLS.bind(Messages.Explorer_matches, result.matchCount()));
        return result;
    }

    private void showTree(ExplorerTree tree) {
        content.setTree(tree);
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(ExplorerContentProvider.ROOT);
            viewer.setChildCount(ExplorerContentProvider.ROOT, 1);
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private static Set<TreePath> ancestorPaths(ExplorerTree tree, List<Object> matches) {
        Set<TreePath> paths = new LinkedHashSet<>();
        for (Object match : matches) {
            List<Object> path = tree.pathTo(match);
            for (int length = 1; length < path.size(); length++) {
                paths.add(new TreePath(path.subList(0, length).toArray()));
            }
        }
        return paths;
    }

    private void open(Object element) {
        if (element instanceof Site || element instanceof Column || element instanceof Topic || element instanceof Channel) {
            siteEditors.open((EObject) element);
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    static Object selected(IStructuredSelection selection) {
        return selection.size() == 1 ? selection.getFirstElement() : selection.toList();
    }
}
