package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Column;
import org.govsite.model.Platform;

/** Test data: the demo province (small), copies and structural comparison. */
final class Fixtures {

    private Fixtures() {
    }

    static Platform small() {
        return DemoProvince.generate(DemoProvince.Size.SMALL, 20261122L);
    }

    static Platform copy(Platform platform) {
        return EcoreUtil.copy(platform);
    }

    static void assertSameTree(Platform expected, EObject actual) {
        assertTrue(new EcoreUtil.EqualityHelper().equals(expected, actual),
                "the platform read back differs from the one written");
    }

    static List<Column> allColumns(Platform platform) {
        List<Column> columns = new ArrayList<>();
        platform.eAllContents().forEachRemaining(object -> {
            if (object instanceof Column column) {
                columns.add(column);
            }
        });
        return columns;
    }
}
