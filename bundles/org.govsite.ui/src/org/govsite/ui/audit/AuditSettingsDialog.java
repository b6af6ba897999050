package org.govsite.ui.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.govsite.audit.content.WordLists;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.TrustedCertificates;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * 审计设置 Audit Settings, on five tabs: 内容 the sensitive words and the user typo dictionary (Tab types a tab there);
 * 链接 the government hosts, leave-site prompt pages, soft-blocked statuses and the CA certificate files https trusts
 * besides the JDK's; 抓取 max pages, the load-time budget, robots.txt, sitemaps and the server audits go through; 更新 the home page's limit and the
 * column categories; 评分 the verdict's pass mark, points per broken link and stale policy column, and the counts of
 * stale, not updated and empty columns that fail a site. OK checks everything first: the problems (a bad line by its number, a certificate file that
 * cannot be used) are listed under the tabs, and the dialog stays open with what was typed. Widget ids:
 * {@code auditSettings.tabs|words|typos|governmentHosts|leavePrompts|softBlocked|caCertificates|caBrowse|maxPages|
 * loadBudget|robots|sitemaps|through|homeMaxAge|categories|error|ok|cancel} and those of {@link VerdictTab}.
 */
final class AuditSettingsDialog extends Dialog {

    private final AuditPreferences initial;
    private AuditPreferences result;
    private Text words;
    private Text typos;
    private Button robots;
    private Button sitemaps;
    private Text maxPages;
    private Text governmentHosts;
    private Text loadBudget;
    private Text homeMaxAge;
    private Text categories;
    private Text softBlocked;
    private Text leavePrompts;
    private Text caCertificates;
    private Text through;
    private VerdictTab verdict;
    private Label error;

    AuditSettingsDialog(Shell parent, AuditPreferences initial) {
        super(parent);
        this.initial = initial;
    }

    /** @return the preferences entered, after OK */
    AuditPreferences preferences() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AuditSettings_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = WidgetIds.tag(new TabFolder(area, SWT.TOP), "auditSettings.tabs"); //$NON-NLS-1$
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite content = tab(tabs, Messages.AuditSettings_tabContent);
        words = SettingsFields.lines(content, Messages.AuditSettings_words, "words", String.join("\n", initial.sensitiveWords())); //$NON-NLS-1$ //$NON-NLS-2$
        typos = SettingsFields.lines(content, Messages.AuditSettings_typos, "typos", WordLists.typoLines(initial.typos())); //$NON-NLS-1$
        typos.addTraverseListener(e -> e.doit = e.detail != SWT.TRAVERSE_TAB_NEXT && e.detail != SWT.TRAVERSE_TAB_PREVIOUS);
        Composite links = tab(tabs, Messages.AuditSettings_tabLinks);
        governmentHosts = SettingsFields.lines(links, Messages.AuditSettings_governmentHosts, "governmentHosts", //$NON-NLS-1$
                String.join("\n", initial.governmentHosts())); //$NON-NLS-1$
        leavePrompts = SettingsFields.lines(links, Messages.AuditSettings_leavePrompts, "leavePrompts", String.join("\n", initial.leavePromptUrls())); //$NON-NLS-1$ //$NON-NLS-2$
        softBlocked = SettingsFields.field(links, Messages.AuditSettings_softBlocked, "softBlocked", initial.softBlockedStatuses().stream() //$NON-NLS-1$
                .sorted().map(String::valueOf).collect(Collectors.joining(","))); //$NON-NLS-1$
        caCertificates = SettingsFields.lines(links, Messages.AuditSettings_caCertificates, "caCertificates", //$NON-NLS-1$
                String.join("\n", initial.caCertificates())); //$NON-NLS-1$
        browse(links);
        Composite crawl = tab(tabs, Messages.AuditSettings_tabCrawl);
        maxPages = SettingsFields.field(crawl, Messages.AuditSettings_maxPages, "maxPages", Integer.toString(initial.maxPages())); //$NON-NLS-1$
        loadBudget = SettingsFields.field(crawl, Messages.AuditSettings_loadBudget, "loadBudget", SettingsFields.number(initial.loadBudgetSeconds())); //$NON-NLS-1$
        robots = SettingsFields.check(crawl, Messages.AuditSettings_robots, "robots", initial.honourRobots()); //$NON-NLS-1$
        sitemaps = SettingsFields.check(crawl, Messages.AuditSettings_sitemaps, "sitemaps", initial.sitemaps()); //$NON-NLS-1$
        through = SettingsFields.field(crawl, Messages.AuditSettings_through, "through", initial.through()); //$NON-NLS-1$
        Composite freshness = tab(tabs, Messages.AuditSettings_tabFreshness);
        homeMaxAge = SettingsFields.field(freshness, Messages.AuditSettings_homeMaxAge, "homeMaxAge", Integer.toString(initial.homeMaxAgeDays())); //$NON-NLS-1$
        categories = SettingsFields.lines(freshness, Messages.AuditSettings_categories, "categories", //$NON-NLS-1$
                initial.columnCategories().stream().map(ColumnCategory::written).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        verdict = new VerdictTab(tab(tabs, Messages.AuditSettings_tabVerdict), initial.verdict());
        error = WidgetIds.tag(new Label(area, SWT.WRAP), "auditSettings.error"); //$NON-NLS-1$
        error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return area;
    }

