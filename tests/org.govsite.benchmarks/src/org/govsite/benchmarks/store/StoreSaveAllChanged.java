package org.govsite.benchmarks.store;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.benchmarks.Benchmark;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.store.PlatformStore;
import org.govsite.testing.Folders;

/** Saving the STANDARD province after every column changed (worst case of an editing session: all rows updated). */
public final class StoreSaveAllChanged implements Benchmark {

    private Path folder;
    private PlatformStore store;
    private Platform platform;
    private int round;

    @Override
    public String name() {
        return "store.save.allChanged";
    }

    @Override
    public String baseline() {
        return BareH2Insert.NAME;
    }

    @Override
    public void setUp() throws Exception {
        platform = EcoreUtil.copy(StoreFixture.standardProvince());
        folder = StoreFixture.newFolder();
        store = PlatformStore.open(folder);
        store.save(platform, null);
    }

    @Override
    public void beforeEach() {
        String keywords = "第" + ++round + "轮";
        platform.eAllContents().forEachRemaining(object -> {
            if (object instanceof Column column) {
                column.setKeywords(keywords);
            }
        });
    }

    @Override
    public void run() {
        store.save(platform, null);
    }

    @Override
    public void tearDown() throws Exception {
        store.close();
        Folders.delete(folder);
    }
}
