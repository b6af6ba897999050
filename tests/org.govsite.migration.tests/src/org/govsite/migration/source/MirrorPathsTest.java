package org.govsite.migration.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorPathsTest {
    @TempDir
    Path mirror;

    private Path file(String relative) throws Exception {
        Path file = mirror.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "<html></html>");
    }

    @Test
    void wgetFileNamesAreUrlsAndBack() throws Exception {
        String[][] cases = { { "www.old.gov.cn/index.html", "http://www.old.gov.cn/" },
                { "www.old.gov.cn/xxgk/index.html", "http://www.old.gov.cn/xxgk/" },
                { "www.old.gov.cn/art/2019/art_1_2.html", "http://www.old.gov.cn/art/2019/art_1_2.html" },
                { "www.old.gov.cn/list.jsp?page=2", "http://www.old.gov.cn/list.jsp?page=2" },
                { "127.0.0.1:8080/a.html", "http://127.0.0.1:8080/a.html" },
                { "127.0.0.1+8081/b.html", "http://127.0.0.1:8081/b.html" },
                { "www.old.gov.cn/search.do@q=1", "http://www.old.gov.cn/search.do?q=1" },
                { "www.old.gov.cn/通知.html", "http://www.old.gov.cn/%E9%80%9A%E7%9F%A5.html" } };
        for (String[] c : cases) {
            Path file = file(c[0]);
            assertEquals(URI.create(c[1]), MirrorPaths.url(mirror, file, "http"), c[0]);
            assertEquals(file, MirrorPaths.file(mirror, URI.create(c[1])), c[1]);
        }
        assertNull(MirrorPaths.file(mirror, URI.create("http://www.old.gov.cn/missing.html")));
        assertEquals(URI.create("https://www.old.gov.cn/a.html"),
                MirrorPaths.url(mirror, file("www.old.gov.cn/a.html"), "https"));
    }
}
