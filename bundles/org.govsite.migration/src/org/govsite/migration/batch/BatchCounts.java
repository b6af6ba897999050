package org.govsite.migration.batch;

import org.govsite.migration.ImportResult;
import org.govsite.migration.MigrationReport;

/**
 * The counts of a batch's last run.
 *
 * @param pages old URLs in the plan
 * @param articles articles to import (extracted, redirected to a column, duplicates left out)
 * @param imported articles in the library (imported by this run or an earlier one)
 * @param failed articles whose import failed (the journal retries them)
 * @param extractionFailures pages that gave no article (home and column pages aside)
 * @param unresolved old URLs without a decision
 * @param duplicates articles found under more than one URL
 */
public record BatchCounts(int pages, int articles, int imported, int failed, int extractionFailures, int unresolved,
        int duplicates) {

    /** No run yet. */
    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0, 0, 0, 0);

    /** @return the counts of {@code report} (imports counted when it holds them) */
    public static BatchCounts of(MigrationReport report) {
        return new BatchCounts(report.plan().outcomes().size(), report.articlesPerColumn().values().stream().mapToInt(Integer::intValue).sum(),
                report.imports(ImportResult.Status.IMPORTED).size()
                        + report.imports(ImportResult.Status.ALREADY_IMPORTED).size(),
                report.imports(ImportResult.Status.FAILED).size(), report.extractionFailures().size(),
                report.unresolved().size(), report.duplicates().size());
    }
}
