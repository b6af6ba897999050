package org.govsite.ui.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * A horizontal bar chart painted with SWT on a canvas: a title, then one bar per {@link Bar} (largest first as
 * given), its label on the left and its value on the right. The canvas carries this chart as data {@value #KEY}; the
 * bars and the rectangles last painted are there for tests and tools.
 */
public final class BarChart {

    /** Data key of the canvas: the chart painted on it. */
    public static final String KEY = "org.govsite.chart"; //$NON-NLS-1$

    private static final int ROW = 20;
    private static final int GAP = 6;

    private final Canvas canvas;
    private final String title;
    private List<Bar> bars = List.of();
    private final List<Rectangle> painted = new ArrayList<>();

    public BarChart(Composite parent, String title, String id) {
        this.title = title;
        canvas = WidgetIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER), id);
        canvas.setData(KEY, this);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows these bars (repainted at once). */
    public void setBars(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        canvas.redraw();
    }

    public List<Bar> bars() {
        return bars;
    }

    /** @return the bars' rectangles as last painted */
    public List<Rectangle> painted() {
        return List.copyOf(painted);
    }

    private void paint(GC gc) {
        painted.clear();
        Rectangle area = canvas.getClientArea();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, GAP, GAP, true);
        int top = GAP * 2 + gc.textExtent(title).y;
        if (bars.isEmpty()) {
            gc.drawText(Messages.Dashboard_noData, GAP, top, true);
            return;
        }
        int labelWidth = bars.stream().mapToInt(b -> gc.textExtent(b.label()).x).max().orElse(0);
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int valueWidth = gc.textExtent(Integer.toString(max)).x;
        int room = Math.max(10, area.width - labelWidth - valueWidth - GAP * 4);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        for (int i = 0; i < bars.size() && top + ROW <= area.height; i++, top += ROW) {
            Bar bar = bars.get(i);
            Point label = gc.textExtent(bar.label());
            gc.drawText(bar.label(), GAP + labelWidth - label.x, top + (ROW - label.y) / 2, true);
            Rectangle rectangle = new Rectangle(GAP * 2 + labelWidth, top + 3, Math.max(1, room * bar.value() / max),
                    ROW - 6);
            gc.fillRectangle(rectangle);
            painted.add(rectangle);
            gc.drawText(Integer.toString(bar.value()), rectangle.x + rectangle.width + GAP, top + (ROW - label.y) / 2, true);
        }
    }
}
