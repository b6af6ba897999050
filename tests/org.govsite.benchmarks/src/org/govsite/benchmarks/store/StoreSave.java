package org.govsite.benchmarks.store;

import java.nio.file.Path;

import org.govsite.benchmarks.Benchmark;
import org.govsite.store.PlatformStore;
import org.govsite.testing.Folders;

/** Saving the STANDARD province into an empty store: every row inserted. */
public final class StoreSave implements Benchmark {

    private Path folder;
    private PlatformStore store;

    @Override
    public String name() {
        return "store.save";
    }

    @Override
    public String baseline() {
        return BareH2Insert.NAME;
    }

    @Override
    public void setUp() {
        StoreFixture.standardProvince();
    }

    @Override
    public void beforeEach() throws Exception {
        folder = StoreFixture.newFolder();
        store = PlatformStore.open(folder);
    }

    @Override
    public void run() {
        store.save(StoreFixture.standardProvince(), null);
    }

    @Override
    public void afterEach() throws Exception {
        store.close();
        Folders.delete(folder);
    }
}
