package org.govsite.benchmarks.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.benchmarks.Benchmark;
import org.govsite.benchmarks.StandardProvince;
import org.govsite.model.Organisation;

/**
 * Baseline for opening the explorer: the least a tree of the province can cost, a plain SWT tree with one item per
 * organisation (the explorer's first level), laid out and painted.
 */
public final class PlainTree implements Benchmark {

    static final String NAME = "swt.tree.plain";

    private UiFixture fixture;
    private Composite area;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp() throws Exception {
        fixture = new UiFixture();
    }

    @Override
    public void run() {
        area = new Composite(fixture.shell, SWT.NONE);
        area.setLayout(new org.eclipse.swt.layout.FillLayout());
        Tree tree = new Tree(area, SWT.BORDER);
        for (Organisation organisation : StandardProvince.get().getOrganisations()) {
            new TreeItem(tree, SWT.NONE).setText(organisation.getName());
        }
        fixture.shell.layout(true, true);
        fixture.settle();
    }

    @Override
    public void afterEach() {
        area.dispose();
        fixture.settle();
    }

    @Override
    public void tearDown() throws Exception {
        fixture.close();
    }
}