    /** @return the page of a new tab: labels beside their fields */
    private static Composite tab(TabFolder tabs, String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        item.setControl(page);
        return page;
    }

    /** A 浏览 Browse button under the certificate files that adds the files chosen, one a line. */
    private void browse(Composite page) {
        new Label(page, SWT.NONE);
        Button button = WidgetIds.tag(new Button(page, SWT.PUSH), "auditSettings.caBrowse"); //$NON-NLS-1$
        button.setText(Messages.AuditSettings_browse);
        button.addListener(SWT.Selection, e -> {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            files.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer;*.der", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
            if (files.open() != null) {
                StringBuilder text = new StringBuilder(caCertificates.getText().strip());
                for (String name : files.getFileNames()) {
                    text.append(text.isEmpty() ? "" : "\n").append(Path.of(files.getFilterPath(), name)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                caCertificates.setText(text.toString());
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Controls.okCancel(getButton(IDialogConstants.OK_ID), getButton(IDialogConstants.CANCEL_ID), "auditSettings"); //$NON-NLS-1$
    }

    @Override
    protected void okPressed() {
        List<String> problems = new ArrayList<>();
        WordLists.Parsed<Map<String, String>> dictionary = WordLists.typos(typos.getText());
        dictionary.badLines().forEach(line -> problems.add(NLS.bind(Messages.AuditSettings_badTypo, line.number(),
                line.text().replace('\t', ' '))));
        int pages = SettingsFields.whole(maxPages.getText());
        if (pages < 1) {
            problems.add(NLS.bind(Messages.AuditSettings_badMaxPages, maxPages.getText()));
        }
        double seconds = SettingsFields.seconds(loadBudget.getText());
        if (!(seconds > 0)) {
            problems.add(NLS.bind(Messages.AuditSettings_badBudget, loadBudget.getText()));
        }
        int homeDays = SettingsFields.whole(homeMaxAge.getText());
        if (homeDays < 1) {
            problems.add(NLS.bind(Messages.AuditSettings_badHomeMaxAge, homeMaxAge.getText()));
        }
        WordLists.Parsed<List<ColumnCategory>> columns = WordLists.entries(categories.getText(), ColumnCategory::parse);
        columns.badLines().forEach(line -> problems.add(NLS.bind(Messages.AuditSettings_badCategory, line.number(), line.text())));
        Set<Integer> statuses = CrawlSettings.parseStatuses(softBlocked.getText()).orElse(null);
        if (statuses == null) {
            problems.add(NLS.bind(Messages.AuditSettings_badSoftBlocked, softBlocked.getText()));
        }
        WordLists.Parsed<List<String>> prompts = WordLists.entries(leavePrompts.getText(), AuditSettingsDialog::pattern);
        prompts.badLines().forEach(line -> problems.add(NLS.bind(Messages.AuditSettings_badLeavePrompt, line.number(), line.text())));
        List<String> certificates = WordLists.words(caCertificates.getText());
        certificates.stream().map(TrustedCertificates::problem).flatMap(Optional::stream).forEach(problems::add);
        String server = through.getText().strip();
        if (!server.isEmpty() && CrawlSettings.parseThrough(server).isEmpty()) {
            problems.add(NLS.bind(Messages.AuditSettings_badThrough, server));
        }
        VerdictSettings scoring = verdict.read(problems);
        if (!problems.isEmpty()) {
            error.setText(String.join("\n", problems)); //$NON-NLS-1$
            error.getParent().layout(true);
            getShell().layout(true, true);
            return;
        }
        result = new AuditPreferences(WordLists.words(words.getText()), dictionary.entries(), robots.getSelection(),
                sitemaps.getSelection(), pages, WordLists.words(governmentHosts.getText()), seconds, homeDays,
                columns.entries(), statuses, prompts.entries(), certificates, scoring, server);
        super.okPressed();
    }

    /** @return {@code text} if it is a regular expression */
    private static Optional<String> pattern(String text) {
        try {
            Pattern.compile(text);
            return Optional.of(text);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
