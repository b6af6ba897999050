package org.govsite.ui.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * A line chart painted with SWT on a canvas: one line per series over the same points (a site's runs), a legend, and
 * the points' labels under the axis. The canvas carries this chart as data {@link BarChart#KEY}.
 */
public final class LineChart {

    private static final int MARGIN = 30;
    private static final int[] COLOURS = { SWT.COLOR_RED, SWT.COLOR_DARK_YELLOW, SWT.COLOR_BLUE, SWT.COLOR_DARK_GREEN };

    private final Canvas canvas;
    private String title;
    private List<String> points = List.of();
    private Map<String, List<Integer>> series = Map.of();
    private int linesPainted;

    public LineChart(Composite parent, String id) {
        canvas = WidgetIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER), id);
        canvas.setData(BarChart.KEY, this);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows these lines (repainted at once).
     *
     * @param points the labels of the points along the x axis
     * @param series each line's label and its values, one per point
     */
    public void setSeries(String title, List<String> points, Map<String, List<Integer>> series) {
        this.title = title;
        this.points = List.copyOf(points);
        this.series = new LinkedHashMap<>(series);
        canvas.redraw();
    }

    public List<String> points() {
        return points;
    }

    public Map<String, List<Integer>> series() {
        return Map.copyOf(series);
    }

    /** @return how many lines the last paint drew */
    public int linesPainted() {
        return linesPainted;
    }

    private void paint(GC gc) {
        linesPainted = 0;
        Rectangle area = canvas.getClientArea();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title == null ? Messages.Dashboard_trend : title, 6, 6, true);
        if (points.isEmpty()) {
            gc.drawText(Messages.Dashboard_noData, 6, MARGIN, true);
            return;
        }
        int left = MARGIN * 2;
        int bottom = area.height - MARGIN;
        int width = Math.max(1, area.width - left - MARGIN * 4);
        int height = Math.max(1, bottom - MARGIN - 10);
        int max = Math.max(1, series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1));
        gc.drawLine(left, MARGIN, left, bottom);
        gc.drawLine(left, bottom, left + width, bottom);
        gc.drawText(Integer.toString(max), 6, MARGIN, true);
        gc.drawText("0", 6, bottom - gc.getFontMetrics().getHeight(), true); //$NON-NLS-1$
        int step = points.size() == 1 ? 0 : width / (points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            gc.drawText(points.get(i), left + i * step, bottom + 4, true);
        }
        int line = 0;
        for (Map.Entry<String, List<Integer>> entry : series.entrySet()) {
            Color colour = canvas.getDisplay().getSystemColor(COLOURS[line % COLOURS.length]);
            gc.setForeground(colour);
            gc.setBackground(colour);
            List<Integer> values = entry.getValue();
            List<Integer> polyline = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                int x = left + i * step;
                int y = bottom - height * values.get(i) / max;
                polyline.add(x);
                polyline.add(y);
                gc.fillOval(x - 3, y - 3, 6, 6);
            }
            gc.drawPolyline(polyline.stream().mapToInt(Integer::intValue).toArray());
            int legendY = MARGIN + line * 18;
            gc.fillRectangle(left + width + 10, legendY + 4, 10, 10);
            gc.drawText(entry.getKey(), left + width + 24, legendY, true);
            line++;
            linesPainted++;
        }
    }
}
