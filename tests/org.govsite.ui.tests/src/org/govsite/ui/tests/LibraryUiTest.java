package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm3;
import org.govsite.model.Column;
import org.govsite.model.Site;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Replica;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.library.AttachmentChooser;
import org.govsite.ui.library.LibraryPart;
import org.govsite.ui.tests.pages.ConnectionsPage;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 信息资源库: a column of a platform opened from a connection's replica lists its articles newest first from the
 * replica, filters them, and an edited, a new and a deleted article are queued in the outbox (a wrong field keeps OK
 * disabled and says why) and reach the real server on Synchronize.
 */
class LibraryUiTest extends ConnectedUiTest {

    private static final Map<String, Object> NEWS = Map.of("id", "news", "name", "政务要闻", "pathSegment", "zwyw",
            "category", "NEWS");

    @Test
    void aColumnsArticlesAreListedEditedCreatedAndDeletedOfflineAndSynchronised() {
        Connection editor = editorWithPortal();
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/sites/s1/columns", NEWS);
        client.post("/api/v1/sites/s1/columns", Map.of("id", "notices", "name", "通知公告", "pathSegment", "tzgg",
                "category", "OPEN_GOVERNMENT"));
        client.post("/api/v1/sites/s1/topics", Map.of("id", "t1", "name", "优化营商环境", "pathSegment", "yhyshj"));
        client.post("/api/v1/articles", article("a1", "市政府召开常务会议", "2026-03-01 09:00", "甲市人民政府办公室"));
        client.post("/api/v1/articles", article("a2", "全市春耕生产有序推进", "2026-03-02 10:30", "甲市农业农村局"));
        client.post("/api/v1/articles", article("a3", "营商环境评价结果公布", "2026-03-03 15:00", "甲市发展改革委"));
        Replica replica = connections.replica(editor.id());
        ConnectionsPage connectionsPage = new ConnectionsPage(workbench.shell);
        LibraryPart library = workbench.part(LibraryPart.class);
        assertEquals(Messages.Library_noReplica, header(), "the local store has no resource library");
        openPlatform(editor);
        assertEquals(Messages.Library_selectColumn, header());
        Site site = workbench.session().platform().getSites().get(0);
        Column column = site.getColumns().get(0);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, column);
        awaitRows(3);
        assertEquals(NLS.bind(Messages.Library_header, new Object[] { site.getName(), "政务要闻", 3, 3 }), header());
        assertEquals(List.of("营商环境评价结果公布 2026-03-03 15:00 甲市发展改革委 已同步",
                "全市春耕生产有序推进 2026-03-02 10:30 甲市农业农村局 已同步", "市政府召开常务会议 2026-03-01 09:00 甲市人民政府办公室 已同步"),
                rows(), "newest first");

        Text filter = Widgets.find(workbench.shell, "library.filter", Text.class);
        Widgets.type(filter, "农业");
        awaitRows(1);
        assertTrue(rows().get(0).startsWith("全市春耕生产有序推进"), rows().toString());
        Widgets.type(filter, "");
        awaitRows(3);

