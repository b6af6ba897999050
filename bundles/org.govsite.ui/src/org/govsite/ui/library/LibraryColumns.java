package org.govsite.ui.library;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;

/**
 * The columns as the resource library uses them: a platform's by id, each labelled "site / column / sub-column" as the
 * article dialog shows them; a column with its sub-columns.
 */
final class LibraryColumns {

    private LibraryColumns() {
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

    /** @return the column's id, and its sub-columns' ids when they are listed too */
    static Set<String> ids(Column column, boolean withSubColumns) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(column.getId());
        if (withSubColumns) {
            column.eAllContents().forEachRemaining(content -> {
                if (content instanceof Column child) {
                    ids.add(child.getId());
                }
            });
        }
        return ids;
    }
}
