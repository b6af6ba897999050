package org.govsite.ui.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.RuleChecks;
import org.govsite.migration.batch.SamplePages;
import org.govsite.migration.extract.Article;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.Extraction;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.protocol.PageTime;
import org.govsite.ui.Controls;
import org.govsite.ui.WidgetIds;

/**
 * 提取规则: the template rules (tried in order, each a URL pattern and a CSS selector per field; a blank selector
 * leaves the field to automatic detection) beside a live preview: sample pages fetched as a cancellable job, and
 * for the selected sample what the rules extract (rule used, title, time, source, author, body, attachments),
 * extracted again at each edit of a rule.
 */
final class RulesPage extends WizardPage {
    /** Sample pages fetched for the preview. */
    static final int SAMPLES = 10;
    private static final String[] FIELDS = { "title", "published", "source", "author", "body", "attachments" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private final MigrationWizard wizard;
    private final List<SamplePages.Sample> samples = new ArrayList<>();
    private org.eclipse.swt.widgets.List ruleList;
    private org.eclipse.swt.widgets.List sampleList;
    private Text name;
    private Text pattern;
    private Combo syntax;
    private final Text[] selectors = new Text[FIELDS.length];
    private final List<Text> preview = new ArrayList<>();
    private boolean filling;

    RulesPage(MigrationWizard wizard) {
        super("rules"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_rulesTitle);
        setDescription(Messages.Migration_rulesDescription);
    }

    @Override
    public void createControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        createRules(sash);
        createPreview(sash);
        setControl(sash);
        fillRules(wizard.batch().templates.isEmpty() ? -1 : 0);
    }