        select(0);
        String[] seen = new String[3];
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "article.title");
            seen[0] = value(dialog, "article.source");
            Widgets.type(Widgets.find(dialog, "article.publishedAt", Text.class), "2026-3-3");
            seen[1] = errorOf(dialog);
            seen[2] = String.valueOf(Widgets.find(dialog, "article.ok", Button.class).isEnabled());
            Widgets.type(Widgets.find(dialog, "article.publishedAt", Text.class), "2026-03-03 15:00");
            Widgets.type(Widgets.find(dialog, "article.title", Text.class), "营商环境评价结果公布（更新）");
            Widgets.find(dialog, "article.topic.t1", Button.class).setSelection(true);
            Combo kind = Widgets.find(dialog, "article.kind", Combo.class);
            kind.select(1);
            kind.notifyListeners(SWT.Selection, new Event());
            Widgets.press(dialog, "article.ok");
        });
        Widgets.press(workbench.shell, "library.edit");
        assertEquals("甲市发展改革委", seen[0]);
        assertEquals(Messages.Article_timeInvalid, seen[1], "a wrong time says why");
        assertEquals("false", seen[2], "and keeps OK disabled");
        awaitRow(0, "营商环境评价结果公布（更新） 2026-03-03 15:00 甲市发展改革委 待同步");
        OutboxEntry edit = replica.outbox().get(0);
        assertEquals("article a3 1", edit.entity() + " " + edit.id() + " " + edit.baseVersion());
        assertEquals("营商环境评价结果公布（更新）", edit.data().path("title").asText());
        assertEquals("[\"t1\"]", edit.data().path("topics").toString());
        assertEquals("INTERPRETATION_MATERIAL", edit.data().path("kind").asText(), "解读材料, as the annual report counts it");
        assertEquals("<p>正文a3</p>", edit.data().path("body").asText(), "fields the dialog does not edit are kept");

        String[] chooser = new String[2];
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "article.title");
            seen[0] = value(dialog, "article.source");
            seen[1] = String.join("|", Widgets.find(dialog, "article.columns", org.eclipse.swt.widgets.List.class).getItems());
            workbench.display.asyncExec(() -> {
                Shell choose = Widgets.shellWith(workbench.display, "chooser.list");
                Widgets.type(Widgets.find(choose, "chooser.filter", Text.class), "通知");
                org.eclipse.swt.widgets.List list = Widgets.find(choose, "chooser.list", org.eclipse.swt.widgets.List.class);
                chooser[0] = String.join("|", list.getItems());
                list.setSelection(0);
                list.notifyListeners(SWT.Selection, new Event());
                Widgets.press(choose, "chooser.ok");
            });
            Widgets.press(dialog, "article.addColumn");
            chooser[1] = String.join("|", Widgets.find(dialog, "article.columns", org.eclipse.swt.widgets.List.class).getItems());
            Widgets.type(Widgets.find(dialog, "article.title", Text.class), "关于开展春季植树活动的通知");
            Widgets.type(Widgets.find(dialog, "article.publishedAt", Text.class), "2026-03-04 08:00");
            Widgets.type(Widgets.find(dialog, "article.body", Text.class), "<p>植树</p>");
            Widgets.press(dialog, "article.ok");
        });
        Widgets.press(workbench.shell, "library.new");
        assertEquals("甲市人民政府办公室", seen[0], "the source proposed is the site's host");
        assertEquals("甲市人民政府门户网站 / 政务要闻", seen[1], "a new article is in the selected column");
        assertEquals("甲市人民政府门户网站 / 通知公告", chooser[0], "the platform's columns, filtered");
        assertEquals("甲市人民政府门户网站 / 政务要闻|甲市人民政府门户网站 / 通知公告", chooser[1]);
        awaitRows(4);
        assertEquals("关于开展春季植树活动的通知 2026-03-04 08:00 甲市人民政府办公室 待同步", rows().get(0), "the newest");
        OutboxEntry created = replica.outbox().get(1);
        assertEquals(0, created.baseVersion());
        assertEquals("[\"news\",\"notices\"]", created.data().path("columns").toString());

        select(3);
        workbench.display.asyncExec(() -> Widgets.answerMessageDialog(workbench.display, Messages.Button_ok));
        Widgets.press(workbench.shell, "library.delete");
        awaitRow(3, "市政府召开常务会议 2026-03-01 09:00 甲市人民政府办公室 待删除");
        assertEquals(List.of("upsert", "upsert", "delete"), replica.outbox().stream().map(OutboxEntry::op).toList());

        connectionsPage.select("市平台");
        connectionsPage.press("sync");
        Widgets.waitUntil(workbench.display, 30_000, () -> replica.outbox().isEmpty() && Job.getJobManager().isIdle(),
                "the edits pushed");
        JsonNode a3 = client.get("/api/v1/articles/a3");
        assertEquals("营商环境评价结果公布（更新）", a3.path("title").asText());
        assertEquals(2, a3.path("version").asLong());
        assertEquals("INTERPRETATION_MATERIAL", a3.path("kind").asText());
        JsonNode planted = client.get("/api/v1/articles/" + created.id());
        assertEquals("关于开展春季植树活动的通知", planted.path("title").asText());
        assertEquals("[\"news\",\"notices\"]", planted.path("columns").toString(), "in both columns on the platform");
        assertEquals(ErrorCode.REQ_NOT_FOUND,
                assertThrows(ClientException.class, () -> client.get("/api/v1/articles/a1")).code(), "deleted");
        awaitRow(1, "营商环境评价结果公布（更新） 2026-03-03 15:00 甲市发展改革委 已同步"); // listed again after 同步
        assertEquals(3, rows().size());
        Widgets.press(workbench.shell, "library.refresh");
        awaitRows(3);
        assertFalse(rows().stream().anyMatch(row -> !row.endsWith("已同步")), rows().toString());
        workbench.closePart(library);
    }

    @Test
    void aColumnSelectedBeforeTheLibraryIsFirstShownIsListedWhenItIs() {
        Connection editor = editorWithPortal();
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/sites/s1/columns", NEWS);
        client.post("/api/v1/sites/s1/columns", Map.of("id", "news-sub", "parent", "news", "name", "部门动态",
                "pathSegment", "bmdt", "category", "NEWS"));
        client.post("/api/v1/articles", article("a1", "市政府召开常务会议", "2026-03-01 09:00", "甲市人民政府办公室"));
        Map<String, Object> sub = new HashMap<>(article("a2", "市教育局召开工作会议", "2026-03-02 09:00", "甲市教育局"));
        sub.put("columns", List.of("news-sub"));
        client.post("/api/v1/articles", sub);
        openPlatform(editor);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, workbench.session().platform().getSites().get(0)
                .getColumns().get(0));
        workbench.part(LibraryPart.class); // e4 makes a part when its tab is first shown
        awaitRow(1, "市政府召开常务会议 2026-03-01 09:00 甲市人民政府办公室 已同步");
        assertEquals("市教育局召开工作会议 2026-03-02 09:00 甲市教育局 已同步", rows().get(0), "its sub-column's too");

        Button subColumns = Widgets.find(workbench.shell, "library.subColumns", Button.class);
        subColumns.setSelection(false);
        subColumns.notifyListeners(SWT.Selection, new Event());
        awaitRows(1);
        assertEquals("市政府召开常务会议 2026-03-01 09:00 甲市人民政府办公室 已同步", rows().get(0), "the column's own only");
    }

    @Test
    void aLongColumnIsShownTwoHundredAtATimeAndFilteredAsTyped() {
        Connection editor = editorWithPortal();
        connections.client(editor.id()).post("/api/v1/sites/s1/columns", NEWS);
        workbench.part(LibraryPart.class);
        openPlatform(editor);
        Replica replica = connections.replica(editor.id());
        List<Change> articles = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            articles.add(new Change(replica.cursor() + 1 + i, "article", "x" + i, 1, "upsert", new ObjectMapper()
                    .valueToTree(article("x" + i, (i % 10 == 0 ? "通知" : "动态") + i, String.format("2025-%02d-01 08:00", 1 + i % 12),
                            "来源"))));
        }
        replica.apply(new ChangePage(articles, replica.cursor() + 250, false));
        Site site = workbench.session().platform().getSites().get(0);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site.getColumns().get(0));
        awaitRows(200);
        assertEquals(NLS.bind(Messages.Library_header, new Object[] { site.getName(), "政务要闻", 250, 200 }), header());
        Widgets.press(workbench.shell, "library.more");
        awaitRows(250);
        assertEquals(NLS.bind(Messages.Library_header, new Object[] { site.getName(), "政务要闻", 250, 250 }), header());
        assertFalse(Widgets.find(workbench.shell, "library.more", Button.class).isEnabled(), "all shown");
        assertTrue(rows().get(0).startsWith("动态95 2025-12-01"), "newest first, ties by id descending: " + rows().get(0));

        Widgets.type(Widgets.find(workbench.shell, "library.filter", Text.class), "通知");
        awaitRows(25);
        assertTrue(rows().stream().allMatch(row -> row.startsWith("通知")), rows().toString());
    }

    @Test
    void anArticlesImageAndAttachmentsAreCheckedWhenChosenKeptWithItsEditAndStoredOnThePlatformBeforeIt()
            throws IOException {
        Connection editor = editorWithPortal();
        PlatformClient client = connections.client(editor.id());
        client.post("/api/v1/sites/s1/columns", NEWS);
        Replica replica = connections.replica(editor.id());
        byte[] png = new byte[1500];
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path photo = Files.write(folder.resolve("封面.png"), png);
        Path notice = Files.write(folder.resolve("通知.pdf"), pdf);
        Path text = Files.writeString(folder.resolve("说明.txt"), "不是图片");
        Path big = folder.resolve("扫描件.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength((32L << 20) + 1);
        }
        Deque<List<Path>> answers = new ArrayDeque<>(List.of(List.of(text), List.of(photo), List.of(notice, big)));
        workbench.context.set(AttachmentChooser.class, (shell, image) -> answers.pop());
        showEmptyNewsColumn(editor);
        List<String> seen = new ArrayList<>();
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "article.title");
            try {
                Widgets.press(dialog, "article.chooseImage");
                seen.add(errorOf(dialog));
                seen.add(Widgets.find(dialog, "article.image", Label.class).getText());
                Widgets.press(dialog, "article.chooseImage");
                seen.add(Widgets.find(dialog, "article.image", Label.class).getText());
                Widgets.press(dialog, "article.addAttachments");
                seen.add(errorOf(dialog));
                seen.add(String.join("|", Widgets.find(dialog, "article.attachments", org.eclipse.swt.widgets.List.class)
                        .getItems()));
                Widgets.type(Widgets.find(dialog, "article.title", Text.class), "关于公布办事指南的通知");
                Widgets.type(Widgets.find(dialog, "article.body", Text.class), "<p>见附件。</p>");
                Widgets.press(dialog, "article.ok");
            } catch (RuntimeException | AssertionError e) {
                seen.add(e.toString());
                dialog.close();
            }
        });
        Widgets.press(workbench.shell, "library.new");
        assertEquals(List.of(NLS.bind(Messages.Article_notImage, "说明.txt"), Messages.Article_noImage,
                NLS.bind(Messages.Article_fileSize, "封面.png", 2), NLS.bind(Messages.Article_fileTooLarge, "扫描件.pdf", 32),
                NLS.bind(Messages.Article_fileSize, "通知.pdf", 1)), seen);
        awaitRows(1);
        String image = Sm3.digestHex(png);
        String attachment = Sm3.digestHex(pdf);
        OutboxEntry created = replica.outbox().get(0);
        assertEquals(image, created.data().path("image").asText());
        assertEquals("[\"" + attachment + "\"]", created.data().path("attachments").toString());
        assertEquals("通知.pdf", replica.files().find(attachment).orElseThrow().name(), "kept with the queued edit");

        ConnectionsPage connectionsPage = new ConnectionsPage(workbench.shell);
        connectionsPage.select("市平台");
        connectionsPage.press("sync");
        Widgets.waitUntil(workbench.display, 30_000, () -> replica.outbox().isEmpty() && Job.getJobManager().isIdle(),
                "the article pushed");
        assertArrayEquals(png, client.getBytes("/api/v1/attachments/" + image));
        assertArrayEquals(pdf, client.getBytes("/api/v1/attachments/" + attachment));
        JsonNode stored = client.get("/api/v1/articles/" + created.id());
        assertEquals(image, stored.path("image").asText());
        assertTrue(replica.files().find(image).isEmpty(), "no queued edit names it any more");

        awaitRow(0, "关于公布办事指南的通知 " + stored.path("publishedAt").asText() + " 甲市人民政府办公室 已同步");
        select(0);
        List<String> again = new ArrayList<>();
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "article.title");
            again.add(Widgets.find(dialog, "article.image", Label.class).getText());
            org.eclipse.swt.widgets.List list = Widgets.find(dialog, "article.attachments", org.eclipse.swt.widgets.List.class);
            again.add(String.join("|", list.getItems()));
            Widgets.press(dialog, "article.clearImage");
            list.setSelection(0);
            Widgets.press(dialog, "article.removeAttachment");
            Widgets.press(dialog, "article.ok");
        });
        Widgets.press(workbench.shell, "library.edit");
        assertEquals(List.of(NLS.bind(Messages.Article_onPlatform, image.substring(0, 8)),
                NLS.bind(Messages.Article_onPlatform, attachment.substring(0, 8))), again, "files on the platform");
        JsonNode edited = replica.outbox().get(0).data();
        assertFalse(edited.has("image") || edited.has("attachments"), edited.toString());
    }

    @Test
    void anArticleThatCannotBeQueuedKeepsTheDialogOpenWithTheReasonAndWhatWasTyped() {
        Connection editor = editorWithPortal();
        connections.client(editor.id()).post("/api/v1/sites/s1/columns", NEWS);
        Replica replica = connections.replica(editor.id());
        showEmptyNewsColumn(editor);
        String[] seen = new String[3];
        workbench.display.asyncExec(() -> {
            Shell dialog = Widgets.shellWith(workbench.display, "article.title");
            Widgets.type(Widgets.find(dialog, "article.title", Text.class), "停电也要写完的通知");
            Widgets.type(Widgets.find(dialog, "article.body", Text.class), "<p>正文</p>");
            replica.close(); // as when the replica's disk or folder fails
            Widgets.press(dialog, "article.ok");
            seen[0] = errorOf(dialog);
            seen[1] = String.valueOf(dialog.isDisposed());
            seen[2] = value(dialog, "article.title");
            Widgets.press(dialog, "article.cancel");
        });
        Widgets.press(workbench.shell, "library.new");
        assertTrue(seen[0].startsWith(NLS.bind(Messages.Library_queueFailed, "")), seen[0]);
        assertEquals("false", seen[1], "the dialog stays open");
        assertEquals("停电也要写完的通知", seen[2], "with what was typed");
    }

    /** Opens the library on the connection's platform with its empty 政务要闻 column selected. */
    private void showEmptyNewsColumn(Connection editor) {
        workbench.part(LibraryPart.class);
        openPlatform(editor);
        Site site = workbench.session().platform().getSites().get(0);
        workbench.context.set(IServiceConstants.ACTIVE_SELECTION, site.getColumns().get(0));
        String empty = NLS.bind(Messages.Library_header, new Object[] { site.getName(), "政务要闻", 0, 0 });
        Widgets.waitUntil(workbench.display, 30_000, () -> Job.getJobManager().isIdle() && header().equals(empty),
                "the empty column listed");
    }

    private static Map<String, Object> article(String id, String title, String publishedAt, String source) {
        return Map.of("id", id, "title", title, "publishedAt", publishedAt, "source", source, "body", "<p>正文" + id + "</p>",
                "columns", List.of("news"));
    }

    private String header() {
        Widgets.drain(workbench.display);
        return Widgets.find(workbench.shell, "library.header", Label.class).getText();
    }

    private Table table() {
        return Widgets.find(workbench.shell, "library.table", Table.class);
    }

    private void awaitRows(int count) {
        Widgets.waitUntil(workbench.display, 30_000, () -> Job.getJobManager().isIdle() && table().getItemCount() == count,
                count + " rows listed");
    }

    private void awaitRow(int index, String expected) {
        Widgets.waitUntil(workbench.display, 30_000, () -> Job.getJobManager().isIdle() && table().getItemCount() > index
                && rows().get(index).equals(expected), "row " + index + ": " + expected);
    }

    /** Each row's title, publication time, source and state. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table().getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2) + " " + item.getText(4));
        }
        return rows;
    }

    private void select(int row) {
        table().setSelection(row);
        table().notifyListeners(SWT.Selection, new Event());
        Widgets.drain(workbench.display);
    }

    private static String value(Shell dialog, String id) {
        return Widgets.find(dialog, id, Text.class).getText();
    }

    private static String errorOf(Shell dialog) {
        return ((TitleAreaDialog) dialog.getData()).getErrorMessage();
    }
}
