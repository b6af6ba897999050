package org.govsite.audit.crawl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page the way browsers do (WHATWG encoding sniffing, simplified): a byte order mark wins, then the
 * Content-Type header's charset, then a {@code <meta charset>} or {@code http-equiv} declaration in the first
 * {@value #PRESCAN_BYTES} bytes, else UTF-8. GB2312 is decoded as its superset GBK and Big5 as Big5-HKSCS, as
 * browsers do, because legacy pages declaring them use the extra characters.
 */
public final class Charsets {
    static final int PRESCAN_BYTES = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Map<String, String> SUPERSETS = Map.of("gb2312", "GBK", "gb_2312-80", "GBK", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "x-gbk", "GBK", "big5", "Big5-HKSCS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /**
     * A decoded page and the charset it was decoded with. Bytes the charset cannot decode are U+FFFD in the text.
     *
     * @param text the decoded text
     * @param charset the charset used
     */
    public record Decoded(String text, Charset charset) {
        /** @return how many characters of {@link #text} read U+FFFD: bytes the charset could not decode */
        public int undecodable() {
            int count = 0;
            for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
                count++;
            }
            return count;
        }
    }

    private Charsets() {
    }

    /**
     * @param body the page's bytes
     * @param headerCharset the Content-Type header's charset parameter, or {@code null}
     */
    public static Decoded decode(byte[] body, String headerCharset) {
        return decode(body, headerCharset, StandardCharsets.UTF_8);
    }

    /** As {@link #decode(byte[], String)}, with {@code fallback} instead of UTF-8 when nothing names a charset. */
    public static Decoded decode(byte[] body, String headerCharset, Charset fallback) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decode(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return decode(body, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return decode(body, 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = lookup(headerCharset);
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher meta = META.matcher(head);
            charset = meta.find() ? lookup(meta.group(1)) : null;
        }
        return decode(body, 0, charset == null ? fallback : charset);
    }

    /** @return the charset a label names (superset for GB2312 and Big5), or {@code null} when unknown */
    static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        try {
            String actual = SUPERSETS.getOrDefault(name, name);
            return Charset.isSupported(actual) ? Charset.forName(actual) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static Decoded decode(byte[] body, int offset, Charset charset) {
        return new Decoded(new String(body, offset, body.length - offset, charset), charset);
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
