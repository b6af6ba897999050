package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Legacy Chinese charsets decode from the header, the BOM or the page's own declaration. */
class CharsetsTest {
    private static final String TITLE = "政府信息公开目录";
    private static final String TRADITIONAL = "政府資訊公開";

    private static String title(byte[] body, String headerCharset) {
        return Jsoup.parse(Charsets.decode(body, headerCharset).text()).title();
    }

    @Test
    void headerCharsetGb18030() {
        byte[] page = ("<title>" + TITLE + "</title>").getBytes(Charset.forName("GB18030"));
        assertEquals(TITLE, title(page, "GB18030"));
    }

    @Test
    void bytesTheCharsetCannotDecodeAreCounted() {
        byte[] title = ("<title>" + TITLE + "</title>").getBytes(Charset.forName("GBK"));
        assertEquals(0, Charsets.decode(title, "GBK").undecodable());
        byte[] broken = Arrays.copyOf(title, title.length + 2);
        broken[title.length] = (byte) 0xFF; // no GBK character starts with 0xFF
        broken[title.length + 1] = (byte) 0x80;
        Charsets.Decoded decoded = Charsets.decode(broken, "GBK");
        assertEquals(TITLE, Jsoup.parse(decoded.text()).title());
        assertEquals(2, decoded.undecodable(), decoded.text());
    }

    @Test
    void metaCharsetGb2312DecodesAsGbk() {
        // 镕 is in GBK but not in GB2312: pages declaring gb2312 use it
        String name = "朱镕基";
        byte[] page = ("<meta charset=\"gb2312\"><title>" + name + "</title>").getBytes(Charset.forName("GBK"));
        assertEquals(name, title(page, null));
    }

    @Test
    void httpEquivBig5() {
        byte[] page = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"><title>" + TRADITIONAL
                + "</title>").getBytes(Charset.forName("Big5"));
        assertEquals(TRADITIONAL, title(page, null));
        assertEquals("Big5-HKSCS", Charsets.decode(page, null).charset().name());
    }

    @Test
    void byteOrderMarkWinsOverTheHeader() {
        byte[] text = ("<title>" + TITLE + "</title>").getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[text.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(text, 0, page, 3, text.length);
        assertEquals(TITLE, title(page, "GBK"));
    }

    @Test
    void headerWinsOverMetaAndUnknownLabelsFallBackToUtf8() {
        byte[] gbk = ("<meta charset=\"utf-8\"><title>" + TITLE + "</title>").getBytes(Charset.forName("GBK"));
        assertEquals(TITLE, title(gbk, "gbk"));
        byte[] utf8 = ("<meta charset=\"no-such-charset\"><title>" + TITLE + "</title>").getBytes(StandardCharsets.UTF_8);
        assertEquals(TITLE, title(utf8, null));
    }
}
