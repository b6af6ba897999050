package org.govsite.audit.freshness;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.govsite.audit.Finding;

/**
 * What the freshness checks concluded about a site.
 *
 * @param homeRead whether the home page was read
 * @param columns the columns found, by first page
 * @param findings the home page's and the columns' findings
 */
public record Freshness(boolean homeRead, List<ColumnFreshness> columns, List<Finding> findings) {

    public Freshness {
        columns = List.copyOf(columns);
        findings = List.copyOf(findings);
    }

    /** @return the column whose first list page this is */
    public Optional<ColumnFreshness> column(URI page) {
        return columns.stream().filter(c -> c.page().equals(page)).findFirst();
    }
}
