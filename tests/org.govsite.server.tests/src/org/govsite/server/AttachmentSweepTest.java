package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/attachments/sweep}: attachments nothing has used since they were last stored 30 days ago are
 * removed (row, file, a log entry each); what an article lists, shows as its image or a snapshot shows stays, and so
 * does what was stored again lately; a sweep and an article taking an old attachment at the same moment never leave
 * the article without it.
 */
class AttachmentSweepTest extends EditorTestBase {
    private static final String SWEEP = "/api/v1/attachments/sweep";
    private static final Duration OLD = Duration.ofDays(31);

    private Library library;
    private ApiClient.Session admin;

    @BeforeEach
    void startLibrary() {
        library = new Library(test, editor, content);
        library.provinceAndCity();
        admin = client.login(test.admin);
    }

    @Test
    void onlyOldAttachmentsNothingUsesAreRemoved() throws Exception {
        byte[] listed = store("%PDF-1.7 附件一");
        byte[] image = store("%PDF-1.7 图片");
        byte[] unused = store("%PDF-1.7 未用的附件");
        byte[] storedAgain = store("%PDF-1.7 又存了一次");
        byte[] young = store("%PDF-1.7 新存的附件");
        Library.expect(201, library.post("/api/v1/articles", Library.article("a1", "关于印发方案的通知", List.of("zj-news"),
                Map.of("attachments", List.of(Sm3.digestHex(listed)), "image", Sm3.digestHex(image)))));
        age(listed, image, unused, storedAgain);
        Library.expect(200, library.putAttachment(editor, null, storedAgain, "application/pdf"));

        ApiClient.Reply refused = client.signed(editor, "POST", SWEEP, Content.NO_BODY);
        assertEquals("GS-AUTH-ROLE", refused.code(), "三权分立: the sweep is the system administrator's");
        assertEquals(Map.of("removed", 1, "bytes", unused.length), TestServer.parse(Library.expect(200, sweep())));

        assertEquals("GS-REQ-NOT-FOUND", read(unused).code());
        assertFalse(Files.exists(file(unused)), "its file is gone");
        for (byte[] kept : List.of(listed, image, storedAgain, young)) {
            assertEquals(200, read(kept).status());
            assertTrue(Files.exists(file(kept)));
        }
        List<String> removals = library.log().stream().filter(e -> e.action().equals("attachment.remove"))
                .map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList();
        assertEquals(List.of("root " + Sm3.digestHex(unused) + " " + unused.length + " bytes application/pdf, unused"), removals);
        assertEquals(Map.of("removed", 0, "bytes", 0), TestServer.parse(sweep()), "nothing more to remove");

        Library.expect(200, client.signed(editor, "DELETE", "/api/v1/articles/a1", Content.NO_BODY, "\"1\""));
        assertEquals(Map.of("removed", 2, "bytes", listed.length + image.length), TestServer.parse(sweep()),
                "the deleted article's attachments, stored long ago");
        Library.expect(201, library.putAttachment(editor, null, unused, "application/pdf"));
        assertEquals(200, read(unused).status(), "an attachment removed can be stored again");
        try (var files = Files.list(file(unused).getParent())) {
            assertEquals(List.of(file(unused)), files.toList(), "no file set aside is left");
        }
    }

    @Test
    void theSweepGoesPageByPageInDigestOrder() throws Exception {
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] bytes = store("%PDF-1.7 第" + i + "页");
            age(bytes);
            digests.add(Sm3.digestHex(bytes));
        }
        digests.sort(null);
        String after = "";
        for (String digest : digests) {
            Map<String, Object> page = TestServer.parse(Library.expect(200, sweep("?limit=1&after=" + after)));
            assertEquals(1, page.get("removed"));
            assertEquals(digest, page.get("next"), "a full page: go on after its last candidate");
            after = digest;
        }
        assertEquals(Map.of("removed", 0, "bytes", 0), TestServer.parse(sweep("?limit=1&after=" + after)), "no next: done");
        assertEquals("GS-REQ-INVALID-FIELD", sweep("?after=abc").code());
        assertEquals("GS-REQ-INVALID-FIELD", sweep("?limit=501").code());
    }

    @Test
    void anArticleTakingAnOldAttachmentDuringASweepKeepsIt() throws Exception {
        List<byte[]> taken = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            byte[] bytes = store("%PDF-1.7 第" + round + "个附件");
            age(bytes);
            Map<String, Object> article = Library.article("r" + round, "第" + round + "篇", List.of("zj-news"),
                    Map.of("attachments", List.of(Sm3.digestHex(bytes))));
            List<ApiClient.Reply> replies = Together.run(List.of(this::sweep, () -> library.post("/api/v1/articles", article)));
            Map<String, Object> swept = TestServer.parse(Library.expect(200, replies.get(0)));
            ApiClient.Reply create = replies.get(1);
            if (create.status() == 201) {
                assertEquals(0, swept.get("removed"), "the article took it first");
                assertEquals(200, read(bytes).status());
                taken.add(bytes);
            } else {
                assertEquals(1, swept.get("removed"), create::text);
                assertEquals("no attachment " + Sm3.digestHex(bytes) + ": store it first", TestServer.parse(create).get("detail"));
                assertEquals("GS-REQ-NOT-FOUND", library.get(editor, "/api/v1/articles/r" + round).code());
            }
        }
        assertEquals(Map.of("removed", 0, "bytes", 0), TestServer.parse(sweep()), "what articles took stays");
        for (byte[] bytes : taken) {
            assertEquals(200, read(bytes).status());
            assertTrue(Files.exists(file(bytes)));
        }
    }

    private byte[] store(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Library.expect(201, library.putAttachment(editor, null, bytes, "application/pdf"));
        return bytes;
    }

    /** Dates the attachments' last store 31 days back. */
    private void age(byte[]... attachments) throws SQLException {
        try (Connection connection = database();
                PreparedStatement update = connection.prepareStatement("UPDATE attachment SET stored_at = ? WHERE digest = ?")) {
            for (byte[] bytes : attachments) {
                update.setLong(1, Instant.now().minus(OLD).getEpochSecond());
                update.setString(2, Sm3.digestHex(bytes));
                assertEquals(1, update.executeUpdate());
            }
        }
    }

    private ApiClient.Reply sweep() {
        return sweep("");
    }

    private ApiClient.Reply sweep(String query) {
        return client.signed(admin, "POST", SWEEP + query, Content.NO_BODY);
    }

    private ApiClient.Reply read(byte[] bytes) {
        return library.get(library.reviewer, "/api/v1/attachments/" + Sm3.digestHex(bytes));
    }

    private Path file(byte[] bytes) {
        String digest = Sm3.digestHex(bytes);
        return folder.resolve("attachments").resolve(digest.substring(0, 2)).resolve(digest);
    }
}
