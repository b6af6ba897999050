package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.migration.source.CrawlSource;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled dry run stops early, live and from a mirror. */
class CancelTest {
    private static final int PAGES = 400;

    @TempDir
    Path temp;

    /** Cancels once it was told of {@code pages} pages. */
    private static final class CancelAfter extends NullProgressMonitor {
        private int left;

        CancelAfter(int pages) {
            left = pages;
        }

        @Override
        public void subTask(String name) {
            if (--left <= 0) {
                setCanceled(true);
            }
        }
    }

    private static LegacySite bigSite() {
        StringBuilder home = new StringBuilder("<html><body><ul>");
        LegacySite site = new LegacySite();
        for (int i = 0; i < PAGES; i++) {
            home.append("<li><a href=\"/art/art_1_").append(i).append(".html\">").append(i).append("</a></li>");
            site.html("/art/art_1_" + i + ".html", "<html><head><title>文章" + i + "</title></head><body>"
                    + "<div class=\"article\"><p>正文" + i + "</p></div></body></html>");
        }
        return site.html("/", home.append("</ul></body></html>").toString());
    }

    @Test
    void aLiveCrawlStopsSoonAfterTheCancel() throws Exception {
        try (LegacySite site = bigSite().start();
                LegacySource source = new CrawlSource(site.url("/"),
                        CrawlSettings.builder().honourRobots(false).connections(2, 2).build(), List.of())) {
            assertThrows(OperationCanceledException.class,
                    () -> new DryRun(LegacySites.settings()).run(source, KnownUrls.NONE, new CancelAfter(5)));
            Thread.sleep(200);
            assertTrue(site.requests() < PAGES / 4, site.requests() + " requests");
        }
    }

    @Test
    void aMirrorReadStopsAtTheCancel() throws Exception {
        try (LegacySite site = bigSite().start()) {
            Path mirror = site.mirror(temp);
            int[] pages = new int[1];
            try (LegacySource source = new MirrorSource(mirror, "http", List.of())) {
                assertThrows(OperationCanceledException.class,
                        () -> source.read(page -> pages[0]++, new CancelAfter(5)));
            }
            assertEquals(5, pages[0], "the page being read when cancelled is the last");
        }
    }
}
