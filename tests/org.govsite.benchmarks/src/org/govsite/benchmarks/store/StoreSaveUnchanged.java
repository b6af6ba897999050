package org.govsite.benchmarks.store;

import java.nio.file.Path;

import org.govsite.benchmarks.Benchmark;
import org.govsite.store.PlatformStore;
import org.govsite.testing.Folders;

/** Saving the STANDARD province again when nothing changed: the usual save of an editing session. */
public final class StoreSaveUnchanged implements Benchmark {

    private Path folder;
    private PlatformStore store;

    @Override
    public String name() {
        return "store.save.unchanged";
    }

    @Override
    public String baseline() {
        return BareH2Insert.NAME;
    }

    @Override
    public void setUp() throws Exception {
        folder = StoreFixture.newFolder();
        store = PlatformStore.open(folder);
        store.save(StoreFixture.standardProvince(), null);
    }

    @Override
    public void run() {
        store.save(StoreFixture.standardProvince(), null);
    }

    @Override
    public void tearDown() throws Exception {
        store.close();
        Folders.delete(folder);
    }
}
