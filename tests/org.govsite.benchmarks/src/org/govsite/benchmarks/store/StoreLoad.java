package org.govsite.benchmarks.store;

import java.nio.file.Path;

import org.govsite.benchmarks.Benchmark;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.testing.Folders;

/** Loading the STANDARD province: rows to a complete EMF tree with references resolved. */
public final class StoreLoad implements Benchmark {

    private Path folder;
    private PlatformStore store;
    private String platformId;

    @Override
    public String name() {
        return "store.load";
    }

    @Override
    public String baseline() {
        return BareH2Select.NAME;
    }

    @Override
    public void setUp() throws Exception {
        Platform platform = StoreFixture.standardProvince();
        platformId = platform.getId();
        folder = StoreFixture.newFolder();
        store = PlatformStore.open(folder);
        store.save(platform, null);
    }

    @Override
    public void run() {
        if (store.load(platformId, null).isEmpty()) {
            throw new IllegalStateException("the saved platform is missing");
        }
    }

    @Override
    public void tearDown() throws Exception {
        store.close();
        Folders.delete(folder);
    }
}
