package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Column;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.query.PlatformFilter;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

class ExplorerFilterTest extends UiTest {

    @Test
    void filteringNarrowsTheTreeToMatchesAndTheirAncestors() {
        Platform platform = workbench.show(smallProvince());
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        int allTopLevel = explorer.children(platform.getName()).size();
        Site site = platform.getSites().get(platform.getSites().size() - 1);

        explorer.filter(site.getName());

        List<String> topLevel = explorer.children(platform.getName());
        assertTrue(topLevel.size() < allTopLevel, "the filter hides organisations without matches");
        assertTrue(topLevel.contains(site.getHost().getName()), "the match's ancestors stay visible");
        List<TreeItem> leaves = new ArrayList<>();
        collectShownLeaves(explorer, explorer.item(platform.getName()), leaves);
        assertFalse(leaves.isEmpty(), "matches are expanded into view");
        PlatformFilter.Result expected = new PlatformFilter(platform).apply(site.getName());
        for (TreeItem leaf : leaves) {
            assertTrue(expected.matches((EObject) leaf.getData()), "shown leaf matches: " + leaf.getText());
        }
        TreeItem match = explorer.item(platform.getName(), site.getHost().getName(), site.getName());
        assertTrue((match.getFont(0).getFontData()[0].getStyle() & SWT.BOLD) != 0, "matches are bold");
        assertFalse(explorer.status().isEmpty());

        explorer.filter("");
        assertEquals(allTopLevel, explorer.children(platform.getName()).size());
        assertTrue(explorer.status().isEmpty());
    }

    /** Province scale through the real widgets; how fast is measured by the benchmarks, not asserted here. */
    @Test
    void theStandardProvinceOpensAndFiltersToASite() {
        Platform platform = DemoProvince.generate(DemoProvince.Size.STANDARD, 2026L);
        long columns = platform.getSites().stream().mapToLong(ExplorerFilterTest::columns).sum();
        assertTrue(columns > 40_000, "the standard province has tens of thousands of columns: " + columns);
        workbench.show(platform);
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        assertEquals(platform.getOrganisations().size(), explorer.children(platform.getName()).size());

        Site site = platform.getSites().get(200);
        String text = site.getName();
        for (int length = 1; length <= text.length(); length++) {
            explorer.filterNow(text.substring(0, length));
        }
        List<String> shown = explorer.children(platform.getName());
        assertTrue(shown.contains(site.getHost().getName()), "the site's organisation stays visible");
        assertTrue(shown.size() < platform.getOrganisations().size(), "organisations without matches are hidden");
    }

    private static long columns(Site site) {
        long count = 0;
        for (var it = site.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Column) {
                count++;
            }
        }
        return count;
    }

    private static void collectShownLeaves(ExplorerPage explorer, TreeItem item, List<TreeItem> leaves) {
        List<TreeItem> children = explorer.shownChildren(item);
        if (children.isEmpty()) {
            leaves.add(item);
        }
        children.forEach(c -> collectShownLeaves(explorer, c, leaves));
    }
}
