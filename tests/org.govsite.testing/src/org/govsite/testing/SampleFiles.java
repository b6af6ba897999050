package org.govsite.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of known types for the tests of attachment types ({@code org.govsite.protocol.FileTypes}): each starts
 * with its format's signature and holds what tells its kind apart, not a whole document.
 */
public final class SampleFiles {
    private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private SampleFiles() {
    }

    /** @return a ZIP archive of entries named {@code names} (OOXML parts, {@code OFD.xml}, ...), each a small XML text */
    public static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x>样例</x>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return an OLE compound file's signature and, in its second sector, a directory entry naming {@code stream} (UTF-16LE) */
    public static byte[] ole(String stream) {
        byte[] file = Arrays.copyOf(OLE, 1024);
        byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, file, 512, name.length);
        return file;
    }

    /** @return the PNG signature followed by {@code text} (UTF-8) */
    public static byte[] png(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(PNG, PNG.length + body.length);
        System.arraycopy(body, 0, file, PNG.length, body.length);
        return file;
    }
}
