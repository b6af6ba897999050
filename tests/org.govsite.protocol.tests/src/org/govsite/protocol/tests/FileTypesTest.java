package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govsite.protocol.FileTypes;
import org.govsite.protocol.PublishedPaths;
import org.govsite.testing.SampleFiles;
import org.junit.jupiter.api.Test;

/** Attachment types from bytes, declared type and name: the rule the server and the migration share. */
class FileTypesTest {
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String OCTET = FileTypes.OCTET_STREAM;
    private static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj");
    private static final byte[] PNG = SampleFiles.png("IHDR");
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
    private static final byte[] HTML = ascii("<!DOCTYPE html><html><body>404 页面不存在</body></html>");

    @Test
    void signaturesDecideWhateverTheNameOrDeclaredTypeSay() {
        assertEquals("application/pdf", FileTypes.detect(PDF, null, "/download.jsp"));
        assertEquals("application/pdf", FileTypes.detect(PDF, "application/msword", "/files/plan.doc"), "a PDF named .doc");
        assertEquals("image/png", FileTypes.detect(PNG, OCTET, "/showimage.jsp?id=3"));
        assertEquals("image/jpeg", FileTypes.detect(JPEG, null, "photo.png"));
        assertEquals("image/gif", FileTypes.detect(ascii("GIF89a\u0001\u0000"), null, ""));
        assertEquals("image/bmp", FileTypes.detect(new byte[] { 'B', 'M', 70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0 }, null, null));
        assertEquals("image/webp", FileTypes.detect(ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "), null, null));
        assertEquals("image/tiff", FileTypes.detect(ascii("II*\u0000\u0008\u0000"), null, null));
        assertEquals("application/rtf", FileTypes.detect(ascii("{\\rtf1\\ansi 通知}"), "application/msword", "/files/notice.doc"),
                "Word's RTF saved as .doc");
        assertEquals("application/x-7z-compressed", FileTypes.detect(new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4 }, null, null));
        assertEquals("application/vnd.rar", FileTypes.detect(ascii("Rar!\u001a\u0007\u0001\u0000"), OCTET, "/files/a.bin"));
    }

    @Test
    void containersByDeclaredTypeOrNameElseByWhatTheyHold() {
        byte[] pptx = SampleFiles.zip("[Content_Types].xml", "ppt/presentation.xml");
        assertEquals(PPTX, FileTypes.detect(pptx, OCTET, "/files/slides.pptx"), "the name names a ZIP format");
        assertEquals(PPTX, FileTypes.detect(pptx, null, "/download.jsp?id=9"), "else its entries");
        assertEquals(DOCX, FileTypes.detect(SampleFiles.zip("[Content_Types].xml", "word/document.xml"), null, null));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                FileTypes.detect(SampleFiles.zip("xl/workbook.xml"), null, null));
        assertEquals("application/ofd", FileTypes.detect(SampleFiles.zip("OFD.xml", "Doc_0/Document.xml"), null, null));
        assertEquals("application/zip", FileTypes.detect(SampleFiles.zip("readme.txt"), null, "/files/a.docx.bak"));
        assertEquals(DOCX, FileTypes.detect(SampleFiles.zip("readme.txt"), DOCX, "x"), "a declared ZIP format is taken");

        assertEquals("application/vnd.ms-works", FileTypes.detect(SampleFiles.ole("WordDocument"), OCTET, "/files/report.wps"));
        assertEquals("application/msword", FileTypes.detect(SampleFiles.ole("WordDocument"), null, "/download.jsp"));
        assertEquals("application/vnd.ms-excel", FileTypes.detect(SampleFiles.ole("Workbook"), null, null));
        assertEquals("application/vnd.ms-powerpoint", FileTypes.detect(SampleFiles.ole("PowerPoint Document"), null, null));
        assertEquals(OCTET, FileTypes.detect(SampleFiles.ole("Contents"), null, null), "an OLE file of no known format");
        assertEquals("application/vnd.ms-excel", FileTypes.detect(SampleFiles.ole("Contents"), "application/vnd.ms-excel", null));
        assertEquals("application/msword", FileTypes.detect(SampleFiles.ole("Contents"), "application/pdf", "/a.doc"),
                "a declared type of another format is not taken, the name is");
    }

    @Test
    void withoutSignatureOnlyTypesWithoutSignatureAreTaken() {
        assertEquals(OCTET, FileTypes.detect(HTML, "application/pdf", "/files/plan.pdf"), "an error page is no PDF");
        assertEquals(OCTET, FileTypes.detect(HTML, "text/html", "/files/plan.xls"));
        assertEquals("image/svg+xml", FileTypes.detect(ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), null, null));
        assertEquals("image/svg+xml", FileTypes.detect(ascii("<p>x</p>"), "image/svg+xml; charset=utf-8", null), "declared");
        assertEquals("text/plain", FileTypes.detect("说明".getBytes(StandardCharsets.UTF_8), null, "/files/readme.TXT"));
        assertEquals("text/css", FileTypes.detect(ascii("body{color:#333}"), "text/css; charset=GBK", "/css/style.jsp"), "declared");
        assertEquals("text/css", FileTypes.detect(ascii("body{color:#333}"), null, "/css/STYLE.CSS"), "named");
        assertEquals("image/x-icon", FileTypes.detect(new byte[] { 0, 0, 1, 0 }, "image/vnd.microsoft.icon", null));
        assertEquals("font/woff", FileTypes.detect(ascii("wOFF\u0000\u0001"), OCTET, "/fonts/a.bin"), "signature");
        assertEquals("font/woff2", FileTypes.detect(ascii("wOF2\u0000\u0001"), "application/font-woff", null), "signature over declared");
        assertEquals(OCTET, FileTypes.detect(HTML, "font/woff", "/fonts/a.woff"), "an error page is no font");
        assertEquals(OCTET, FileTypes.detect(new byte[0], null, null));
        assertEquals(OCTET, FileTypes.detect(ascii("data"), null, "/files/x.unknown"));
    }

    @Test
    void eachTypeHasOneExtensionAndTheServedTypeIsTheStoredOne() {
        String[] types = { "application/pdf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                "application/vnd.ms-works", DOCX, PPTX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/zip", "application/vnd.rar", "application/x-7z-compressed", "application/ofd", "application/rtf",
                "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff", "image/svg+xml", "text/plain",
                "text/css", "font/woff", "font/woff2", "image/x-icon" };
        for (String type : types) {
            String file = PublishedPaths.file("ab", type).substring("/files/".length());
            assertEquals(type, PublishedPaths.contentType(file), file);
        }
        assertEquals("jpg", FileTypes.extension("image/JPEG; q=1"));
        assertEquals("jpg", FileTypes.extension("image/pjpeg"));
        assertEquals("zip", FileTypes.extension("application/x-zip-compressed"));
        assertEquals("bin", FileTypes.extension(OCTET));
        assertEquals("image/jpeg", FileTypes.ofExtension("JPEG"));
        assertEquals(OCTET, FileTypes.ofExtension("exe"));
    }

    @Test
    void aSnapshotShowsImagesStyleSheetsAndFontsOnly() {
        for (String type : List.of("image/png", "IMAGE/SVG+XML", "font/woff2", "text/css; charset=utf-8")) {
            assertTrue(FileTypes.isSnapshotFile(type), type);
        }
        for (String type : List.of("text/html; charset=utf-8", "application/pdf", "text/plain", "application/javascript", OCTET)) {
            assertFalse(FileTypes.isSnapshotFile(type), type);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
