package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govsite.crypto.Sm3;
import org.govsite.server.internal.AttachmentEndpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attachments stored by their SM3 digest: checked, stored once, read back with their type, size-limited. */
class AttachmentTest extends EditorTestBase {
    private Library library;

    @BeforeEach
    void startLibrary() {
        library = new Library(test, editor, content);
    }

    @Test
    void storedOnceByDigestAndReadBackWithItsType() throws IOException {
        byte[] pdf = "%PDF-1.7 关于印发实施方案的通知".getBytes(StandardCharsets.UTF_8);
        String digest = Sm3.digestHex(pdf);
        ApiClient.Reply stored = Library.expect(201, library.putAttachment(library.editor, null, pdf, "application/pdf"));
        assertEquals(Map.of("digest", digest, "contentType", "application/pdf", "size", pdf.length), TestServer.parse(stored));
        ApiClient.Reply repeat = Library.expect(200, library.putAttachment(library.editor, null, pdf, "text/plain"));
        assertEquals("application/pdf", TestServer.parse(repeat).get("contentType"), "the first type is kept");

        ApiClient.Reply read = Library.expect(200, library.get(library.reviewer, "/api/v1/attachments/" + digest));
        assertArrayEquals(pdf, read.body());
        assertEquals("application/pdf", read.header("Content-Type"));
        assertEquals(List.of(folder.resolve("attachments").resolve(digest.substring(0, 2)).resolve(digest)), storedFiles());

        List<String> log = library.log().stream().filter(e -> e.action().equals("attachment.store"))
                .map(e -> e.operator() + " " + e.target() + " " + e.detail()).toList();
        assertEquals(List.of("zhang.wei " + digest + " " + pdf.length + " bytes application/pdf", "zhang.wei " + digest + " already stored"), log);
    }

    @Test
    void anAttachmentOfNoDeclaredTypeGetsTheTypeItsBytesShow() {
        byte[] pdf = "%PDF-1.4 通知".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> stored = TestServer.parse(Library.expect(201, library.putAttachment(library.editor, null, pdf, "application/octet-stream")));
        assertEquals("application/pdf", stored.get("contentType"));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        assertEquals("image/png", TestServer.parse(Library.expect(201, library.putAttachment(library.editor, null, png, "Application/Octet-Stream"))).get("contentType"),
                "any case");
        assertEquals("image/png", Library.expect(200, library.get(library.reviewer, "/api/v1/attachments/" + Sm3.digestHex(png))).header("Content-Type"));
        byte[] unknown = "plain bytes".getBytes(StandardCharsets.UTF_8);
        assertEquals("application/octet-stream",
                TestServer.parse(Library.expect(201, library.putAttachment(library.editor, null, unknown, "application/octet-stream"))).get("contentType"));
        byte[] declared = "%PDF-1.4 declared".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", TestServer.parse(Library.expect(201, library.putAttachment(library.editor, null, declared, "text/plain"))).get("contentType"),
                "a declared type is kept as given");
    }

    @Test
    void aDigestThatDoesNotMatchIsRefusedAndNothingIsStored() throws IOException {
        byte[] bytes = "附件内容".getBytes(StandardCharsets.UTF_8);
        String other = Sm3.digestHex("其他内容".getBytes(StandardCharsets.UTF_8));
        ApiClient.Reply refused = library.putAttachment(library.editor, other, bytes, "text/plain");
        assertEquals(400, refused.status());
        assertEquals("GS-REQ-CONTENT-DIGEST", refused.code());
        assertEquals("GS-REQ-NOT-FOUND", library.get(library.editor, "/api/v1/attachments/" + other).code());
        assertEquals(List.of(), storedFiles());

        assertEquals("GS-REQ-INVALID-FIELD", library.putAttachment(library.editor, Sm3.digestHex(bytes).toUpperCase(), bytes, "text/plain").code());
        assertEquals("GS-REQ-INVALID-FIELD", library.putAttachment(library.editor, "abc", bytes, "text/plain").code());
        assertEquals("GS-REQ-INVALID-FIELD", library.putAttachment(library.editor, null, bytes, "not a type").code());
        assertEquals("GS-REQ-INVALID-FIELD", library.get(library.editor, "/api/v1/attachments/abc").code());
    }

    @Test
    void largerBodiesThanTheJsonLimitAreAcceptedUpToTheAttachmentLimit() {
        byte[] big = new byte[ServerConfig.DEFAULT_MAX_BODY_BYTES * 3];
        Arrays.fill(big, (byte) 7);
        Library.expect(201, library.putAttachment(library.editor, null, big, "application/octet-stream"));
        assertArrayEquals(big, Library.expect(200, library.get(library.editor, "/api/v1/attachments/" + Sm3.digestHex(big))).body());

        byte[] tooBig = new byte[AttachmentEndpoints.MAX_BYTES + 1];
        ApiClient.Reply refused = library.putAttachment(library.editor, null, tooBig, "application/octet-stream");
        assertEquals(413, refused.status());
        assertEquals("GS-REQ-TOO-LARGE", refused.code());
        byte[] jsonTooBig = new byte[ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
        assertEquals("GS-REQ-TOO-LARGE", library.client.signed(library.editor, "POST", "/api/v1/articles", jsonTooBig).code());
    }

    @Test
    void onlyEditorsStoreAndOnlyEditorsAndReviewersRead() {
        byte[] bytes = "图片".getBytes(StandardCharsets.UTF_8);
        assertEquals("GS-AUTH-ROLE", library.putAttachment(library.reviewer, null, bytes, "image/png").code());
        Library.expect(201, library.putAttachment(library.editor, null, bytes, "image/png"));
        ApiClient.Session auditor = library.client.login(library.test.addOperator("zhao.lei", Role.AUDITOR));
        assertEquals("GS-AUTH-ROLE", library.get(auditor, "/api/v1/attachments/" + Sm3.digestHex(bytes)).code());
    }

    private List<Path> storedFiles() throws IOException {
        Path root = folder.resolve("attachments");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
