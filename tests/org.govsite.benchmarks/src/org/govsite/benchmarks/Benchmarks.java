package org.govsite.benchmarks;

import java.util.List;
import java.util.function.Supplier;

import org.govsite.benchmarks.audit.CrawlerBenchmarks;
import org.govsite.benchmarks.migration.BareFetch;
import org.govsite.benchmarks.migration.FullMigration;
import org.govsite.benchmarks.publish.SitePublish;
import org.govsite.benchmarks.model.FilterApply;
import org.govsite.benchmarks.model.FilterSnapshot;
import org.govsite.benchmarks.model.ModelTraverse;
import org.govsite.benchmarks.model.NaiveScan;
import org.govsite.benchmarks.model.Validate;
import org.govsite.benchmarks.server.ArticleInserts;
import org.govsite.benchmarks.server.ArticleRequests;
import org.govsite.benchmarks.server.OldAggregates;
import org.govsite.benchmarks.server.SignedRequests;
import org.govsite.benchmarks.server.StatisticsRead;
import org.govsite.benchmarks.server.UnsignedRequests;
import org.govsite.benchmarks.store.BareH2Insert;
import org.govsite.benchmarks.ui.ExplorerFilter;
import org.govsite.benchmarks.ui.ExplorerOpen;
import org.govsite.benchmarks.ui.PlainTree;
import org.govsite.benchmarks.store.BareH2Select;
import org.govsite.benchmarks.store.StoreLoad;
import org.govsite.benchmarks.report.BareSxssfWrite;
import org.govsite.benchmarks.report.ReportWrite;
import org.govsite.benchmarks.store.StoreSave;
import org.govsite.benchmarks.store.StoreSaveAllChanged;
import org.govsite.benchmarks.store.StoreSaveUnchanged;
import org.govsite.benchmarks.sync.BareH2ArticleInsert;
import org.govsite.benchmarks.sync.InitialSync;
import org.govsite.benchmarks.sync.LibraryListing;

/** Every benchmark of the harness, in run order (baselines before what is compared with them). */
public final class Benchmarks {

    public static final List<Supplier<Benchmark>> ALL = List.of(BareH2Insert::new, StoreSave::new,
            StoreSaveUnchanged::new, StoreSaveAllChanged::new, BareH2Select::new, StoreLoad::new,
            ModelTraverse::new, FilterSnapshot::new, Validate::new, NaiveScan::new, FilterApply::new,
            PlainTree::new, ExplorerOpen::new, () -> new ExplorerFilter(false),
            () -> new ExplorerFilter(true), UnsignedRequests::organisation, SignedRequests::organisation,
            UnsignedRequests::feed, SignedRequests::feed, BareH2ArticleInsert::new,
            InitialSync::new, LibraryListing::bareScan, LibraryListing::columnList, CrawlerBenchmarks::plainJava, CrawlerBenchmarks::linkinator, CrawlerBenchmarks::wget,
            CrawlerBenchmarks::linkchecker, CrawlerBenchmarks::govSite, BareSxssfWrite::new, ReportWrite::new,
            OldAggregates::new, StatisticsRead::new, ArticleInserts::bare, ArticleInserts::counted,
            ArticleRequests::new, BareFetch::new, FullMigration::live, FullMigration::mirror,
            SitePublish::full, SitePublish::unchanged, SitePublish::oneChanged);

    private Benchmarks() {
    }
}
