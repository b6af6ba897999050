package org.govsite.ui.report.supervision;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.govsite.report.ReportTexts;
import org.govsite.report.supervision.CheckRow;
import org.govsite.report.supervision.SpotCheckResult;
import org.govsite.ui.TableColumns;
import org.govsite.ui.WidgetIds;

/**
 * The spot-check table of the supervision report, with the workbook's headers: 时间, 抽查网站数（个）, 不合格网站数（个）,
 * 抽查比例不低于30% (是/否, empty for the year's row); a row per quarter and the year's. Widget id
 * {@code supervision.checks}.
 */
final class CheckTable {

    /** A row as shown: the period's name, its counts, and whether it is a quarter (the year has no coverage). */
    private record Line(String period, CheckRow row, boolean quarter) {
    }

    private final TableViewer viewer;
    private final ReportTexts texts;

    CheckTable(Composite parent, ReportTexts texts, int percent) {
        this.texts = texts;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetIds.tag(viewer.getTable(), "supervision.checks"); //$NON-NLS-1$
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Line.class, texts.get("Supervision_period"), 120, Line::period); //$NON-NLS-1$
        TableColumns.add(viewer, Line.class, texts.get("Supervision_checked"), 150, //$NON-NLS-1$
                line -> Integer.toString(line.row().checked()));
        TableColumns.add(viewer, Line.class, texts.get("Supervision_unqualified"), 150, //$NON-NLS-1$
                line -> Integer.toString(line.row().unqualified()));
        String covered = texts.get("Supervision_covered", Integer.toString(percent)); //$NON-NLS-1$
        TableColumns.add(viewer, Line.class, covered, 180,
                line -> line.quarter() ? texts.flag(line.row().covered()) : ""); //$NON-NLS-1$
    }

    Table control() {
        return viewer.getTable();
    }

    void show(SpotCheckResult result) {
        List<Line> lines = new ArrayList<>();
        for (int q = 0; q < result.quarters().size(); q++) {
            lines.add(new Line(texts.get("Supervision_Q" + (q + 1)), result.quarters().get(q), true)); //$NON-NLS-1$
        }
        lines.add(new Line(texts.get("Supervision_year"), result.year(), false)); //$NON-NLS-1$
        viewer.setInput(lines);
    }
}
