package org.govsite.ui.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.model.validation.Severity;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.problems.ProblemLabels;

/**
 * The Findings view's filters: a combo each for site, rule and severity, the first item of each meaning all. The site
 * and rule combos offer what the loaded rows have (rules by id, never a fixed list), keeping the choice made.
 */
final class FilterCombos {

    private final Combo site;
    private final Combo rule;
    private final Combo severity;
    private final List<URI> homes = new ArrayList<>();
    private final List<String> ruleIds = new ArrayList<>();

    FilterCombos(Composite parent, Runnable changed) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        site = combo(bar, Messages.Findings_site, "findings.site", 220, changed); //$NON-NLS-1$
        rule = combo(bar, Messages.Problems_rule, "findings.rule", 200, changed); //$NON-NLS-1$
        severity = combo(bar, Messages.Problems_severity, "findings.severity", 90, changed); //$NON-NLS-1$
        severity.add(Messages.Findings_all);
        for (Severity value : Severity.values()) {
            severity.add(ProblemLabels.severity(value));
        }
        severity.select(0);
        site.add(Messages.Findings_all);
        site.select(0);
        rule.add(Messages.Findings_all);
        rule.select(0);
    }

    private static Combo combo(Composite bar, String label, String id, int width, Runnable changed) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.widthHint = width;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }

    /** Offers the sites and rules of these rows, keeping the chosen ones (a choice no longer offered becomes all). */
    void offer(List<FindingRow> rows) {
        Map<URI, String> sites = new LinkedHashMap<>();
        Map<String, String> rules = new TreeMap<>();
        for (FindingRow row : rows) {
            sites.putIfAbsent(row.home(), row.site());
            rules.putIfAbsent(row.finding().ruleId(), row.finding().ruleId());
        }
        URI chosenHome = chosen(site, homes);
        String chosenRule = chosen(rule, ruleIds);
        refill(site, homes, sites, chosenHome);
        refill(rule, ruleIds, rules, chosenRule);
    }

    private static <K> K chosen(Combo combo, List<K> values) {
        int index = combo.getSelectionIndex();
        return index > 0 ? values.get(index - 1) : null;
    }

    private static <K> void refill(Combo combo, List<K> values, Map<K, String> offered, K chosen) {
        values.clear();
        values.addAll(offered.keySet());
        combo.removeAll();
        combo.add(Messages.Findings_all);
        offered.values().forEach(combo::add);
        combo.select(chosen == null || !values.contains(chosen) ? 0 : values.indexOf(chosen) + 1);
    }

    /** @return the filter the combos show */
    FindingFilter filter() {
        int level = severity.getSelectionIndex();
        return new FindingFilter(chosen(site, homes), chosen(rule, ruleIds),
                level > 0 ? Severity.values()[level - 1] : null);
    }
}
