package org.govsite.benchmarks.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.model.FilterQueries;
import org.govsite.ui.WidgetIds;
import org.govsite.ui.explorer.PlatformExplorerPart;

/**
 * Filtering in the Platform Explorer on the STANDARD province: each of the {@link FilterQueries} entered in the
 * filter box (applied at once, as Enter does, rather than after the typing pause). {@code ui.explorer.filter}
 * times until the filtered tree is painted and the next keystroke can be taken; {@code ui.explorer.filter.expanded}
 * until the explorer has also expanded up to 200 matches into view, which it does a few paths per turn of the
 * event loop. Both are compared with the same queries on the headless filter alone.
 */
public final class ExplorerFilter implements Benchmark {

    private final boolean untilExpanded;
    private UiFixture fixture;
    private UiFixture.Created<PlatformExplorerPart> explorer;
    private Text filter;

    public ExplorerFilter(boolean untilExpanded) {
        this.untilExpanded = untilExpanded;
    }

    @Override
    public String name() {
        return untilExpanded ? "ui.explorer.filter.expanded" : "ui.explorer.filter";
    }

    @Override
    public String baseline() {
        return "model.filter.apply";
    }

    @Override
    public void setUp() throws Exception {
        fixture = new UiFixture();
        explorer = fixture.make(PlatformExplorerPart.class);
        filter = find(explorer.area());
    }

    @Override
    public void run() {
        for (String text : FilterQueries.TEXTS) {
            filter.setText(text);
            filter.notifyListeners(SWT.DefaultSelection, null);
            if (untilExpanded) {
                fixture.settle();
            } else {
                fixture.shell.update();
            }
        }
    }

    @Override
    public void afterEach() {
        filter.setText("");
        filter.notifyListeners(SWT.DefaultSelection, null);
        fixture.settle();
    }

    @Override
    public void tearDown() throws Exception {
        explorer.dispose();
        fixture.close();
    }

    private static Text find(Control control) {
        if (control instanceof Text text && "explorer.filter".equals(text.getData(WidgetIds.KEY))) {
            return text;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
