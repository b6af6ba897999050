package org.govsite.ui.report.supervision;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.model.Site;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.Quarter;
import org.govsite.report.supervision.SpotChecks;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;

/**
 * The sample proposal of a quarter: the quarter (combo {@code supervision.quarter}), 提议样本 (button
 * {@code supervision.propose}) listing the sites {@link SpotChecks#proposeSample} gives (table
 * {@code supervision.sample}: 站点, 主机; summary {@code supervision.sampleSummary}), and 审计样本站点 (button
 * {@code supervision.auditSample}) handing them to the audit. Ties are broken by a random source seeded with the
 * quarter ({@code year * 10 + quarter}), so proposing again gives the same sample while the history is unchanged.
 */
final class SamplePanel {

    /** A proposed site. */
    private record Proposed(String host, Site site) {
    }

    private final ReportTexts texts;
    private final Combo quarter;
    private final Label summary;
    private final TableViewer sample;
    private final Button audit;
    private List<Proposed> proposed = List.of();

    /**
     * @param propose asked for the quarter's proposal when 提议样本 is pressed
     * @param auditSites told the sites to audit when 审计样本站点 is pressed
     */
    SamplePanel(Composite parent, ReportTexts texts, Runnable propose, Consumer<List<Site>> auditSites) {
        this.texts = texts;
        parent.setLayout(new GridLayout(4, false));
        quarter = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "supervision.quarter"); //$NON-NLS-1$
        for (int q = 1; q <= 4; q++) {
            quarter.add(texts.get("Supervision_Q" + q)); //$NON-NLS-1$
        }
        quarter.select(0);
        Button proposeButton = WidgetIds.tag(new Button(parent, SWT.PUSH), "supervision.propose"); //$NON-NLS-1$
        proposeButton.setText(Messages.Supervision_propose);
        audit = WidgetIds.tag(new Button(parent, SWT.PUSH), "supervision.auditSample"); //$NON-NLS-1$
        audit.setText(Messages.Supervision_auditSample);
        audit.setEnabled(false);
        summary = WidgetIds.tag(new Label(parent, SWT.WRAP), "supervision.sampleSummary"); //$NON-NLS-1$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sample = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.tag(sample.getTable(), "supervision.sample"); //$NON-NLS-1$
        sample.getTable().setHeaderVisible(true);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        table.heightHint = 160;
        sample.getTable().setLayoutData(table);
        sample.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(sample, Proposed.class, Messages.Supervision_site, 260, p -> p.site().getName());
        TableColumns.add(sample, Proposed.class, Messages.Supervision_host, 220, Proposed::host);
        proposeButton.addListener(SWT.Selection, e -> propose.run());
        audit.addListener(SWT.Selection, e -> auditSites.accept(proposed.stream().map(Proposed::site).toList()));
    }

    /** @return the quarter chosen in a year */
    Quarter quarter(int year) {
        return new Quarter(year, quarter.getSelectionIndex() + 1);
    }

    /** @return the random source of a quarter's proposal */
    static Random random(Quarter quarter) {
        return new Random(quarter.year() * 10L + quarter.number());
    }

    /** Shows a proposal. */
    void show(Quarter of, List<String> hosts, PlatformSites sites) {
        proposed = hosts.stream().map(host -> new Proposed(host, sites.byHost().get(host))).toList();
        sample.setInput(proposed);
        summary.setText(NLS.bind(Messages.Supervision_proposed, new Object[] { proposed.size(), sites.byHost().size(),
                texts.get("Supervision_Q" + of.number()) })); //$NON-NLS-1$
        summary.getParent().layout(true);
        audit.setEnabled(!proposed.isEmpty());
    }

    /** Forgets the proposal (another year chosen). */
    void clear() {
        proposed = List.of();
        sample.setInput(proposed);
        summary.setText(""); //$NON-NLS-1$
        audit.setEnabled(false);
    }
}
