package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govsite.protocol.PublishedPaths;
import org.junit.jupiter.api.Test;

/** The published site's layout (docs/server.md, "Publishing") that the server and the migration share. */
class PublishedPathsTest {
    private record Column(String id, String parentId, String pathSegment) implements PublishedPaths.Column {
    }

    @Test
    void foldersArticlePagesAndCanonicalUrls() {
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("c1", new Column("c1", null, "xxgk"));
        columns.put("c2", new Column("c2", "c1", "tzgg"));
        columns.put("c3", new Column("c3", "c2", ".."));
        assertEquals("/xxgk/", PublishedPaths.columnFolder(columns.get("c1"), columns));
        assertEquals("/xxgk/tzgg/", PublishedPaths.columnFolder(columns.get("c2"), columns));
        assertEquals("/xxgk/tzgg/c3/", PublishedPaths.columnFolder(columns.get("c3"), columns), "an unsafe segment: the id");
        assertEquals("/xxgk/tzgg/202605/t20260518_a1.html",
                PublishedPaths.articlePage("/xxgk/tzgg/", LocalDateTime.of(2026, 5, 18, 9, 30), "a1"));
        assertEquals("https://www.example.gov.cn/xxgk/", PublishedPaths.siteUrl(PublishedPaths.SCHEME, "www.example.gov.cn", "/xxgk/"));
        assertEquals("/xxgk/", PublishedPaths.siteUrl(PublishedPaths.SCHEME, null, "/xxgk/"), "no main domain: the path");
    }

    @Test
    void attachmentsAreNamedByTheirTypeAndServedWithIt() {
        String digest = "ab".repeat(32);
        assertEquals("/files/" + digest + ".jpg", PublishedPaths.file(digest, "image/jpeg"));
        assertEquals("/files/" + digest + ".pdf", PublishedPaths.file(digest, "Application/PDF; name=x"));
        assertEquals("/files/" + digest + ".ppt", PublishedPaths.file(digest, "application/vnd.ms-powerpoint"));
        assertEquals("/files/" + digest + ".bin", PublishedPaths.file(digest, "application/x-unknown"));
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation", PublishedPaths.contentType(digest + ".pptx"));
        assertEquals("image/jpeg", PublishedPaths.contentType(digest + ".jpg"));
        assertEquals("text/html; charset=utf-8", PublishedPaths.contentType("index.html"));
        assertEquals("application/octet-stream", PublishedPaths.contentType(digest + ".bin"));
    }

    @Test
    void aParentCycleStopsInsteadOfLooping() {
        Map<String, Column> columns = Map.of("a", new Column("a", "b", "a"), "b", new Column("b", "a", "b"));
        assertEquals("/a/b/a/", PublishedPaths.columnFolder(columns.get("a"), columns));
    }

    @Test
    void aSnapshotAddressNamesItsKeyAndNothingElseDoes() {
        String key = PublishedPaths.archiveKey("/old/notice.html?id=3");
        assertEquals("/govsite-archive/" + key + ".html", PublishedPaths.archivePage("/old/notice.html?id=3"));
        assertEquals(64, key.length());
        assertEquals(Optional.of(key), PublishedPaths.archiveKeyOf(PublishedPaths.archivePage("/old/notice.html?id=3")));
        for (String other : List.of("/old/notice.html", "/govsite-archive/" + key + ".htm", "/govsite-archive/"
                + key.toUpperCase(Locale.ROOT) + ".html", "/x/govsite-archive/" + key + ".html", "/govsite-archive/abc.html")) {
            assertEquals(Optional.empty(), PublishedPaths.archiveKeyOf(other), other);
        }
    }

    @Test
    void aSnapshotFileAddressNamesItsDigestAndNothingElseDoes() {
        String digest = PublishedPaths.archiveKey("style sheet bytes");
        assertEquals("/govsite-archive/files/" + digest + ".css", PublishedPaths.archiveFile(digest, "text/css; charset=utf-8"));
        assertEquals("/govsite-archive/files/" + digest + ".bin", PublishedPaths.archiveFile(digest, "text/html"));
        assertEquals(Optional.of(digest), PublishedPaths.archiveFileOf(PublishedPaths.archiveFile(digest, "image/png")));
        for (String other : List.of("/govsite-archive/" + digest + ".html", "/govsite-archive/files/" + digest,
                "/govsite-archive/files/" + digest + ".png/x", "/files/" + digest + ".png", "/govsite-archive/files/"
                        + digest.toUpperCase(Locale.ROOT) + ".png", "/govsite-archive/files/../" + digest + ".png")) {
            assertEquals(Optional.empty(), PublishedPaths.archiveFileOf(other), other);
        }
        assertEquals(Optional.empty(), PublishedPaths.archiveKeyOf(PublishedPaths.archiveFile(digest, "image/png")), "no page");
    }

    @Test
    void homePagesAreTheRootAndItsIndexFilesOnly() {
        for (String home : List.of("/", "/index.html", "/index.htm", "/index.shtml", "/default.aspx", "/index.php", "/index.jsp")) {
            assertTrue(PublishedPaths.isHomePage(home), home);
        }
        for (String other : List.of("/?page=2", "/news/", "/index.html?x=1", "/main.html", "")) {
            assertFalse(PublishedPaths.isHomePage(other), other);
        }
    }
}

