package org.govsite.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The normal form of old paths with query that the redirect table keys by. */
class OldPathsTest {
    @Test
    void escapesAreUpperCaseAndUnreservedCharactersDecoded() {
        assertEquals("/xxgk/%E6%96%87%E4%BB%B6.html", OldPaths.of("/%78xgk/%e6%96%87%E4%bb%b6.html").path());
        assertEquals("/a-b_c.~d/", OldPaths.of("/a%2Db%5Fc%2E%7Ed/").path());
        assertEquals("/a%2Fb%3F", OldPaths.of("/a%2fb%3f").path(), "reserved characters stay escaped");
        assertEquals("/a%25zz%25", OldPaths.of("/a%zz%").path(), "a lone % is escaped");
    }

    @Test
    void charactersThatMayNotStandInAUriAreEscapedAsUtf8() {
        assertEquals("/xxgk/%E6%96%87%E4%BB%B6.html?q=%E7%A8%8E", OldPaths.of("/xxgk/文件.html?q=税").path());
        assertEquals("/a%20b/%22%3C%3E%F0%9F%98%80", OldPaths.of("/a b/\"<>😀").path());
        assertEquals("/a%20b?q=x+y&r=x+y", OldPaths.of("/a%20b?q=x%20y&r=x+y").path(), "a space in a query is +");
    }

    @Test
    void parametersAreOrderedByNameKeepingTheOrderOfOneNameAndEmptyOnesDropped() {
        OldPaths path = OldPaths.of("/content.jsp?id=5&&cat=2&tag=b&tag=a&flag&");
        assertEquals("/content.jsp?cat=2&flag&id=5&tag=b&tag=a", path.path());
        assertEquals("/content.jsp", path.basePath());
        assertEquals(List.of("cat=2", "flag", "id=5", "tag=b", "tag=a"), path.parameters());
        assertEquals("cat&flag&id&tag", path.queryNames());
        assertEquals("/a.html", OldPaths.of("/a.html?").path(), "an empty query is none");
        assertEquals("", OldPaths.of("/a.html").queryNames());
    }

    @Test
    void aServletSessionIdInThePathIsNoPartOfTheAddress() {
        assertEquals("/content.jsp?id=5", OldPaths.of("/content.jsp;jsessionid=0A1B2C3D.node1?id=5").path());
        assertEquals("/a/b.html", OldPaths.of("/a;JSESSIONID=x/b.html").path());
        assertEquals("/a;version=2/b.html", OldPaths.of("/a;version=2/b.html").path(), "other path parameters stay");
    }

    @Test
    void theNormalFormIsItsOwnNormalForm() {
        for (String raw : List.of("/%78xgk/%e6%96%87.html?b=%20&a=1", "/a b/文件?z&y=税&x=%7e", "/a%zz%?q=%2b")) {
            String normal = OldPaths.of(raw).path();
            assertEquals(normal, OldPaths.of(normal).path(), raw);
        }
    }

    @Test
    void keepingOnlyTheSignificantParameters() {
        OldPaths requested = OldPaths.of("/content.jsp?id=5&from=singlemessage&isappinstalled=0&cat=2");
        assertEquals("/content.jsp?cat=2&id=5", requested.keeping(Set.of("id", "cat", "page")));
        assertEquals("/content.jsp", requested.keeping(Set.of()));
    }
}
