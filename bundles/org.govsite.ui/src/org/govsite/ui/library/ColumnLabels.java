package org.govsite.ui.library;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;

/** The columns of a platform by id, each labelled "site / column / sub-column" as the article dialog shows them. */
final class ColumnLabels {

    private ColumnLabels() {
    }

    /** @return every column of the platform's sites, in site and tree order, by id */
    static Map<String, String> of(Platform platform) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Site site : platform.getSites()) {
            for (Column column : site.getColumns()) {
                add(labels, site.getName(), column);
            }
        }
        return labels;
    }

    private static void add(Map<String, String> labels, String parent, Column column) {
        String label = parent + " / " + column.getName(); //$NON-NLS-1$
        labels.put(column.getId(), label);
        for (Column child : column.getChildren()) {
            add(labels, label, child);
        }
    }
}
