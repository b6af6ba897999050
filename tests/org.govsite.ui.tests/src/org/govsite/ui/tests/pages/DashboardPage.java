package org.govsite.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.govsite.ui.audit.Bar;
import org.govsite.ui.audit.BarChart;
import org.govsite.ui.audit.LineChart;

/** Page object of the Audit Dashboard (审计概览): the verdict table and the charts as painted. */
public final class DashboardPage {

    /** A row of the verdict table: site, verdict, score, single-veto items, pages, findings, run. */
    public record Verdict(String site, String verdict, String score, String vetoes, String pages, String findings,
            String run) {
    }

    private final Control root;

    public DashboardPage(Control root) {
        this.root = root;
    }

    public List<Verdict> verdicts() {
        Table table = Widgets.find(root, "dashboard.verdicts", Table.class);
        return Arrays.stream(table.getItems()).map(i -> new Verdict(i.getText(0), i.getText(1), i.getText(2),
                i.getText(3), i.getText(4), i.getText(5), i.getText(6))).toList();
    }

    /** The bars of a bar chart ({@code byRule}, {@code bySite}). */
    public List<Bar> bars(String chart) {
        return barChart(chart).bars();
    }

    /** Paints the chart now and returns the bars' rectangles painted. */
    public List<Rectangle> paintedBars(String chart) {
        BarChart bars = barChart(chart);
        repaint(bars.control());
        return bars.painted();
    }

    public LineChart trend() {
        return (LineChart) Widgets.find(root, "dashboard.trend", Canvas.class).getData(BarChart.KEY);
    }

    /** Paints the trend now and returns how many lines it drew. */
    public int trendLinesPainted() {
        repaint(trend().control());
        return trend().linesPainted();
    }

    private BarChart barChart(String chart) {
        return (BarChart) Widgets.find(root, "dashboard." + chart, Canvas.class).getData(BarChart.KEY);
    }

    private static void repaint(Canvas canvas) {
        canvas.redraw();
        canvas.update();
    }
}
