package org.govsite.benchmarks;

import java.util.List;
import java.util.function.Supplier;

import org.govsite.benchmarks.store.BareH2Insert;
import org.govsite.benchmarks.store.BareH2Select;
import org.govsite.benchmarks.store.StoreLoad;
import org.govsite.benchmarks.store.StoreSave;
import org.govsite.benchmarks.store.StoreSaveAllChanged;
import org.govsite.benchmarks.store.StoreSaveUnchanged;

/** Every benchmark of the harness, in run order (baselines before what is compared with them). */
public final class Benchmarks {

    public static final List<Supplier<Benchmark>> ALL = List.of(BareH2Insert::new, StoreSave::new,
            StoreSaveUnchanged::new, StoreSaveAllChanged::new, BareH2Select::new, StoreLoad::new);

    private Benchmarks() {
    }
}
