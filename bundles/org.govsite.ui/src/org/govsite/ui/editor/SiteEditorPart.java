package org.govsite.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.govsite.model.Column;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.guide.ModelLabels;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Problem;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.edit.ColumnTreeSupport;
import org.govsite.ui.session.SessionListener;
import org.govsite.ui.session.SessionSaver;
import org.govsite.ui.session.WorkbenchSession;

import static org.govsite.model.GovSitePackage.Literals.*;

/**
 * Site editor: a form over every attribute of one site (each edit one undoable SetCommand, validation markers
 * refreshed on every change) beside the site's column tree, topics and channels, a tab each ({@link SiteItemsTab}).
 * The site's id is the part's persisted state {@value #SITE_ID}. Widget ids: {@code editor.<feature name>},
 * {@code editor.message}, {@code editor.tabs}, {@code editor.columns}, {@code editor.columns.menu.*},
 * {@code editor.columns.rename}, {@code editor.topics*}, {@code editor.channels*}.
 */
public class SiteEditorPart implements SessionListener {

    public static final String SITE_ID = "org.govsite.siteId";

    private final WorkbenchSession session;
    private final MPart part;
    private final ESelectionService selectionService;
    private final CommandStackListener commandListener = event -> refresh();
    private final List<FormField> fields = new ArrayList<>();
    private final List<SiteItemsTab> lists = new ArrayList<>();

    private Site site;
    private Composite form;
    private Label message;
    private TreeViewer columns;
    private TabFolder tabs;
    private boolean showing;
    private FormField typingField;
    private Command typingCommand;
    private boolean replacingTyping;

    @Inject
    public SiteEditorPart(WorkbenchSession session, MPart part, ESelectionService selectionService) {
        this.session = session;
        this.part = part;
        this.selectionService = selectionService;
    }

