package org.govsite.ui.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.ids.Ids;
import org.govsite.store.StoreException;
import org.govsite.store.replica.Replica;
import org.govsite.sync.ColumnArticles;
import org.govsite.sync.ColumnArticles.Listing;
import org.govsite.sync.ColumnArticles.Row;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 信息资源库 Resource Library: the articles of the column selected in the explorer, when the explorer shows a
 * platform opened from a connection's replica, read from that replica (so also offline) newest first
 * ({@link ColumnArticles}: the listing read in a job, then shown {@value #PAGE} at a time), filtered by title, source
 * or author as the operator types (in memory: the replica is read again by 刷新 Refresh and after each change here). New, edited and deleted articles are queued in
 * the replica's outbox, durably, and pushed by 同步 Synchronize like the explorer's edits (conflicts and rejections
 * open the sync dialogs). Widget ids: {@code library.header}, {@code library.filter}, {@code library.subColumns},
 * {@code library.table},
 * {@code library.new}, {@code library.edit}, {@code library.delete}, {@code library.more}, {@code library.refresh}.
 */
public class LibraryPart {

    /** Articles read per page. */
    static final int PAGE = 200;

    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final SessionListener platformListener = this::platformChanged;
    private Label header;
    private Text filter;
    private Button subColumns;
    private TableViewer viewer;
    private Button newArticle;
    private Button edit;
    private Button delete;
    private Button more;
    private Column column;
    private final List<Row> rows = new ArrayList<>();
    /** The column's articles as last read, and those the filter keeps. */
    private Listing all;
    private Listing listing;
    private int readTicket;

    @Inject
    public LibraryPart(WorkbenchSession session, UISynchronize sync) {
        this.session = session;
        this.sync = sync;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = WidgetIds.tag(new Label(parent, SWT.WRAP), "library.header"); //$NON-NLS-1$
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "library.filter"); //$NON-NLS-1$
        filter.setMessage(Messages.Library_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        subColumns = WidgetIds.tag(new Button(parent, SWT.CHECK), "library.subColumns"); //$NON-NLS-1$
        subColumns.setText(Messages.Library_subColumns);
        subColumns.setSelection(true);
        subColumns.addListener(SWT.Selection, e -> reload());
        filter.addListener(SWT.Modify, e -> filtered());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.tag(viewer.getTable(), "library.table"); //$NON-NLS-1$
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Row.class, Messages.Article_title, 320, Row::title);
        TableColumns.add(viewer, Row.class, Messages.Library_published, 130, row -> text(row, "publishedAt")); //$NON-NLS-1$
        TableColumns.add(viewer, Row.class, Messages.Article_source, 160, row -> text(row, "source")); //$NON-NLS-1$
        TableColumns.add(viewer, Row.class, Messages.Article_author, 90, row -> text(row, "author")); //$NON-NLS-1$
        TableColumns.add(viewer, Row.class, Messages.Library_state, 110, row -> state(row.state()));
        viewer.addSelectionChangedListener(e -> enable());
        viewer.addDoubleClickListener(e -> edit());
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        newArticle = button(buttons, Messages.Library_new, "library.new", this::create); //$NON-NLS-1$
        edit = button(buttons, Messages.Library_edit, "library.edit", this::edit); //$NON-NLS-1$
        delete = button(buttons, Messages.Library_delete, "library.delete", this::delete); //$NON-NLS-1$
        more = button(buttons, Messages.Library_more, "library.more", this::readMore); //$NON-NLS-1$
        button(buttons, Messages.Library_refresh, "library.refresh", this::reload); //$NON-NLS-1$
        session.addListener(platformListener);
        showColumn(column);
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * The column selected in the explorer; also the one selected before the part was first shown (e4 creates a part
     * when its tab is first shown, and injects the selection before its controls exist).
     */
    @Inject
    void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (selection instanceof Column selected && selected != column) {
            if (viewer == null) {
                column = selected;
            } else {
                showColumn(selected);
            }
        }
    }

    @Focus
    void setFocus() {
        viewer.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(platformListener);
    }

    private void platformChanged(Platform platform) {
        showColumn(null);
    }

    /** Lists the column's articles (null: none selected). */
    private void showColumn(Column selected) {
        column = selected;
        reload();
    }

    private void reload() {
        rows.clear();
        all = null;
        listing = null;
        Optional<Replica> replica = session.replica();
        if (column == null || replica.isEmpty() || site(column) == null) {
            header.setText(replica.isEmpty() ? Messages.Library_noReplica : Messages.Library_selectColumn);
            viewer.setInput(List.of());
            enable();
            return;
        }
        Column reading = column;
        boolean withSubColumns = subColumns.getSelection();
        int ticket = ++readTicket;
        UiJobs.run(NLS.bind(Messages.Library_reading, reading.getName()), sync,
                monitor -> ColumnArticles.list(replica.get(), ids(reading, withSubColumns), monitor), read -> {
                    if (ticket == readTicket && !viewer.getControl().isDisposed()) {
                        all = read;
                        filtered();
                    }
                }, e -> Dialogs.error(viewer.getControl().getShell(), Messages.Library_failed, e.getMessage()));
    }

    /** Shows the first page of the articles read that the filter keeps. */
    private void filtered() {
        if (all != null) {
            rows.clear();
            listing = ColumnArticles.filter(all, filter.getText());
            show(ColumnArticles.rows(session.replica().orElseThrow(), listing, 0, PAGE));
        }
    }

    private void readMore() {
        if (listing != null) {
            show(ColumnArticles.rows(session.replica().orElseThrow(), listing, rows.size(), PAGE));
        }
    }

    private void show(List<Row> page) {
        rows.addAll(page);
        header.setText(NLS.bind(Messages.Library_header, new Object[] { site(column).getName(), column.getName(),
                listing.entries().size(), rows.size() }));
        header.getParent().layout();
        viewer.setInput(List.copyOf(rows));
        enable();
    }

    private void enable() {
        boolean open = column != null && session.replica().isPresent();
        Optional<Row> row = selected();
        newArticle.setEnabled(open);
        edit.setEnabled(open && row.isPresent());
        delete.setEnabled(open && row.isPresent() && row.get().state() != ColumnArticles.State.DELETING);
        more.setEnabled(open && listing != null && rows.size() < listing.entries().size());
    }

    private Optional<Row> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Row row ? Optional.of(row) : Optional.empty();
    }

    private void create() {
        String id = Ids.newId();
        open(null, ArticleDraft.newArticle(id, column.getId()), article -> queue(id, 0, article));
    }

    private void edit() {
        Optional<Row> row = selected();
        if (row.isEmpty()) {
            return;
        }
        if (row.get().state() == ColumnArticles.State.CONFLICT || row.get().state() == ColumnArticles.State.REJECTED
                || row.get().state() == ColumnArticles.State.DELETING) {
            Dialogs.error(viewer.getControl().getShell(), Messages.Library_edit,
                    NLS.bind(Messages.Library_waiting, row.get().title(), state(row.get().state())));
            return;
        }
        open(row.get().title(), row.get().data(), article -> queue(row.get().id(), row.get().baseVersion(), article));
    }

    /** Opens the article dialog; on OK the article is queued ({@code save}) and the column listed again. */
    private void open(String existing, JsonNode base, Consumer<ObjectNode> save) {
        ArticleDialog dialog = new ArticleDialog(viewer.getControl().getShell(), site(column),
                ColumnLabels.of(session.platform()), existing, base, save);
        if (dialog.open() == Window.OK) {
            session.report(NLS.bind(Messages.Library_queued, dialog.article().path("title").asText()));
            reload();
        }
    }

    /** Queues the article's edit in the replica's outbox, durably, at once. */
    private void queue(String id, long baseVersion, ObjectNode article) {
        session.replica().orElseThrow(() -> new StoreException(Messages.Library_noReplica))
                .queueUpsert(ColumnArticles.ARTICLE, id, baseVersion, article);
    }

    private void delete() {
        Optional<Row> row = selected();
        if (row.isEmpty() || !Dialogs.confirm(viewer.getControl().getShell(), Messages.Library_delete,
                NLS.bind(Messages.Library_deleteConfirm, row.get().title()))) {
            return;
        }
        try {
            Replica replica = session.replica().orElseThrow(() -> new StoreException(Messages.Library_noReplica));
            if (row.get().baseVersion() == 0) {
                replica.dropAll(ColumnArticles.ARTICLE, row.get().id()); // the server never had it
            } else {
                replica.queueDelete(ColumnArticles.ARTICLE, row.get().id(), row.get().baseVersion());
            }
        } catch (StoreException e) {
            Dialogs.error(viewer.getControl().getShell(), Messages.Library_delete,
                    NLS.bind(Messages.Library_queueFailed, e.getMessage()));
            return;
        }
        session.report(NLS.bind(Messages.Library_deleted, row.get().title()));
        reload();
    }

    /** @return the column's id, and its sub-columns' ids when they are listed too */
    static Set<String> ids(Column column, boolean withSubColumns) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(column.getId());
        if (withSubColumns) {
            column.eAllContents().forEachRemaining(content -> {
                if (content instanceof Column child) {
                    ids.add(child.getId());
                }
            });
        }
        return ids;
    }

    /** @return the site the column belongs to, or null when it is not (yet) in one */
    static Site site(Column column) {
        EObject container = column.eContainer();
        while (container != null && !(container instanceof Site)) {
            container = container.eContainer();
        }
        return (Site) container;
    }

    static String state(ColumnArticles.State state) {
        return switch (state) {
            case SYNCED -> Messages.Library_synced;
            case QUEUED -> Messages.Library_queuedState;
            case DELETING -> Messages.Library_deleting;
            case CONFLICT -> Messages.Library_conflict;
            case REJECTED -> Messages.Library_rejected;
        };
    }

    private static String text(Row row, String field) {
        return row.data().path(field).asText(""); //$NON-NLS-1$
    }
}
