package org.govsite.audit.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link Redirects#follow}, on answers given by a map: the walk's limits, loops and Location forms. */
class RedirectWalkTest {
    private static final URI START = URI.create("http://www.hefei.gov.cn/a/1.html");

    /** @return the walk over {@code locations} (URL to Location; a URL absent answers without redirecting) */
    private static Redirects.Walk<String> walk(Map<String, String> locations, int maxRedirects, List<URI> requested) {
        return Redirects.follow(START, maxRedirects, url -> {
            requested.add(url);
            return url.toString();
        }, locations::get);
    }

    @Test
    void relativeLocationsResolveAgainstTheUrlThatAnswered() {
        List<URI> requested = new ArrayList<>();
        Redirects.Walk<String> walk = walk(Map.of(START.toString(), "../b/2.html", "http://www.hefei.gov.cn/b/2.html",
                "//www.ah.gov.cn/c/3.html?x=1"), 5, requested);
        assertEquals(List.of(START, URI.create("http://www.hefei.gov.cn/b/2.html"), URI.create("http://www.ah.gov.cn/c/3.html?x=1")),
                walk.urls());
        assertEquals(requested, walk.urls(), "each URL requested once, in order");
        assertEquals("http://www.ah.gov.cn/c/3.html?x=1", walk.last());
        assertNull(walk.next());
        assertFalse(walk.loop() || walk.tooManyRedirects());
    }

    @Test
    void theLimitCountsRedirectsAndALoopIsToldApart() {
        Map<String, String> chain = Map.of(START.toString(), "/2", "http://www.hefei.gov.cn/2", "/3",
                "http://www.hefei.gov.cn/3", "/4");
        Redirects.Walk<String> enough = walk(chain, 3, new ArrayList<>());
        assertEquals("http://www.hefei.gov.cn/4", enough.last(), "three redirects followed");
        assertFalse(enough.tooManyRedirects());
        Redirects.Walk<String> tooMany = walk(chain, 2, new ArrayList<>());
        assertTrue(tooMany.tooManyRedirects());
        assertEquals(3, tooMany.answers().size());
        assertEquals(URI.create("http://www.hefei.gov.cn/4"), tooMany.next(), "not requested");

        Redirects.Walk<String> loop = walk(Map.of(START.toString(), "/2", "http://www.hefei.gov.cn/2", "/a/1.html"), 5,
                new ArrayList<>());
        assertTrue(loop.loop());
        assertFalse(loop.tooManyRedirects());
        assertEquals(START, loop.next());
        assertEquals(2, loop.answers().size());
    }

    @Test
    void aMalformedLocationEndsTheWalkAtItsAnswer() {
        Redirects.Walk<String> walk = walk(Map.of(START.toString(), "http://[bad"), 5, new ArrayList<>());
        assertEquals(List.of(START), walk.urls());
        assertNull(walk.next());
        assertFalse(walk.loop() || walk.tooManyRedirects());
    }
}