    @PostConstruct
    void createControls(Composite parent) {
        site = findSite(session.platform(), part.getPersistedState().get(SITE_ID));
        parent.setLayout(new GridLayout(1, false));
        message = WidgetIds.tag(new Label(parent, SWT.WRAP), "editor.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrolledComposite scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        form = new Composite(scrolled, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        createFields();
        scrolled.setContent(form);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        createLists(sash);
        sash.setWeights(3, 2);

        session.addListener(this);
        session.commandStack().addCommandStackListener(commandListener);
        refresh();
        dirtyChanged(session.isDirty());
    }

    private void createFields() {
        text(NAMED__NAME, TextField.Kind.STRING);
        choice(SITE__KIND);
        choice(SITE__LEVEL);
        text(SITE__MAIN_DOMAIN, TextField.Kind.STRING);
        text(SITE__ALIASES, TextField.Kind.LIST);
        text(SITE__ID_CODE, TextField.Kind.STRING);
        text(SITE__ICP_RECORD, TextField.Kind.STRING);
        text(SITE__SECURITY_RECORD, TextField.Kind.STRING);
        organisation(SITE__HOST);
        organisation(SITE__OPERATOR);
        choice(SITE__STATUS);
        text(SITE__OPENED_ON, TextField.Kind.DATE);
        text(SITE__STATUS_SINCE, TextField.Kind.DATE);
        text(SITE__STATUS_UNTIL, TextField.Kind.DATE);
        text(SITE__MAIN_COLOUR, TextField.Kind.STRING);
    }

    private void text(EStructuralFeature feature, TextField.Kind kind) {
        add(new TextField(labelled(feature), feature, kind));
    }

    private void choice(EStructuralFeature feature) {
        List<Enumerator> literals = ((EEnum) feature.getEType()).getELiterals().stream().map(l -> (Enumerator) l.getInstance())
                .toList();
        add(new ChoiceField(labelled(feature), feature, () -> literals, v -> ModelLabels.label((Enumerator) v)));
    }

    private void organisation(EStructuralFeature feature) {
        add(new ChoiceField(labelled(feature), feature, () -> List.copyOf(session.platform().getOrganisations()),
                v -> ((Organisation) v).getName()));
    }

    private Composite labelled(EStructuralFeature feature) {
        new Label(form, SWT.NONE).setText(ModelLabels.featureLabel(feature));
        return form;
    }

    private void add(FormField field) {
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.horizontalIndent = 8;
        field.control().setLayoutData(layout);
        WidgetIds.tag(field.control(), "editor." + field.feature().getName());
        field.decorate();
        field.onEdit(() -> edited(field));
        field.control().addListener(SWT.FocusOut, e -> typingField = null);
        fields.add(field);
    }

    /** The site's columns, topics and channels, a tab each. */
    private void createLists(Composite parent) {
        tabs = WidgetIds.tag(new TabFolder(parent, SWT.TOP), "editor.tabs");
        tab(tabs, Messages.Editor_tabColumns, createColumnTree(tabs));
        lists.add(new SiteItemsTab(tabs, "editor.topics", SiteItemKinds.topics(), session, () -> site));
        tab(tabs, Messages.Editor_tabTopics, lists.get(0).control());
        lists.add(new SiteItemsTab(tabs, "editor.channels", SiteItemKinds.channels(), session, () -> site));
        tab(tabs, Messages.Editor_tabChannels, lists.get(1).control());
    }

    private static void tab(TabFolder tabs, String text, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    private Control createColumnTree(Composite parent) {
        columns = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.tag(columns.getTree(), "editor.columns");
        SiteColumnTree.install(columns);
        columns.addSelectionChangedListener(e -> {
            if (!columns.getSelection().isEmpty()) {
                selectionService.setSelection(columns.getStructuredSelection().getFirstElement());
            }
        });
        ColumnTreeSupport.install(columns, session, "editor.columns", () -> site);
        columns.setInput(site);
        return columns.getTree();
    }

    @Focus
    void setFocus() {
        fields.get(0).control().setFocus();
        selectionService.setSelection(site);
    }

    @Persist
    void save() {
        SessionSaver.saveWithDialog(session, form.getShell());
    }

    @PreDestroy
    void dispose() {
        session.removeListener(this);
        session.commandStack().removeCommandStackListener(commandListener);
    }

    /** Shows the tab of {@code list} (the site's topics or channels) with the dialog of a new one. */
    public void create(EReference list) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).list() == list) {
                tabs.setSelection(i + 1);
                lists.get(i).create();
            }
        }
    }

    /** Shows {@code item}, a column, topic or channel of the site, selected on its tab. */
    public void reveal(EObject item) {
        if (item instanceof Column column) {
            tabs.setSelection(0);
            columns.setSelection(new StructuredSelection(column), true);
            return;
        }
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).reveal(item)) {
                tabs.setSelection(i + 1);
            }
        }
    }

    @Override
    public void platformChanged(Platform platform) {
        site = findSite(platform, site == null ? null : site.getId());
        columns.setInput(site);
        refresh();
    }

    @Override
    public void dirtyChanged(boolean dirty) {
        part.setDirty(dirty);
    }

    private void edited(FormField field) {
        if (showing || site == null) {
            return;
        }
        try {
            Object value = field.value();
            if (!Objects.equals(value, site.eGet(field.feature()))) {
                execute(field, SetCommand.create(session.domain(), site, field.feature(), value));
            }
            showProblems();
        } catch (FormField.InputException e) {
            field.showProblem(e.getMessage());
        }
    }

    /**
     * Executes a field's edit. Typing in a field is one edit: while the field keeps the focus and its last command
     * is still the newest on the stack, that command is undone and replaced, so one undo reverts the whole typing.
     */
    private void execute(FormField field, Command command) {
        if (field == typingField && typingCommand != null && session.commandStack().getUndoCommand() == typingCommand) {
            replacingTyping = true;
            try {
                session.commandStack().undo();
            } finally {
                replacingTyping = false;
            }
        }
        if (session.execute(command)) {
            typingField = field;
            typingCommand = command;
        }
    }

    /** Shows the model's state: values, markers, title and the column tree. */
    private void refresh() {
        if (replacingTyping || form.isDisposed()) {
            return;
        }
        boolean present = site != null && site.eContainer() != null;
        form.setEnabled(present);
        columns.getTree().setEnabled(present);
        lists.forEach(SiteItemsTab::refresh);
        if (site == null) {
            message.setText(Messages.Editor_siteMissing);
            return;
        }
        part.setLabel(present ? site.getName() : site.getName() + " " + Messages.Editor_deletedSuffix);
        showing = true;
        try {
            fields.forEach(f -> f.show(site.eGet(f.feature())));
        } finally {
            showing = false;
        }
        showProblems();
        columns.refresh();
    }

    private void showProblems() {
        List<Problem> problems = GovSiteValidation.validateObject(site);
        for (FormField field : fields) {
            String text = field.messages(problems);
            field.showProblem(text.isEmpty() ? null : text);
        }
        message.setText(problems.stream().filter(p -> p.feature() == null || fields.stream().noneMatch(f -> f.feature() == p.feature()))
                .map(Problem::message).collect(Collectors.joining("\n")));
        message.getParent().layout(true);
    }

    private static Site findSite(Platform platform, String id) {
        return id == null ? null
                : platform.getSites().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

}
