package org.govsite.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
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
import org.govsite.store.replica.Replica;
import org.govsite.sync.ColumnArticles;
import org.govsite.sync.ColumnArticles.Listing;
import org.govsite.sync.ColumnArticles.Row;
import org.govsite.ui.Controls;
import org.govsite.ui.Dialogs;
import org.govsite.ui.Messages;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.edit.ColumnCommands;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.UiJobs;
import org.govsite.ui.session.WorkbenchSession;

/**
 * 信息资源库 Resource Library: the articles of the column selected in the explorer (with its sub-columns' unless 含子栏目
 * is unchecked), when the explorer shows a platform opened from a connection's replica, read from that replica (so also
 * offline) newest first ({@link ColumnArticles}: the listing read in a job, then shown {@value #PAGE} at a time),
 * filtered by title, source or author as the operator types (in memory: the replica is read again by 刷新 Refresh,
 * after each change here and after each 同步 of its connection). New, edited and deleted articles are queued in the
 * replica's outbox ({@link ArticleEdits}) and pushed by 同步 Synchronize like the explorer's edits (conflicts and
 * rejections open the sync dialogs). Widget ids: {@code library.header}, {@code library.filter},
 * {@code library.subColumns}, {@code library.table}, {@code library.new}, {@code library.edit}, {@code library.delete},
 * {@code library.more}, {@code library.refresh}.
 */
public class LibraryPart {

    /** Articles read per page. */
    static final int PAGE = 200;

    private final WorkbenchSession session;
    private final UISynchronize sync;
    private final SessionListener platformListener = new SessionListener() {
        @Override
        public void platformChanged(Platform platform) {
            showColumn(null);
        }

        @Override
        public void replicaSynchronized(Replica replica) {
            if (column != null && session.replica().orElse(null) == replica && !viewer.getControl().isDisposed()) {
                reload(); // the states and articles a sync changed
            }
        }
    };
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
    private final AttachmentChooser chooser;
    private ArticleEdits edits;
    private int readTicket;

    @Inject
    public LibraryPart(WorkbenchSession session, UISynchronize sync, AttachmentChooser chooser) {
        this.session = session;
        this.sync = sync;
        this.chooser = chooser;
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
        TableColumns.add(viewer, Row.class, Messages.Library_state, 110, row -> ArticleEdits.state(row.state()));
        viewer.addSelectionChangedListener(e -> enable());
        viewer.addDoubleClickListener(e -> edit());
        edits = new ArticleEdits(session, viewer.getControl().getShell(), chooser);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        newArticle = Controls.push(buttons, "library.new", Messages.Library_new, () -> changed(edits.create(column))); //$NON-NLS-1$
        edit = Controls.push(buttons, "library.edit", Messages.Library_edit, this::edit); //$NON-NLS-1$
        delete = Controls.push(buttons, "library.delete", Messages.Library_delete, //$NON-NLS-1$
                () -> selected().ifPresent(row -> changed(edits.delete(row))));
        more = Controls.push(buttons, "library.more", Messages.Library_more, this::readMore); //$NON-NLS-1$
        Controls.push(buttons, "library.refresh", Messages.Library_refresh, this::reload); //$NON-NLS-1$
        session.addListener(platformListener);
        showColumn(column);
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
        if (column == null || replica.isEmpty() || ColumnCommands.siteOf(column) == null) {
            header.setText(replica.isEmpty() ? Messages.Library_noReplica : Messages.Library_selectColumn);
            viewer.setInput(List.of());
            enable();
            return;
        }
        Column reading = column;
        boolean withSubColumns = subColumns.getSelection();
        int ticket = ++readTicket;
        UiJobs.run(NLS.bind(Messages.Library_reading, reading.getName()), sync,
                monitor -> ColumnArticles.list(replica.get(), LibraryColumns.ids(reading, withSubColumns), monitor), read -> {
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
            readRows(listing, 0);
        }
    }

    private void readMore() {
        if (listing != null) {
            readRows(listing, rows.size());
        }
    }

    /**
     * Reads a page of the listing's articles in a job (the replica may be busy with a sync) and shows it when the
     * listing is still the one shown.
     */
    private void readRows(Listing reading, int from) {
        Replica replica = session.replica().orElseThrow();
        UiJobs.run(NLS.bind(Messages.Library_reading, column.getName()), sync,
                monitor -> ColumnArticles.rows(replica, reading, from, PAGE), page -> {
                    if (reading == listing && rows.size() == from && !viewer.getControl().isDisposed()) {
                        show(page);
                    }
                }, e -> Dialogs.error(viewer.getControl().getShell(), Messages.Library_failed, e.getMessage()));
    }

    private void show(List<Row> page) {
        rows.addAll(page);
        header.setText(NLS.bind(Messages.Library_header, new Object[] { ColumnCommands.siteOf(column).getName(), column.getName(),
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

    private void edit() {
        selected().ifPresent(row -> changed(edits.edit(column, row)));
    }

    /** Lists the column again when an edit was queued. */
    private void changed(boolean queued) {
        if (queued) {
            reload();
        }
    }

    private Optional<Row> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Row row ? Optional.of(row) : Optional.empty();
    }

    private static String text(Row row, String field) {
        return row.data().path(field).asText(""); //$NON-NLS-1$
    }
}