    private void createRules(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Migration_rules);
        group.setLayout(new GridLayout(2, false));
        ruleList = WidgetIds.tag(new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "migration.rules"); //$NON-NLS-1$
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        listData.heightHint = 60;
        ruleList.setLayoutData(listData);
        ruleList.addListener(SWT.Selection, e -> fillRules(ruleList.getSelectionIndex()));
        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayout(new FillLayout());
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        Controls.push(buttons, "migration.addRule", Messages.Migration_addRule, this::addRule); //$NON-NLS-1$
        Controls.push(buttons, "migration.removeRule", Messages.Migration_removeRule, this::removeRule); //$NON-NLS-1$
        name = Forms.text(group, "migration.rule.name", Messages.Migration_ruleName, "", v -> edited()); //$NON-NLS-1$ //$NON-NLS-2$
        pattern = Forms.text(group, "migration.rule.pattern", Messages.Migration_rulePattern, "", v -> edited()); //$NON-NLS-1$ //$NON-NLS-2$
        new Label(group, SWT.NONE).setText(Messages.Migration_syntax);
        syntax = WidgetIds.tag(new Combo(group, SWT.READ_ONLY), "migration.rule.syntax"); //$NON-NLS-1$
        syntax.setItems(Messages.Migration_glob, Messages.Migration_regex);
        syntax.addListener(SWT.Selection, e -> edited());
        String[] labels = { Messages.Migration_fieldTitle, Messages.Migration_fieldPublished,
                Messages.Migration_fieldSource, Messages.Migration_fieldAuthor, Messages.Migration_fieldBody,
                Messages.Migration_fieldAttachments };
        for (int i = 0; i < FIELDS.length; i++) {
            selectors[i] = Forms.text(group, "migration.rule." + FIELDS[i], labels[i], "", v -> edited()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Label hint = new Label(group, SWT.WRAP);
        hint.setText(Messages.Migration_rulesHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private void createPreview(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Migration_preview);
        group.setLayout(new GridLayout(2, false));
        JobPanel fetch = new JobPanel(group, wizard.sync(), "migration.samples.fetch", Messages.Migration_fetchSamples); //$NON-NLS-1$
        fetch.start().addListener(SWT.Selection, e -> fetch.run(Messages.Migration_fetchingSamples,
                JobPanel.unchecked(monitor -> SamplePages.fetch(wizard.batch(), SAMPLES, monitor)), this::showSamples,
                this::setErrorMessage, Messages.Migration_cancelled));
        sampleList = WidgetIds.tag(new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "migration.samples"); //$NON-NLS-1$
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        listData.heightHint = 80;
        sampleList.setLayoutData(listData);
        sampleList.addListener(SWT.Selection, e -> showPreview());
        preview.add(Forms.shown(group, "migration.preview.rule", Messages.Migration_previewRule, SWT.NONE)); //$NON-NLS-1$
        String[] labels = { Messages.Migration_fieldTitle, Messages.Migration_fieldPublished,
                Messages.Migration_fieldSource, Messages.Migration_fieldAuthor };
        for (int i = 0; i < labels.length; i++) {
            preview.add(Forms.shown(group, "migration.preview." + FIELDS[i], labels[i], SWT.NONE)); //$NON-NLS-1$
        }
        preview.add(Forms.shown(group, "migration.preview.body", Messages.Migration_fieldBody, //$NON-NLS-1$
                SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        preview.add(Forms.shown(group, "migration.preview.attachments", Messages.Migration_fieldAttachments, //$NON-NLS-1$
                SWT.MULTI | SWT.V_SCROLL));
    }

    private void showSamples(List<SamplePages.Sample> fetched) {
        samples.clear();
        samples.addAll(fetched);
        sampleList.setItems(fetched.stream().map(s -> s.url().toString()).toArray(String[]::new));
        if (fetched.isEmpty()) {
            setMessage(Messages.Migration_noSamples, WARNING);
        } else {
            sampleList.select(0);
            showPreview();
        }
    }

    private void showPreview() {
        int index = sampleList.getSelectionIndex();
        if (index < 0 || index >= samples.size()) {
            return;
        }
        Extraction extraction = SamplePages.preview(samples.get(index), wizard.batch().templates);
        Article article = extraction.article();
        List<String> values;
        if (article == null) {
            values = List.of(NLS.bind(Messages.Migration_previewFailed, extraction.failure().reason()), "", "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            String body = SamplePages.text(article.body());
            values = List.of(article.template().isEmpty() ? Messages.Migration_automatic : article.template(),
                    article.title(),
                    article.publication().map(t -> PageTime.MINUTES.format(t) + " (" + article.dateFrom() + ")") //$NON-NLS-1$ //$NON-NLS-2$
                            .orElse(Messages.Migration_undated),
                    article.source(), article.author(), body.length() > 300 ? body.substring(0, 300) + "…" : body, //$NON-NLS-1$
                    article.attachments().stream().map(AttachmentRef::url).map(Object::toString)
                            .collect(Collectors.joining("\n"))); //$NON-NLS-1$
        }
        for (int i = 0; i < preview.size(); i++) {
            preview.get(i).setText(values.get(i));
        }
    }

    private void addRule() {
        List<TemplateRule> rules = wizard.batch().templates;
        rules.add(new TemplateRule(NLS.bind(Messages.Migration_newRule, rules.size() + 1),
                new UrlPattern(UrlPattern.Syntax.GLOB, "/**"), "", "", "", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        fillRules(rules.size() - 1);
        showPreview();
    }

    private void removeRule() {
        int index = ruleList.getSelectionIndex();
        if (index >= 0) {
            wizard.batch().templates.remove(index);
            fillRules(Math.min(index, wizard.batch().templates.size() - 1));
            showPreview();
        }
    }

    /** Lists the rules and shows rule {@code index} in the fields (-1: none). */
    private void fillRules(int index) {
        List<TemplateRule> rules = wizard.batch().templates;
        ruleList.setItems(rules.stream().map(TemplateRule::name).toArray(String[]::new));
        filling = true;
        TemplateRule rule = index < 0 ? null : rules.get(index);
        if (rule != null) {
            ruleList.select(index);
        }
        name.setText(rule == null ? "" : rule.name()); //$NON-NLS-1$
        pattern.setText(rule == null ? "" : rule.urls().text()); //$NON-NLS-1$
        syntax.select(rule != null && rule.urls().syntax() == UrlPattern.Syntax.REGEX ? 1 : 0);
        List<String> values = rule == null ? List.of("", "", "", "", "", "") : List.of(rule.title(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                rule.published(), rule.source(), rule.author(), rule.body(), rule.attachments());
        for (int i = 0; i < selectors.length; i++) {
            selectors[i].setText(values.get(i));
        }
        for (Text field : editors()) {
            field.setEnabled(rule != null);
        }
        syntax.setEnabled(rule != null);
        filling = false;
        setErrorMessage(null);
        setPageComplete(true);
    }

    private List<Text> editors() {
        List<Text> fields = new ArrayList<>(List.of(name, pattern));
        fields.addAll(List.of(selectors));
        return fields;
    }

    /** A field of the selected rule was edited: the rule replaced when it is valid, the preview extracted again. */
    private void edited() {
        int index = ruleList.getSelectionIndex();
        if (filling || index < 0) {
            return;
        }
        try {
            TemplateRule rule = RuleChecks.rule(name.getText(),
                    syntax.getSelectionIndex() == 1 ? UrlPattern.Syntax.REGEX : UrlPattern.Syntax.GLOB,
                    pattern.getText(), List.of(selectors).stream().map(Text::getText).toArray(String[]::new));
            wizard.batch().templates.set(index, rule);
            ruleList.setItem(index, rule.name());
            setErrorMessage(null);
            setPageComplete(true);
            showPreview();
        } catch (BatchException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }
}
