package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.Topic;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.validation.GovSiteValidation;
import org.govsite.model.validation.Rule;
import org.govsite.ui.Messages;
import org.govsite.ui.editor.SiteEditors;
import org.govsite.ui.explorer.PlatformExplorerPart;
import org.govsite.ui.handlers.RedoHandler;
import org.govsite.ui.handlers.UndoHandler;
import org.govsite.ui.tests.pages.ExplorerPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/** The site editor's 专题 and 频道 tabs: each item made, edited, moved and deleted through the real widgets, undoably. */
class SiteListsTest extends UiTest {

    private Site portal;

    private Site openPortal() {
        Platform platform = workbench.show(smallProvince());
        portal = platform.getSites().stream().filter(s -> s.getKind() == SiteKind.PORTAL && s.getChannels().size() >= 5)
                .findFirst().orElseThrow();
        new SiteEditors(workbench.context.get(EPartService.class)).open(portal);
        return portal;
    }

    private List<String> names(String table) {
        return Arrays.stream(Widgets.find(workbench.shell, table, Table.class).getItems()).map(i -> i.getText(0)).toList();
    }

    private void select(String table, int row) {
        Table widget = Widgets.find(workbench.shell, table, Table.class);
        widget.setSelection(row);
        widget.notifyListeners(SWT.Selection, new Event());
    }

    /** Runs {@code steps} in the dialog {@code button} opens; a failing step closes it and fails the test after. */
    private void inDialog(String button, Consumer<Shell> steps) {
        inDialog(() -> Widgets.press(workbench.shell, button), steps);
    }

