package org.govsite.ui.audit;

import java.math.BigDecimal;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.govsite.audit.content.WordLists;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * 审计设置 Audit Settings: the sensitive words, the user typo dictionary (Tab types a tab there), robots.txt, sitemaps,
 * max pages, government hosts and the load-time budget. OK checks everything first: the problems (a typo line by its
 * number) are listed in the dialog, which stays open with what was typed. Widget ids: {@code auditSettings.words|
 * typos|robots|sitemaps|maxPages|governmentHosts|loadBudget|error|ok|cancel}.
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
        area.setLayout(new GridLayout(2, false));
        words = lines(area, Messages.AuditSettings_words, "words", String.join("\n", initial.sensitiveWords())); //$NON-NLS-1$ //$NON-NLS-2$
        typos = lines(area, Messages.AuditSettings_typos, "typos", WordLists.typoLines(initial.typos())); //$NON-NLS-1$
        typos.addTraverseListener(e -> e.doit = e.detail != SWT.TRAVERSE_TAB_NEXT && e.detail != SWT.TRAVERSE_TAB_PREVIOUS);
        governmentHosts = lines(area, Messages.AuditSettings_governmentHosts, "governmentHosts", //$NON-NLS-1$
                String.join("\n", initial.governmentHosts())); //$NON-NLS-1$
        maxPages = field(area, Messages.AuditSettings_maxPages, "maxPages", Integer.toString(initial.maxPages())); //$NON-NLS-1$
        loadBudget = field(area, Messages.AuditSettings_loadBudget, "loadBudget", //$NON-NLS-1$
                BigDecimal.valueOf(initial.loadBudgetSeconds()).stripTrailingZeros().toPlainString());
        homeMaxAge = field(area, Messages.AuditSettings_homeMaxAge, "homeMaxAge", Integer.toString(initial.homeMaxAgeDays())); //$NON-NLS-1$
        categories = lines(area, Messages.AuditSettings_categories, "categories", //$NON-NLS-1$
                initial.columnCategories().stream().map(ColumnCategory::written).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        softBlocked = field(area, Messages.AuditSettings_softBlocked, "softBlocked", initial.softBlockedStatuses().stream() //$NON-NLS-1$
                .sorted().map(String::valueOf).collect(Collectors.joining(","))); //$NON-NLS-1$
        leavePrompts = lines(area, Messages.AuditSettings_leavePrompts, "leavePrompts", String.join("\n", initial.leavePromptUrls())); //$NON-NLS-1$ //$NON-NLS-2$
        robots = check(area, Messages.AuditSettings_robots, "robots", initial.honourRobots()); //$NON-NLS-1$
        sitemaps = check(area, Messages.AuditSettings_sitemaps, "sitemaps", initial.sitemaps()); //$NON-NLS-1$
        error = WidgetIds.tag(new Label(area, SWT.WRAP), "auditSettings.error"); //$NON-NLS-1$
        error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    private static Text lines(Composite area, String label, String id, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL), "auditSettings." + id); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 420;
        data.heightHint = 90;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    private static Text field(Composite area, String label, String id, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(area, SWT.BORDER), "auditSettings." + id); //$NON-NLS-1$
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        return text;
    }

    private static Button check(Composite area, String label, String id, boolean value) {
        Button button = WidgetIds.tag(new Button(area, SWT.CHECK), "auditSettings." + id); //$NON-NLS-1$
        button.setText(label);
        button.setSelection(value);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetIds.tag(getButton(IDialogConstants.OK_ID), "auditSettings.ok").setText(Messages.Button_ok); //$NON-NLS-1$
        WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), "auditSettings.cancel").setText(Messages.Button_cancel); //$NON-NLS-1$
    }

    @Override
    protected void okPressed() {
        List<String> problems = new ArrayList<>();
        WordLists.Parsed<Map<String, String>> dictionary = WordLists.typos(typos.getText());
        dictionary.badLines().forEach(line -> problems.add(NLS.bind(Messages.AuditSettings_badTypo, line.number(),
                line.text().replace('\t', ' '))));
        int pages = whole(maxPages.getText());
        if (pages < 1) {
            problems.add(NLS.bind(Messages.AuditSettings_badMaxPages, maxPages.getText()));
        }
        double seconds = seconds(loadBudget.getText());
        if (!(seconds > 0)) {
            problems.add(NLS.bind(Messages.AuditSettings_badBudget, loadBudget.getText()));
        }
        int homeDays = whole(homeMaxAge.getText());
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
        if (!problems.isEmpty()) {
            error.setText(String.join("\n", problems)); //$NON-NLS-1$
            error.getParent().layout(true);
            getShell().layout(true, true);
            return;
        }
        result = new AuditPreferences(WordLists.words(words.getText()), dictionary.entries(), robots.getSelection(),
                sitemaps.getSelection(), pages, WordLists.words(governmentHosts.getText()), seconds, homeDays,
                columns.entries(), statuses, prompts.entries());
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

    private static int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double seconds(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
