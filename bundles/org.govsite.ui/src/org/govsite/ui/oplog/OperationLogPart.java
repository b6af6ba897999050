package org.govsite.ui.oplog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.LogEntry;
import org.govsite.protocol.PageTime;
import org.govsite.ui.TableColumns;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.connect.ConnectionActions;
import org.govsite.ui.connect.Connections;
import org.govsite.ui.session.UiJobs;

/**
 * The Operation Log view (操作日志) of the active connection (auditors): reads the log in a job, shows whether its
 * SM3 hash chain is intact (or where it first breaks), filters by operator, action and date, and pages through
 * the matches. Widget ids: {@code log.load}, {@code log.operator}, {@code log.action}, {@code log.from},
 * {@code log.to}, {@code log.previous}, {@code log.next}, {@code log.table}, {@code log.chain}, {@code log.page}.
 */
public class OperationLogPart {

    static final int PAGE_SIZE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PageTime.ZONE);

    @Inject
    private Connections connections;
    @Inject
    private ConnectionActions actions;
    @Inject
    private UISynchronize sync;

    private Text operator;
    private Text action;
    private Text from;
    private Text to;
    private TableViewer viewer;
    private Label chain;
    private Label pageLabel;
    private List<LogEntry> all = List.of();
    private List<LogEntry> matches = List.of();
    private int page;

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button load = WidgetIds.tag(new Button(bar, SWT.PUSH), "log.load");
        load.setText(Messages.Log_load);
        load.addListener(SWT.Selection, e -> load());
        button(bar, "log.previous", Messages.Log_previous, -1);
        button(bar, "log.next", Messages.Log_next, 1);
        pageLabel = WidgetIds.tag(new Label(bar, SWT.NONE), "log.page");
        pageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        operator = filter(filters, Messages.Log_operator, "log.operator");
        action = filter(filters, Messages.Log_action, "log.action");
        from = filter(filters, Messages.Log_from, "log.from");
        to = filter(filters, Messages.Log_to, "log.to");
        from.setMessage("YYYY-MM-DD");
        to.setMessage("YYYY-MM-DD");

        chain = WidgetIds.tag(new Label(parent, SWT.NONE), "log.chain");
        chain.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.tag(viewer.getTable(), "log.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Log_seq, 60, e -> Long.toString(e.seq()));
        column(Messages.Log_time, 150, e -> TIME.format(Instant.ofEpochMilli(e.loggedAtMs())));
        column(Messages.Log_operator, 100, LogEntry::operator);
        column(Messages.Log_action, 150, LogEntry::action);
        column(Messages.Log_target, 150, LogEntry::target);
        column(Messages.Log_detail, 250, LogEntry::detail);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        show();
    }

    /** Reads the whole log of the active connection in a job (progress and cancel in the status bar). */
    void load() {
        Connection connection = connections.active().orElse(null);
        if (connection == null) {
            chain.setText(Messages.Views_noActiveConnection);
            return;
        }
        UiJobs.run(NLS.bind(Messages.Log_reading, connection.name()), sync,
                monitor -> connections.call(connection.id(), () -> OperationLogReader.read(connections.client(connection.id()), monitor)),
                log -> {
                    if (chain.isDisposed()) {
                        return;
                    }
                    all = log.entries();
                    chain.setText(log.chain().intact() ? NLS.bind(Messages.Log_chainIntact, log.chain().checked())
                            : NLS.bind(Messages.Log_chainBroken, log.chain().firstBroken().getAsLong()));
                    applyFilter();
                }, e -> actions.failed(connection, e));
    }

    private void applyFilter() {
        LogFilter filter;
        try {
            filter = new LogFilter(operator.getText().strip(), action.getText().strip(), date(from), date(to));
        } catch (DateTimeParseException e) {
            pageLabel.setText(Messages.Log_badDate);
            return;
        }
        matches = all.stream().filter(filter).toList();
        page = 0;
        show();
    }

    private void show() {
        int pages = Math.max(1, (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        viewer.setInput(matches.subList(page * PAGE_SIZE, Math.min(matches.size(), (page + 1) * PAGE_SIZE)));
        pageLabel.setText(NLS.bind(Messages.Log_pageOf, new Object[] { page + 1, pages, matches.size(), all.size() }));
        pageLabel.requestLayout();
    }

    private static LocalDate date(Text text) {
        String value = text.getText().strip();
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private Text filter(Composite bar, String label, String id) {
        new Label(bar, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(bar, SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> applyFilter());
        return text;
    }

    private void button(Composite bar, String id, String text, int step) {
        Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            page += step;
            show();
        });
    }

    private void column(String title, int width, Function<LogEntry, String> text) {
        TableColumns.add(viewer, LogEntry.class, title, width, text);
    }
}
