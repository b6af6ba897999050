package org.govsite.protocol;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The types of attachment files, one rule for the platform server (which names and serves published files by it) and
 * the migration engine (which computes the addresses they are published at): each known type has one file extension,
 * and {@link #detect} decides a file's type from its bytes (magic numbers), the declared {@code Content-Type} and its
 * name's extension.
 * <p>
 * The bytes decide where the format has a signature (PDF, PNG, JPEG, GIF, BMP, WebP, TIFF, WOFF, RTF, 7z, RAR): a
 * {@code .doc} that is an RTF file is RTF, a {@code .pdf} whose bytes are an HTML error page is no PDF. Containers
 * (ZIP, OLE compound files) are told apart by the declared type or the name when those name a format of that container
 * ({@code .docx} in a ZIP, {@code .wps} in an OLE file), else by the entries they hold ({@code word/}, {@code xl/},
 * {@code ppt/}, {@code OFD.xml}; the {@code WordDocument}, {@code Workbook}, {@code PowerPoint Document} streams), else
 * they are a ZIP archive or unknown. Formats without signature (SVG, plain text) come from the declared type, then the
 * name; so do style sheets and icons (the assets of archived snapshots). Anything else is {@link #OCTET_STREAM},
 * published as {@code .bin}.
 */
public final class FileTypes {
    /** The largest file a platform stores as an attachment ({@code PUT /api/v1/attachments/...}): 32 MiB. */
    public static final int MAX_ATTACHMENT_BYTES = 32 << 20;
    /** The type of a file whose type is not known. */
    public static final String OCTET_STREAM = "application/octet-stream"; //$NON-NLS-1$
    /** Its extension. */
    public static final String UNKNOWN_EXTENSION = "bin"; //$NON-NLS-1$

    private static final String PDF = "application/pdf"; //$NON-NLS-1$
    private static final String DOC = "application/msword"; //$NON-NLS-1$
    private static final String XLS = "application/vnd.ms-excel"; //$NON-NLS-1$
    private static final String PPT = "application/vnd.ms-powerpoint"; //$NON-NLS-1$
    private static final String WPS = "application/vnd.ms-works"; //$NON-NLS-1$
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"; //$NON-NLS-1$
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; //$NON-NLS-1$
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"; //$NON-NLS-1$
    private static final String ZIP = "application/zip"; //$NON-NLS-1$
    private static final String OFD = "application/ofd"; //$NON-NLS-1$
    private static final String SVG = "image/svg+xml"; //$NON-NLS-1$
    private static final String TEXT = "text/plain"; //$NON-NLS-1$
    private static final String CSS = "text/css"; //$NON-NLS-1$
    private static final String ICO = "image/x-icon"; //$NON-NLS-1$
    /** An OLE compound file (old Office formats), not a type of its own. */
    private static final String OLE = "application/x-ole-storage"; //$NON-NLS-1$

    /** Each known type and its extension, one to one. */
    private static final Map<String, String> EXTENSIONS = new LinkedHashMap<>();
    /** Other names of known types (declared types and extensions). */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("image/jpg", "image/jpeg"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("image/pjpeg", "image/jpeg"), Map.entry("image/x-ms-bmp", "image/bmp"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("application/x-pdf", PDF), Map.entry("application/x-zip-compressed", ZIP), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("application/x-rar-compressed", "application/vnd.rar"), Map.entry("text/rtf", "application/rtf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("application/kswps", WPS), Map.entry("jpeg", "image/jpeg"), Map.entry("tiff", "image/tiff"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("application/font-woff", "font/woff"), Map.entry("image/vnd.microsoft.icon", ICO)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> IN_ZIP = Set.of(DOCX, XLSX, PPTX, OFD, ZIP);
    private static final Set<String> IN_OLE = Set.of(DOC, XLS, PPT, WPS);
    /** Types whose files carry a signature {@link #magic} knows: without it the bytes are not of that type. */
    private static final Set<String> SIGNED;
    private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

    static {
        String[][] known = { { PDF, "pdf" }, { DOC, "doc" }, { XLS, "xls" }, { PPT, "ppt" }, { WPS, "wps" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                { DOCX, "docx" }, { XLSX, "xlsx" }, { PPTX, "pptx" }, { OFD, "ofd" }, { ZIP, "zip" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                { "application/vnd.rar", "rar" }, { "application/x-7z-compressed", "7z" }, { "application/rtf", "rtf" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "image/png", "png" }, { "image/jpeg", "jpg" }, { "image/gif", "gif" }, { "image/bmp", "bmp" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "image/webp", "webp" }, { "image/tiff", "tif" }, { SVG, "svg" }, { TEXT, "txt" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { CSS, "css" }, { "font/woff", "woff" }, { "font/woff2", "woff2" }, { ICO, "ico" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (String[] type : known) {
            EXTENSIONS.put(type[0], type[1]);
        }
        Set<String> signed = new HashSet<>(EXTENSIONS.keySet());
        signed.removeAll(List.of(SVG, TEXT, CSS, ICO));
        SIGNED = Set.copyOf(signed);
    }

    private FileTypes() {
    }

    /** @return the extension files of {@code contentType} are published with (parameters ignored), else {@code bin} */
    public static String extension(String contentType) {
        String type = known(contentType);
        return type == null ? UNKNOWN_EXTENSION : EXTENSIONS.get(type);
    }

    /**
     * @return whether files of {@code contentType} (parameters and case ignored) may be what an archived snapshot shows
     *         from the platform: images, style sheets and fonts
     */
    public static boolean isSnapshotFile(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return type.startsWith("image/") || type.startsWith("font/") || type.equals(CSS); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the type of files with {@code extension} (any case, {@code jpeg} too), else {@link #OCTET_STREAM} */
    public static String ofExtension(String extension) {
        String type = byExtension(extension);
        return type == null ? OCTET_STREAM : type;
    }

    /**
     * @param bytes the file (or at least its beginning; ZIP and OLE files are told apart by names anywhere in them)
     * @param declared the {@code Content-Type} it came with, or {@code null} / empty
     * @param name its file name, path or URL path (the extension is what counts), or {@code null} / empty
     * @return its type: a known type, else {@link #OCTET_STREAM}
     */
    public static String detect(byte[] bytes, String declared, String name) {
        String fromDeclared = known(declared);
        String fromName = name == null ? null : byExtension(extensionOf(name));
        String signature = magic(bytes);
        if (ZIP.equals(signature)) {
            return container(IN_ZIP, fromDeclared, fromName, zipContent(bytes));
        }
        if (OLE.equals(signature)) {
            return container(IN_OLE, fromDeclared, fromName, oleContent(bytes));
        }
        if (signature != null) {
            return signature;
        }
        for (String type : new String[] { fromDeclared, fromName, text(bytes) }) {
            if (type != null && !SIGNED.contains(type)) {
                return type;
            }
        }
        return OCTET_STREAM;
    }

    /** @return the declared or named type if it is a format of the container, else what its content shows */
    private static String container(Set<String> formats, String declared, String named, String content) {
        if (declared != null && formats.contains(declared)) {
            return declared;
        }
        if (named != null && formats.contains(named)) {
            return named;
        }
        return content;
    }

    /** @return the type the bytes' signature shows ({@code OLE} for any OLE compound file), else {@code null} */
    private static String magic(byte[] b) {
        if (startsWith(b, "%PDF-")) { //$NON-NLS-1$
            return PDF;
        }
        if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
            return "image/png"; //$NON-NLS-1$
        }
        if (startsWith(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return "image/jpeg"; //$NON-NLS-1$
        }
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) { //$NON-NLS-1$ //$NON-NLS-2$
            return "image/gif"; //$NON-NLS-1$
        }
        if (startsWith(b, "BM") && b.length >= 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) { //$NON-NLS-1$
            return "image/bmp"; //$NON-NLS-1$
        }
        if (startsWith(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) { //$NON-NLS-1$ //$NON-NLS-2$
            return "image/webp"; //$NON-NLS-1$
        }
        if (startsWith(b, "II*\0") || startsWith(b, "MM\0*")) { //$NON-NLS-1$ //$NON-NLS-2$
            return "image/tiff"; //$NON-NLS-1$
        }
        if (startsWith(b, "wOFF") || startsWith(b, "wOF2")) { //$NON-NLS-1$ //$NON-NLS-2$
            return b[3] == 'F' ? "font/woff" : "font/woff2"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (startsWith(b, "{\\rtf")) { //$NON-NLS-1$
            return "application/rtf"; //$NON-NLS-1$
        }
        if (startsWith(b, new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C })) {
            return "application/x-7z-compressed"; //$NON-NLS-1$
        }
        if (startsWith(b, "Rar!\u001a\u0007")) { //$NON-NLS-1$
            return "application/vnd.rar"; //$NON-NLS-1$
        }
        if (startsWith(b, "PK\u0003\u0004") || startsWith(b, "PK\u0005\u0006")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ZIP;
        }
        return startsWith(b, OLE_MAGIC) ? OLE : null;
    }

    /** @return the format a ZIP file's entry names show (OOXML, OFD), else a ZIP archive */
    private static String zipContent(byte[] bytes) {
        if (contains(bytes, "word/document.xml", StandardCharsets.ISO_8859_1)) { //$NON-NLS-1$
            return DOCX;
        }
        if (contains(bytes, "xl/workbook.xml", StandardCharsets.ISO_8859_1)) { //$NON-NLS-1$
            return XLSX;
        }
        if (contains(bytes, "ppt/presentation.xml", StandardCharsets.ISO_8859_1)) { //$NON-NLS-1$
            return PPTX;
        }
        return contains(bytes, "OFD.xml", StandardCharsets.ISO_8859_1) ? OFD : ZIP; //$NON-NLS-1$
    }

    /** @return the Office format an OLE compound file's stream names show, else {@code null} (unknown) */
    private static String oleContent(byte[] bytes) {
        if (contains(bytes, "WordDocument", StandardCharsets.UTF_16LE)) { //$NON-NLS-1$
            return DOC;
        }
        if (contains(bytes, "Workbook", StandardCharsets.UTF_16LE) || contains(bytes, "Book\0", StandardCharsets.UTF_16LE)) { //$NON-NLS-1$ //$NON-NLS-2$
            return XLS;
        }
        return contains(bytes, "PowerPoint Document", StandardCharsets.UTF_16LE) ? PPT : OCTET_STREAM; //$NON-NLS-1$
    }

    /** @return SVG when the bytes are an SVG document (an {@code <svg} element near the start), else {@code null} */
    private static String text(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading(); //$NON-NLS-1$ //$NON-NLS-2$
        boolean xml = head.startsWith("<svg") || head.startsWith("<?xml") || head.startsWith("<!DOCTYPE svg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return xml && head.contains("<svg") ? SVG : null; //$NON-NLS-1$
    }

    /** @return {@code type} (parameters and case ignored, aliases resolved) if it is a known type, else {@code null} */
    private static String known(String type) {
        if (type == null) {
            return null;
        }
        String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        bare = ALIASES.getOrDefault(bare, bare);
        return EXTENSIONS.containsKey(bare) ? bare : null;
    }

    private static String byExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        return EXTENSIONS.entrySet().stream().filter(e -> e.getValue().equals(lower)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** @return the extension of the last segment of {@code name} (before any query), else empty */
    private static String extensionOf(String name) {
        String path = name.split("[?#]", 2)[0]; //$NON-NLS-1$
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') + 1 ? "" : path.substring(dot + 1); //$NON-NLS-1$
    }

    /** @return whether {@code text} encoded in {@code charset} occurs in {@code bytes} */
    private static boolean contains(byte[] bytes, String text, Charset charset) {
        byte[] needle = text.getBytes(charset);
        outer: for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
