package org.govsite.demo;

import java.time.Year;
import java.util.List;
import java.util.Random;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Site;

/** Adds a site's column tree from {@link ColumnPlan}s, with yearly archive columns under document lists. */
final class DemoColumns {

    private static final int LAST_YEAR = 2026;

    private final Random random;
    private final int archiveYears;

    DemoColumns(Random random, int archiveYears) {
        this.random = random;
        this.archiveYears = archiveYears;
    }

    void addTo(Site site, List<ColumnPlan> plans) {
        for (ColumnPlan plan : plans) {
            Column top = column(plan.name(), plan.path(), plan.category());
            top.setDescription(site.getName() + plan.name());
            top.setKeywords(plan.name());
            for (String[] child : plan.children()) {
                Column column = column(child[0], child[1], plan.category());
                if (plan.yearly().contains(child[0])) {
                    for (int year = LAST_YEAR; year > LAST_YEAR - archiveYears; year--) {
                        column.getChildren().add(column(Year.of(year) + "年", Integer.toString(year), plan.category()));
                    }
                }
                top.getChildren().add(column);
            }
            site.getColumns().add(top);
        }
    }

    private Column column(String name, String path, ColumnCategory category) {
        Column column = GovSiteFactory.eINSTANCE.createColumn();
        column.setId(DemoSites.id(random));
        column.setName(name);
        column.setPathSegment(path);
        column.setCategory(category);
        return column;
    }
}
