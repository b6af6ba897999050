package org.govsite.ui.migration;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.govsite.migration.batch.BatchException;
import org.govsite.migration.batch.BatchSources;
import org.govsite.migration.batch.MigrationBatch;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.ui.Controls;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;

/**
 * 栏目映射: the target site (its columns, from the workbench model, are the choices of a rule's column) and the new
 * site's address, then the ordered rules (old URL pattern → redirect to a column and address, and optionally into the
 * platform's topics by id or name, e.g. a legacy 专题 section; archive with a link; or unresolved), edited in the form
 * below the table, imported from and exported to the mapping CSV.
 */
final class MappingPage extends WizardPage {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private final MigrationWizard wizard;
    private final List<Site> sites = new ArrayList<>();
    private final List<String> columnIds = new ArrayList<>();
    private TableViewer table;
    private Combo site;
    private Text newSite;
    private Text pattern;
    private Combo syntax;
    private Combo outcome;
    private Combo column;
    private Text target;
    private Text topics;

    MappingPage(MigrationWizard wizard) {
        super("mapping"); //$NON-NLS-1$
        this.wizard = wizard;
        setTitle(Messages.Migration_mappingTitle);
        setDescription(Messages.Migration_mappingDescription);
    }

    @Override
    public void createControl(Composite parent) {
        MigrationBatch batch = wizard.batch();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.Migration_targetSite);
        site = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "migration.targetSite"); //$NON-NLS-1$
        site.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Platform platform = wizard.platform();
        if (platform != null) {
            sites.addAll(platform.getSites());
        }
        site.setItems(sites.stream().map(s -> s.getName() + "（" + s.getMainDomain() + "）").toArray(String[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
        site.addListener(SWT.Selection, e -> siteChosen());
        newSite = Forms.text(area, "migration.newSite", Messages.Migration_newSite, batch.newSite, v -> { //$NON-NLS-1$
            batch.newSite = v;
            validate();
        });
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(table.getTable(), "migration.mapping"); //$NON-NLS-1$
        table.getTable().setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 120;
        table.getTable().setLayoutData(tableData);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, MappingRule.class, Messages.Migration_pattern, 200, r -> r.pattern().text());
        TableColumns.add(table, MappingRule.class, Messages.Migration_syntax, 60, r -> r.pattern().syntax().cell());
        TableColumns.add(table, MappingRule.class, Messages.Migration_outcome, 80, r -> label(r.outcome()));
        TableColumns.add(table, MappingRule.class, Messages.Migration_column, 100, MappingRule::column);
        TableColumns.add(table, MappingRule.class, Messages.Migration_target, 260, MappingRule::target);
        TableColumns.add(table, MappingRule.class, Messages.Migration_topics, 120, r -> MappingCsv.cell(r.topics()));
        table.addSelectionChangedListener(e -> showRule());
        createForm(area);
        int chosen = indexOfSite(batch.targetSite);
        if (chosen >= 0) {
            site.select(chosen);
            fillColumns(sites.get(chosen));
        }
        refresh();
        setControl(area);
        validate();
    }

    private void createForm(Composite area) {
        pattern = Forms.text(area, "migration.map.pattern", Messages.Migration_pattern, "", v -> { }); //$NON-NLS-1$ //$NON-NLS-2$
        new Label(area, SWT.NONE).setText(Messages.Migration_syntax);
        syntax = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "migration.map.syntax"); //$NON-NLS-1$
        syntax.setItems(Messages.Migration_glob, Messages.Migration_regex);
        syntax.select(0);
        new Label(area, SWT.NONE).setText(Messages.Migration_outcome);
        outcome = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "migration.map.outcome"); //$NON-NLS-1$
        for (Outcome value : OUTCOMES) {
            outcome.add(label(value));
        }
        outcome.select(0);
        new Label(area, SWT.NONE).setText(Messages.Migration_column);
        column = WidgetIds.tag(new Combo(area, SWT.DROP_DOWN), "migration.map.column"); //$NON-NLS-1$
        column.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        target = Forms.text(area, "migration.map.target", Messages.Migration_target, "", v -> { }); //$NON-NLS-1$ //$NON-NLS-2$
        topics = Forms.text(area, "migration.map.topics", Messages.Migration_topicsField, "", v -> { }); //$NON-NLS-1$ //$NON-NLS-2$
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new FillLayout());
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        Controls.push(buttons, "migration.map.add", Messages.Migration_add, () -> put(false)); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.update", Messages.Migration_update, () -> put(true)); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.remove", Messages.Migration_remove, this::remove); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.up", Messages.Migration_up, () -> move(-1)); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.down", Messages.Migration_down, () -> move(1)); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.import", Messages.Migration_importCsv, this::importCsv); //$NON-NLS-1$
        Controls.push(buttons, "migration.map.export", Messages.Migration_exportCsv, this::exportCsv); //$NON-NLS-1$
    }

    static String label(Outcome value) {
        return switch (value) {
            case REDIRECT -> Messages.Migration_redirect;
            case ARCHIVE -> Messages.Migration_archive;
            case UNRESOLVED -> Messages.Migration_unresolved;
        };
    }

    private int indexOfSite(String id) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void siteChosen() {
        Site chosen = sites.get(site.getSelectionIndex());
        wizard.batch().targetSite = chosen.getId();
        fillColumns(chosen);
        if (newSite.getText().isBlank() && chosen.getMainDomain() != null && !chosen.getMainDomain().isBlank()) {
            newSite.setText("http://" + chosen.getMainDomain() + "/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        validate();
    }

    private void fillColumns(Site chosen) {
        columnIds.clear();
        List<String> items = new ArrayList<>();
        addColumns(chosen.getColumns(), "", items); //$NON-NLS-1$
        column.setItems(items.toArray(String[]::new));
    }

    private void addColumns(List<Column> columns, String indent, List<String> items) {
        for (Column each : columns) {
            columnIds.add(each.getId());
            items.add(indent + each.getName() + "（" + each.getId() + "）"); //$NON-NLS-1$ //$NON-NLS-2$
            addColumns(each.getChildren(), indent + "  ", items); //$NON-NLS-1$
        }
    }

    /** @return the chosen column's id, or what was typed */
    private String columnId() {
        int index = column.getSelectionIndex();
        return index >= 0 && column.getText().equals(column.getItem(index)) ? columnIds.get(index)
                : column.getText().strip();
    }

    private void showRule() {
        int index = table.getTable().getSelectionIndex();
        if (index < 0) {
            return;
        }
        MappingRule rule = wizard.batch().mapping.rules().get(index);
        pattern.setText(rule.pattern().text());
        syntax.select(rule.pattern().syntax() == UrlPattern.Syntax.REGEX ? 1 : 0);
        outcome.select(rule.outcome().ordinal());
        int columnIndex = columnIds.indexOf(rule.column());
        if (columnIndex >= 0) {
            column.select(columnIndex);
        } else {
            column.setText(rule.column());
        }
        target.setText(rule.target());
        topics.setText(MappingCsv.cell(rule.topics()));
    }

    /** Adds the form's rule at the end, or puts it in place of the selected one. */
    private void put(boolean replace) {
        int index = table.getTable().getSelectionIndex();
        if (replace && index < 0) {
            setErrorMessage(Messages.Migration_selectRule);
            return;
        }
        MappingRule rule;
        try {
            if (pattern.getText().isBlank()) {
                throw new IllegalArgumentException(Messages.Migration_patternRequired);
            }
            rule = new MappingRule(new UrlPattern(syntax.getSelectionIndex() == 1 ? UrlPattern.Syntax.REGEX
                    : UrlPattern.Syntax.GLOB, pattern.getText().strip()), OUTCOMES[outcome.getSelectionIndex()],
                    columnId(), target.getText().strip(), MappingCsv.topics(topics.getText()));
        } catch (PatternSyntaxException e) {
            setErrorMessage(NLS.bind(Messages.Migration_badRegex, e.getDescription()));
            return;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        List<MappingRule> rules = new ArrayList<>(wizard.batch().mapping.rules());
        if (replace) {
            rules.set(index, rule);
        } else {
            rules.add(rule);
            index = rules.size() - 1;
        }
        wizard.batch().mapping = new Mapping(rules);
        refresh();
        table.getTable().select(index);
        validate();
    }

    private void remove() {
        int index = table.getTable().getSelectionIndex();
        if (index >= 0) {
            List<MappingRule> rules = new ArrayList<>(wizard.batch().mapping.rules());
            rules.remove(index);
            wizard.batch().mapping = new Mapping(rules);
            refresh();
            validate();
        }
    }

    private void move(int by) {
        int index = table.getTable().getSelectionIndex();
        List<MappingRule> rules = new ArrayList<>(wizard.batch().mapping.rules());
        if (index < 0 || index + by < 0 || index + by >= rules.size()) {
            return;
        }
        rules.add(index + by, rules.remove(index));
        wizard.batch().mapping = new Mapping(rules);
        refresh();
        table.getTable().select(index + by);
    }

    private void importCsv() {
        wizard.files().open(getShell(), Messages.Migration_importCsv, "*.csv").ifPresent(this::importCsv); //$NON-NLS-1$
    }

    /** Takes the rules of {@code file}; a file with bad lines is refused, every bad line named, nothing changed. */
    void importCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            wizard.batch().mapping = MappingCsv.read(in);
            refresh();
            validate();
        } catch (MappingCsv.MappingCsvException e) {
            setErrorMessage(NLS.bind(Messages.Migration_badCsv, file.getFileName(), e.problems().stream()
                    .map(p -> NLS.bind(Messages.Migration_line, p.line(), p.message()))
                    .collect(Collectors.joining("; ")))); //$NON-NLS-1$
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Migration_fileUnreadable, file, e.getMessage()));
        }
    }

    private void exportCsv() {
        wizard.files().save(getShell(), Messages.Migration_exportCsv, "mapping.csv", "*.csv").ifPresent(file -> { //$NON-NLS-1$ //$NON-NLS-2$
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                MappingCsv.write(wizard.batch().mapping, out);
            } catch (IOException e) {
                setErrorMessage(NLS.bind(Messages.Migration_fileUnwritable, file, e.getMessage()));
            }
        });
    }

    private void refresh() {
        table.setInput(wizard.batch().mapping.rules());
    }

    private void validate() {
        try {
            BatchSources.site(wizard.batch().newSite);
        } catch (BatchException e) {
            setErrorMessage(NLS.bind(Messages.Migration_newSiteInvalid, e.getMessage()));
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        if (wizard.batch().mapping.rules().isEmpty()) {
            setMessage(Messages.Migration_noRules, WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(true);
    }
}
