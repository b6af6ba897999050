package org.govsite.benchmarks.report;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govsite.report.AnnualReport;
import org.govsite.report.ManualFields;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.Statistics;
import org.govsite.report.Visits;
import org.govsite.report.check.ConsistencyChecks;
import org.govsite.report.xlsx.ProvinceWorkbook;
import org.govsite.report.xlsx.SiteWorkbook;

/**
 * {@code report.govsite}: what {@code govsite report} does for a province of 400 sites (docs/benchmarks.md, "Annual
 * reports"): the statistics JSON parsed, each site's report checked and written as its XLSX in the template's layout,
 * then the province workbook with its totals and chart. Compared with {@link BareSxssfWrite}.
 */
public final class ReportWrite extends ReportBenchmark {
    @Override
    public String name() {
        return "report.govsite";
    }

    @Override
    public String baseline() {
        return BareSxssfWrite.NAME;
    }

    @Override
    public void run() throws Exception {
        Statistics statistics = Statistics.read(new ByteArrayInputStream(json));
        ReportTexts texts = ReportTexts.of(Locale.CHINESE);
        ConsistencyChecks checks = new ConsistencyChecks(ConsistencyChecks.CheckSettings.defaults());
        List<AnnualReport> reports = new ArrayList<>();
        for (SiteStatistics site : statistics.sites()) {
            AnnualReport report = new AnnualReport(statistics.year(), site, new Visits(1000, 50_000),
                    ManualFields.empty());
            checks.check(report, LocalDate.of(ReportFixture.YEAR + 1, 1, 20));
            reports.add(report);
            try (OutputStream out = Files.newOutputStream(folder.resolve(site.host() + ".xlsx"))) {
                SiteWorkbook.write(report, texts, out);
            }
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("province.xlsx"))) {
            ProvinceWorkbook.write(reports, texts, out);
        }
    }
}