    /** Runs {@code steps} in the item dialog {@code open} opens, as {@link #inDialog(String, Consumer)}. */
    private void inDialog(Runnable open, Consumer<Shell> steps) {
        Throwable[] failure = new Throwable[1];
        workbench.display.asyncExec(() -> {
            Shell dialog = null;
            try {
                dialog = Widgets.shellWith(workbench.display, "item.name");
                steps.accept(dialog);
            } catch (Throwable e) { // recorded, not thrown: when nothing opened, this runs in a later test's loop
                failure[0] = e;
                if (dialog != null) {
                    dialog.close();
                }
            }
        });
        open.run();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    private static String error(Shell dialog) {
        return ((TitleAreaDialog) dialog.getData()).getErrorMessage();
    }

    private static boolean okEnabled(Shell dialog) {
        return Widgets.find(dialog, "item.ok", Button.class).isEnabled();
    }

    private static void type(Shell dialog, String field, String value) {
        Widgets.type(Widgets.find(dialog, "item." + field, Text.class), value);
    }

    private static void check(Shell dialog, String column) {
        Tree tree = Widgets.find(dialog, "item.columns", Tree.class);
        TreeItem item = find(tree.getItems(), column);
        item.setChecked(true);
        Event event = new Event();
        event.detail = SWT.CHECK;
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().equals(text)) {
                return item;
            }
            TreeItem below = item.getItems().length == 0 ? null : find(item.getItems(), text);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void aChannelIsMadeWithItsColumnsInTreeOrderEditedMovedAndDeletedUndoably() {
        openPortal();
        List<String> before = portal.getChannels().stream().map(Channel::getName).toList();
        assertEquals(before, names("editor.channels"));
        Column first = portal.getColumns().get(0);
        Column last = portal.getColumns().get(portal.getColumns().size() - 1);
        List<String> seen = new ArrayList<>();
        inDialog("editor.channels.new", dialog -> {
            seen.add(String.valueOf(okEnabled(dialog)));
            type(dialog, "name", "政务公开");
            type(dialog, "pathSegment", "Zheng Wu");
            seen.add(error(dialog));
            seen.add(String.valueOf(okEnabled(dialog)));
            type(dialog, "pathSegment", "zwgk");
            check(dialog, last.getName());
            check(dialog, first.getName());
            seen.add(String.valueOf(okEnabled(dialog)));
            Widgets.press(dialog, "item.ok");
        });
        assertEquals("false", seen.get(0), "a channel without a name or path cannot be made");
        assertTrue(seen.get(1).contains("Zheng Wu"), seen.get(1));
        assertEquals(List.of("false", "true"), seen.subList(2, 4));
        Channel made = portal.getChannels().get(portal.getChannels().size() - 1);
        assertEquals(List.of("政务公开", "zwgk"), List.of(made.getName(), made.getPathSegment()));
        assertEquals(List.of(first, last), made.getColumns(), "in the tree's order: the first is the channel's page");
        assertEquals("政务公开", names("editor.channels").get(before.size()));

        workbench.execute(new UndoHandler());
        assertEquals(before, names("editor.channels"));
        workbench.execute(new RedoHandler());
        assertEquals(before.size() + 1, portal.getChannels().size());

        select("editor.channels", before.size());
        inDialog("editor.channels.edit", dialog -> {
            type(dialog, "name", "信息公开专区");
            Widgets.press(dialog, "item.ok");
        });
        assertEquals("信息公开专区", made.getName());
        assertEquals(List.of(first, last), made.getColumns(), "what the dialog did not change stays");
        Widgets.press(workbench.shell, "editor.channels.up");
        assertEquals(before.size() - 1, portal.getChannels().indexOf(made));
        assertEquals("信息公开专区", names("editor.channels").get(before.size() - 1));
        Widgets.press(workbench.shell, "editor.channels.delete");
        assertFalse(portal.getChannels().contains(made));
        workbench.execute(new UndoHandler());
        assertEquals(before.size() - 1, portal.getChannels().indexOf(made));
        workbench.execute(new UndoHandler());
        workbench.execute(new UndoHandler());
        assertEquals("政务公开", made.getName(), "the edit was one command");
    }

    @Test
    void aTopicSaysWhatIsWrongBeforeItIsMadeAndTheTableShowsProblemsOfTheList() {
        openPortal();
        int topics = portal.getTopics().size();
        List<String> seen = new ArrayList<>();
        inDialog("editor.topics.new", dialog -> {
            type(dialog, "name", "乡村振兴");
            type(dialog, "pathSegment", "xczx2");
            Button archived = Widgets.find(dialog, "item.archived", Button.class);
            archived.setSelection(true);
            archived.notifyListeners(SWT.Selection, new Event());
            seen.add(error(dialog));
            seen.add(String.valueOf(okEnabled(dialog)));
            type(dialog, "archivedOn", "2026-02-30");
            seen.add(error(dialog));
            seen.add(String.valueOf(okEnabled(dialog)));
            type(dialog, "archivedOn", "2026-03-01");
            seen.add(String.valueOf(okEnabled(dialog)));
            Widgets.press(dialog, "item.ok");
        });
        String noDay = GovSiteValidation.validateObject(topic("乡村振兴", null)).stream()
                .filter(p -> p.ruleId().equals(Rule.TOPIC_ARCHIVED_DATE.id())).findFirst().orElseThrow().message();
        assertEquals(noDay, seen.get(0), "an archived topic needs its day");
        assertEquals("false", seen.get(1));
        assertEquals(Messages.Editor_badDate, seen.get(2));
        assertEquals(List.of("false", "true"), seen.subList(3, 5));
        Topic made = portal.getTopics().get(topics);
        assertEquals(GuideDays.date(LocalDate.of(2026, 3, 1)), made.getArchivedOn());
        assertTrue(made.isArchived());

        select("editor.topics", topics);
        inDialog("editor.topics.edit", dialog -> {
            type(dialog, "pathSegment", portal.getTopics().get(0).getPathSegment());
            Widgets.press(dialog, "item.ok");
        });
        TableItem row = Widgets.find(workbench.shell, "editor.topics", Table.class).getItem(topics);
        assertTrue(row.getText(3).contains(portal.getTopics().get(0).getPathSegment()),
                "a segment another topic has is shown as a problem of the row: " + row.getText(3));
        assertTrue(row.getText(2).contains("2026-03-01"), row.getText(2));
        workbench.execute(new UndoHandler());
        assertEquals("xczx2", made.getPathSegment());
    }

    @Test
    void aTopicOrChannelOpenedFromTheExplorerIsShownSelectedOnItsTab() {
        openPortal();
        Channel channel = portal.getChannels().get(2);
        Topic topic = portal.getTopics().get(1);
        SiteEditors editors = new SiteEditors(workbench.context.get(EPartService.class));
        TabFolder tabs = Widgets.find(workbench.shell, "editor.tabs", TabFolder.class);
        editors.open(channel);
        assertEquals(2, tabs.getSelectionIndex());
        assertEquals(2, Widgets.find(workbench.shell, "editor.channels", Table.class).getSelectionIndex());
        assertTrue(Widgets.find(workbench.shell, "editor.channels.edit", Button.class).isEnabled());
        editors.open(topic);
        assertEquals(1, tabs.getSelectionIndex());
        assertEquals(1, Widgets.find(workbench.shell, "editor.topics", Table.class).getSelectionIndex());
        editors.open(portal.getColumns().get(0));
        assertEquals(0, tabs.getSelectionIndex());
    }

    @Test
    void theExplorersMenuMakesAChannelForTheSelectedFoldersSite() {
        Platform platform = workbench.show(smallProvince());
        portal = platform.getSites().stream().filter(s -> s.getKind() == SiteKind.PORTAL && s.getChannels().size() >= 5)
                .findFirst().orElseThrow();
        workbench.part(PlatformExplorerPart.class);
        ExplorerPage explorer = new ExplorerPage(workbench.shell);
        explorer.select(platform.getName(), portal.getHost().getName(), portal.getName(), Messages.Explorer_channels);
        int before = portal.getChannels().size();
        inDialog(() -> explorer.menu("newChannel"), dialog -> {
            type(dialog, "name", "政务服务专区");
            type(dialog, "pathSegment", "zwfwzq");
            check(dialog, portal.getColumns().get(0).getName());
            Widgets.press(dialog, "item.ok");
        });
        assertEquals(before + 1, portal.getChannels().size());
        assertEquals("政务服务专区", portal.getChannels().get(before).getName());
        assertEquals(2, Widgets.find(workbench.shell, "editor.tabs", TabFolder.class).getSelectionIndex(),
                "in the site's editor, on its channels");
        assertEquals("政务服务专区", names("editor.channels").get(before));
    }

    private static Topic topic(String name, LocalDate archivedOn) {
        Topic topic = GovSiteFactory.eINSTANCE.createTopic();
        topic.setId("t");
        topic.setName(name);
        topic.setPathSegment("t");
        topic.setArchived(true);
        topic.setArchivedOn(archivedOn == null ? null : GuideDays.date(archivedOn));
        return topic;
    }
}
