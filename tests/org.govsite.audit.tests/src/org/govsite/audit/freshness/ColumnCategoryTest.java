package org.govsite.audit.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The written form of column categories and how settings take one. */
class ColumnCategoryTest {

    @Test
    void aCategoryIsWrittenAsIdDaysAndKeywords() {
        ColumnCategory personnel = new ColumnCategory("rsrm", 90, List.of("人事任免", "人事信息"));
        assertEquals(Optional.of(personnel), ColumnCategory.parse("rsrm:90:人事任免,人事信息"));
        assertEquals(Optional.of(personnel), ColumnCategory.parse(" rsrm ：90： 人事任免 ，人事信息，"), "full-width, blanks");
        assertEquals(Optional.of(personnel), ColumnCategory.parse(personnel.written()));
        assertEquals(Optional.of(new ColumnCategory("人事", 0, List.of("任免"))), ColumnCategory.parse("人事:0:任免"));
        for (String bad : List.of("", "rsrm", "rsrm:90", "rsrm:90:", "rsrm:90: , ", ":90:任免", "r s:90:任免", "rsrm:-1:任免",
                "rsrm:ninety:任免", "rsrm:123456:任免")) {
            assertEquals(Optional.empty(), ColumnCategory.parse(bad), bad);
        }
    }

    @Test
    void aCategoryReplacesTheOneOfItsIdElseComesLast() {
        FreshnessSettings defaults = FreshnessSettings.defaults();
        ColumnCategory weekly = new ColumnCategory(FreshnessSettings.NEWS, 7, List.of("动态"));
        FreshnessSettings changed = defaults.with(weekly).with(new ColumnCategory("rsrm", 90, List.of("人事任免")))
                .withHomeMaxAgeDays(7);
        assertEquals(List.of(FreshnessSettings.NEWS, FreshnessSettings.NOTICES, FreshnessSettings.POLICY, "rsrm"),
                changed.categories().stream().map(ColumnCategory::id).toList());
        assertEquals(weekly, changed.categories().get(0));
        assertEquals(7, changed.homeMaxAgeDays());
        assertEquals(Optional.of("rsrm"), changed.category("", "人事任免").map(ColumnCategory::id));
        assertEquals(14, defaults.homeMaxAgeDays(), "the defaults unchanged");
    }
}
