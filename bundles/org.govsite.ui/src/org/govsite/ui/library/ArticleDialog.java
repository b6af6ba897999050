package org.govsite.ui.library;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.protocol.PageTime;
import org.govsite.store.StoreException;
import org.govsite.store.replica.KeptFile;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a new article or edits one: the Guide's page-tag fields (标题, 副标题, 发布时间, 信息来源, 作者, 关键词, 描述), the
 * HTML body, the columns it appears in (any site's of the platform, 添加栏目… through {@link ColumnChooser}; the first
 * is its home column), what the annual report counts it as (类型: 解读材料, 解读产品, 媒体评论文章, 回应公众关注热点) and
 * the site's topics (专题) it is listed in, its image and attachments ({@link ArticleFiles}). OK stays disabled while a
 * field is wrong; the
 * message says which ({@link ArticleDraft#problem()}). A new article's publication time is proposed as now in Beijing
 * time. Widget ids: {@code article.<field>} for title, subtitle, publishedAt, source, author, keywords, description,
 * body; {@code article.columns}, {@code article.addColumn}, {@code article.removeColumn}; {@code article.kind};
 * {@code article.topic.<topic id>}; those of {@link ArticleFiles}; {@code article.ok}, {@code article.cancel}.
 */
final class ArticleDialog extends TitleAreaDialog {

    /** Queues an article's edit with the files it names that were chosen in the dialog. */
    interface Save {
        /** @throws StoreException when it cannot be queued (the dialog stays open with the reason) */
        void save(ObjectNode article, List<KeptFile> files);
    }

    /** Where the dialog's files come from: the operator's choice, and the files queued edits keep already. */
    record Files(AttachmentChooser chooser, Function<String, Optional<KeptFile>> kept) {
    }

    private final Site site;
    private final Map<String, String> columnLabels;
    private final List<String> columns = new ArrayList<>();
    private org.eclipse.swt.widgets.List columnList;
    private Combo kind;
    private final String existing;
    private final JsonNode base;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Map<String, Button> topics = new LinkedHashMap<>();
    private final Files files;
    private final Save save;
    private ArticleFiles articleFiles;
    private ObjectNode article;

    /**
     * @param existing the title of the article edited, null for a new one
     * @param base the article's JSON (a new one's: id and column)
     * @param save takes the article as edited on OK; when it throws {@link StoreException} the dialog stays open with
     *        the reason, so nothing typed is lost
     */
    ArticleDialog(Shell parent, Site site, Map<String, String> columnLabels, String existing, JsonNode base, Files files,
            Save save) {
        super(parent);
        this.files = files;
        this.save = save;
        this.site = site;
        this.columnLabels = columnLabels;
        this.existing = existing;
        this.base = base;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(existing == null ? Messages.Article_new : Messages.Article_edit);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(existing == null ? Messages.Article_new : existing);
        setMessage(Messages.Article_description);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ArticleDraft draft = ArticleDraft.of(base);
        field(form, Messages.Article_title, "title", draft.title(), SWT.BORDER); //$NON-NLS-1$
        field(form, Messages.Article_subtitle, "subtitle", draft.subtitle(), SWT.BORDER); //$NON-NLS-1$
        String time = existing == null && draft.publishedAt().isEmpty()
                ? ArticleDraft.minutes(LocalDateTime.now(PageTime.ZONE)) : draft.publishedAt();
        field(form, Messages.Article_publishedAt, "publishedAt", time, SWT.BORDER); //$NON-NLS-1$
        field(form, Messages.Article_source, "source", //$NON-NLS-1$
                existing == null && draft.source().isEmpty() ? hostName() : draft.source(), SWT.BORDER);
        field(form, Messages.Article_author, "author", draft.author(), SWT.BORDER); //$NON-NLS-1$
        field(form, Messages.Article_keywords, "keywords", draft.keywords(), SWT.BORDER); //$NON-NLS-1$
        field(form, Messages.Article_summary, "description", draft.description(), SWT.BORDER); //$NON-NLS-1$
        Text body = field(form, Messages.Article_body, "body", draft.body(), //$NON-NLS-1$
                SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData bodyData = new GridData(SWT.FILL, SWT.FILL, true, true);
        bodyData.widthHint = 520;
        bodyData.heightHint = 180;
        body.setLayoutData(bodyData);
        columns.addAll(draft.columns());
        columnsField(form);
        new Label(form, SWT.NONE).setText(Messages.Article_kind);
        kind = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), "article.kind"); //$NON-NLS-1$
        kind.setItems(Messages.Article_kindNone, Messages.Article_kindMaterial, Messages.Article_kindProduct,
                Messages.Article_kindComment, Messages.Article_kindHotspot);
        kind.select(Math.max(0, ArticleDraft.KINDS.indexOf(draft.kind())));
        kind.addListener(SWT.Selection, e -> validate());
        articleFiles = new ArticleFiles(form, files.chooser(), files.kept(), draft.image(), draft.attachments(),
                this::validate, this::setErrorMessage);
        if (!site.getTopics().isEmpty()) {
            new Label(form, SWT.NONE).setText(Messages.Article_topics);
            Composite boxes = new Composite(form, SWT.NONE);
            boxes.setLayout(new GridLayout(2, true));
            for (Topic topic : site.getTopics()) {
                Button box = WidgetIds.tag(new Button(boxes, SWT.CHECK), "article.topic." + topic.getId()); //$NON-NLS-1$
                box.setText(topic.getName());
                box.setSelection(draft.topics().contains(topic.getId()));
                box.addListener(SWT.Selection, e -> validate());
                topics.put(topic.getId(), box);
            }
        }
        return area;
    }

    private void columnsField(Composite form) {
        new Label(form, SWT.NONE).setText(Messages.Article_columns);
        Composite field = new Composite(form, SWT.NONE);
        field.setLayout(new GridLayout(2, false));
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        columnList = WidgetIds.tag(new org.eclipse.swt.widgets.List(field, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "article.columns"); //$NON-NLS-1$
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        listData.heightHint = 60;
        columnList.setLayoutData(listData);
        Button add = WidgetIds.tag(new Button(field, SWT.PUSH), "article.addColumn"); //$NON-NLS-1$
        add.setText(Messages.Article_addColumn);
        add.addListener(SWT.Selection, e -> addColumn());
        Button remove = WidgetIds.tag(new Button(field, SWT.PUSH), "article.removeColumn"); //$NON-NLS-1$
        remove.setText(Messages.Article_removeColumn);
        remove.addListener(SWT.Selection, e -> {
            if (columnList.getSelectionIndex() >= 0) {
                columns.remove(columnList.getSelectionIndex());
                showColumns();
            }
        });
        showColumns();
    }

    private void addColumn() {
        ColumnChooser chooser = new ColumnChooser(getShell(), columnLabels);
        if (chooser.open() == OK && !columns.contains(chooser.chosen())) {
            columns.add(chooser.chosen());
            showColumns();
        }
    }

    private void showColumns() {
        columnList.setItems(columns.stream().map(id -> columnLabels.getOrDefault(id, id)).toArray(String[]::new));
        validate();
    }

    private String hostName() {
        return site.getHost() == null || site.getHost().getName() == null ? "" : site.getHost().getName(); //$NON-NLS-1$
    }

    private Text field(Composite form, String label, String field, String value, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(form, style), "article." + field); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 520;
        text.setLayoutData(data);
        text.setText(value);
        text.addListener(SWT.Modify, e -> validate());
        fields.put(field, text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "article"); //$NON-NLS-1$
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = draft().problem().orElse(null);
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    private ArticleDraft draft() {
        List<String> checked = new ArrayList<>();
        topics.forEach((id, box) -> {
            if (box.getSelection()) {
                checked.add(id);
            }
        });
        List<String> kept = new ArrayList<>(ArticleDraft.of(base).topics());
        kept.removeAll(topics.keySet()); // topics of other sites stay as they were
        kept.addAll(checked);
        return new ArticleDraft(value("title"), value("subtitle"), value("publishedAt"), value("source"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                value("author"), value("keywords"), value("description"), value("body"), columns, kept, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                ArticleDraft.KINDS.get(kind.getSelectionIndex()), articleFiles.image(), articleFiles.attachments());
    }

    private String value(String field) {
        return fields.get(field).getText();
    }

    @Override
    protected void okPressed() {
        ObjectNode edited = draft().applyTo(base);
        try {
            save.save(edited, articleFiles.chosen());
        } catch (StoreException e) {
            setErrorMessage(NLS.bind(Messages.Library_queueFailed, e.getMessage()));
            return;
        }
        article = edited;
        super.okPressed();
    }

    /** @return the article's JSON as edited (after OK) */
    ObjectNode article() {
        return article;
    }
}
