package org.govsite.benchmarks.ui;

import org.govsite.benchmarks.Benchmark;
import org.govsite.ui.explorer.PlatformExplorerPart;

/** Opening the Platform Explorer on the STANDARD province: the real part made by injection, laid out and painted. */
public final class ExplorerOpen implements Benchmark {

    private UiFixture fixture;
    private UiFixture.Created<PlatformExplorerPart> explorer;

    @Override
    public String name() {
        return "ui.explorer.open";
    }

    @Override
    public String baseline() {
        return PlainTree.NAME;
    }

    @Override
    public void setUp() throws Exception {
        fixture = new UiFixture();
    }

    @Override
    public void run() {
        explorer = fixture.make(PlatformExplorerPart.class);
    }

    @Override
    public void afterEach() {
        explorer.dispose();
        fixture.settle();
    }

    @Override
    public void tearDown() throws Exception {
        fixture.close();
    }
}
