package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.govsite.model.Column;
import org.govsite.model.Named;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.ui.edit.DropPosition;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.handlers.DeleteHandler;
import org.govsite.ui.handlers.RedoHandler;
import org.govsite.ui.handlers.UndoHandler;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

class ColumnEditingTest extends UiTest {

    private static final String RENAMED = "改名后的栏目";

    @Test
    void renameAndDragColumnsThenUndoAndRedoEverything() {
        Platform platform = workbench.show(smallProvince());
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        Site site = platform.getSites().stream().filter(s -> s.getHost() != null && s.getColumns().size() >= 3).findFirst()
                .orElseThrow();
        String[] sitePath = { platform.getName(), site.getHost().getName(), site.getName() };
        List<String> original = columnsShown(explorer, site, sitePath);
        assertEquals(names(site.getColumns()), original);
        String first = original.get(0);
        String second = original.get(1);
        String third = original.get(2);

        explorer.rename(RENAMED, path(sitePath, first));
        assertEquals(RENAMED, site.getColumns().get(0).getName());
        assertEquals(RENAMED, columnsShown(explorer, site, sitePath).get(0));

        assertTrue(explorer.drag(path(sitePath, RENAMED), path(sitePath, third), DropPosition.AFTER));
        assertEquals(List.of(second, third, RENAMED), columnsShown(explorer, site, sitePath).subList(0, 3));
        assertEquals(names(site.getColumns()), columnsShown(explorer, site, sitePath));

        assertTrue(explorer.drag(path(sitePath, second), path(sitePath, third), DropPosition.ON));
        List<String> underThird = explorer.children(path(sitePath, third));
        assertEquals(second, underThird.get(underThird.size() - 1));
        assertFalse(columnsShown(explorer, site, sitePath).contains(second));
        List<String> afterMoves = columnsShown(explorer, site, sitePath);

        assertFalse(explorer.drag(path(sitePath, third), path(path(sitePath, third), second), DropPosition.ON),
                "a column cannot go into its own descendant");
        Site other = platform.getSites().stream().filter(s -> s != site && s.getHost() != null && !s.getColumns().isEmpty())
                .findFirst().orElseThrow();
        String[] otherPath = { platform.getName(), other.getHost().getName(), other.getName(),
                other.getColumns().get(0).getName() };
        assertFalse(explorer.drag(path(sitePath, third), otherPath, DropPosition.ON), "columns stay within their site");
        assertEquals(afterMoves, columnsShown(explorer, site, sitePath));

        for (int i = 0; i < 3; i++) {
            workbench.execute(new UndoHandler());
        }
        assertEquals(original, columnsShown(explorer, site, sitePath));
        assertEquals(original, names(site.getColumns()));

        for (int i = 0; i < 3; i++) {
            workbench.execute(new RedoHandler());
        }
        assertEquals(afterMoves, columnsShown(explorer, site, sitePath));
        assertEquals(afterMoves, names(site.getColumns()));
    }

    @Test
    void newColumnFromTheMenuIsRenamedInPlaceAndDeleteIsUndoable() {
        Platform platform = workbench.show(smallProvince());
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        Site site = platform.getSites().stream().filter(s -> s.getHost() != null).findFirst().orElseThrow();
        String[] sitePath = { platform.getName(), site.getHost().getName(), site.getName() };
        int before = site.getColumns().size();

        explorer.select(sitePath);
        explorer.menu("newColumn");
        Text editor = explorer.renameEditor();
        editor.setText(RENAMED);
        Widgets.enter(editor);

        assertEquals(before + 1, site.getColumns().size());
        Column added = site.getColumns().get(before);
        assertEquals(RENAMED, added.getName());
        assertTrue(GovSiteValidation.validateObject(added).isEmpty(),
                "a new column is valid: " + GovSiteValidation.validateObject(added));
        assertEquals(RENAMED, columnsShown(explorer, site, sitePath).get(before));

        explorer.select(path(sitePath, RENAMED));
        workbench.execute(new DeleteHandler());
        assertEquals(before, site.getColumns().size());
        assertFalse(explorer.children(sitePath).contains(RENAMED));

        workbench.execute(new UndoHandler());
        assertEquals(RENAMED, columnsShown(explorer, site, sitePath).get(before));
    }

    @Test
    void moveUpAndDownFromTheMenuReorderColumns() {
        Platform platform = workbench.show(smallProvince());
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        Site site = platform.getSites().stream().filter(s -> s.getHost() != null && s.getColumns().size() >= 2).findFirst()
                .orElseThrow();
        String[] sitePath = { platform.getName(), site.getHost().getName(), site.getName() };
        List<String> original = columnsShown(explorer, site, sitePath);

        explorer.select(path(sitePath, original.get(0)));
        explorer.menu("moveDown");
        assertEquals(List.of(original.get(1), original.get(0)), columnsShown(explorer, site, sitePath).subList(0, 2));
        assertEquals(columnsShown(explorer, site, sitePath), names(site.getColumns()));

        explorer.select(path(sitePath, original.get(0)));
        explorer.menu("moveUp");
        assertEquals(original, columnsShown(explorer, site, sitePath));

        explorer.select(path(sitePath, original.get(0)));
        assertFalse(explorer.menuEnabled("moveUp"), "the first column cannot move up");
    }

    /** The site's column items (the explorer lists topic and channel folders after them). */
    private static List<String> columnsShown(ExplorerPage explorer, Site site, String[] sitePath) {
        return explorer.children(sitePath).subList(0, site.getColumns().size());
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Named::getName).toList();
    }

    private static String[] path(String[] parent, String child) {
        List<String> path = new ArrayList<>(List.of(parent));
        path.add(child);
        return path.toArray(String[]::new);
    }

}
