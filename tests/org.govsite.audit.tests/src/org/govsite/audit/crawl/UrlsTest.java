package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** URLs as legacy pages write them become the one form the crawler keys by. */
class UrlsTest {

    @Test
    void caseDefaultPortFragmentAndDotSegments() {
        assertEquals(URI.create("http://www.example.gov.cn/a/c?x=1"),
                Urls.normalize("HTTP://WWW.Example.gov.cn:80/a/b/../c?x=1#top"));
        assertEquals(URI.create("https://www.example.gov.cn:8443/"), Urls.normalize("https://www.example.gov.cn:8443"));
        assertEquals(URI.create("http://www.example.gov.cn/a/b.html?x=1&y=%E6%94%BF"),
                Urls.normalize("http://www.example.gov.cn/a/b.html?x=1&y=%E6%94%BF"), "already normal");
        assertEquals(URI.create("http://www.example.gov.cn/a?"), Urls.normalize("http://www.example.gov.cn/a?"));
        assertEquals(URI.create("http://www.example.gov.cn/a"), Urls.normalize("http://editor:secret@www.example.gov.cn/a"),
                "no user information");
        assertEquals(URI.create("http://www.example.gov.cn/a"), Urls.normalize(" http://www.example.gov.cn/./a#p2 "));
    }

    @Test
    void spacesChineseCharactersAndChineseDomainsAreEncodedAsBrowsersDo() {
        assertEquals(URI.create("http://www.example.gov.cn/files/a%20b.pdf"),
                Urls.normalize("http://www.example.gov.cn/files/a b.pdf"));
        assertEquals(URI.create("http://www.example.gov.cn/%E6%94%BF%E5%8A%A1/"),
                Urls.normalize("http://www.example.gov.cn/政务/"));
        assertEquals(URI.create("http://xn--fiqs8s.xn--zfr164b/"), Urls.normalize("http://中国.政务/"));
    }

    @Test
    void whatIsNotAnHttpUrlIsNull() {
        assertNull(Urls.normalize("mailto:office@example.gov.cn"));
        assertNull(Urls.normalize("javascript:void(0)"));
        assertNull(Urls.normalize("http://"));
        assertNull(Urls.resolve(URI.create("http://www.example.gov.cn/"), "http://[broken"));
    }

    @Test
    void locationHeadersResolveAgainstTheRequest() {
        assertEquals(URI.create("http://www.example.gov.cn/new/page"),
                Urls.resolve(URI.create("http://www.example.gov.cn/old/page"), "../new/page"));
    }
}
