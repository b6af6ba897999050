package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.client.ClientException;
import org.govsite.client.MigrationNotice;
import org.govsite.migration.after.MigrationNotices;
import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.PageTime;
import org.govsite.testing.ShiftedClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration notices end to end on a real platform on loopback whose clock the test moves: refused under 30 days with
 * the platform's message, shown on the old home pages and on the superior portal while active, a re-run never moving
 * or shortening them, gone after their end (the old home page redirects again).
 */
class MigrationNoticesTest {
    private static final List<String> OLD = List.of("bm.old.gov.cn", "www.old.gov.cn");
    private static final String TITLE = "网站迁移公告";
    private static final String TEXT = "原某市水利局网站已整合迁移至某市人民政府门户网站。";

    @TempDir
    Path temp;

    @Test
    void noticesAreShownAtLeast30DaysOnTheOldHomePagesAndTheSuperiorPortal() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"), clock);
                PlatformPages pages = new PlatformPages(platform.server.uri())) {
            platform.publish();
            platform.editor.post("/api/v1/sites", Map.of("id", "prov", "name", "某省人民政府门户网站", "kind", "PORTAL", "level",
                    "PROVINCE", "host", "new", "mainDomain", "www.prov.gov.cn", "aliases", List.of(), "idCode", "3300000001",
                    "status", "RUNNING"));
            platform.editor.post("/api/v1/sites/prov/publish", Map.of());
            platform.editor.putBytes("/api/v1/redirects/www.old.gov.cn", """
                    {"entries":[{"path":"/","status":301,"target":"http://new.gov.cn/"}]}""".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "application/json");
            MigrationNotices notices = new MigrationNotices(platform.editor, Clock.systemUTC());

            ClientException tooShort = assertThrows(ClientException.class,
                    () -> notices.publish(OLD, "new-portal", "prov", TITLE, TEXT, 29, null));
            assertEquals(ErrorCode.NOTICE_TOO_SHORT, tooShort.code());
            assertTrue(tooShort.getLocalizedMessage().startsWith(ErrorCode.NOTICE_TOO_SHORT.message()), tooShort.getLocalizedMessage());
            assertTrue(platform.editor.migrationNotice("bm.old.gov.cn").isEmpty(), "nothing published");

            LocalDateTime before = LocalDateTime.now(PageTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
            List<MigrationNotice> published = notices.publish(OLD, "new-portal", "prov", TITLE, TEXT, 30, new NullProgressMonitor());
            assertEquals(OLD, published.stream().map(MigrationNotice::host).toList());
            MigrationNotice first = published.get(1);
            assertTrue(first.active());
            assertEquals("https://new.gov.cn/", first.address());
            assertFalse(first.startTime().isBefore(before));
            assertEquals(first.startTime().plusDays(30), first.endTime());

            PlatformPages.Page home = pages.get(URI.create("http://www.old.gov.cn/"));
            assertEquals(200, home.status(), "the notice instead of the old home page's redirect");
            Document notice = Jsoup.parse(home.text());
            assertTrue(notice.text().contains("本网站已迁移至：某市人民政府门户网站 https://new.gov.cn/"), notice.text());
            assertTrue(notice.text().contains("公告时间：" + first.start() + " 至 " + first.end()), notice.text());
            assertEquals("某市人民政府门户网站", notice.select("meta[name=SiteName]").attr("content"));
            Document portal = Jsoup.parse(pages.get(URI.create("http://www.prov.gov.cn/")).text());
            assertEquals(List.of("/migration-notices.html#bm.old.gov.cn", "/migration-notices.html#www.old.gov.cn"),
                    portal.select("section.migration-notices a").eachAttr("href"));
            Document list = Jsoup.parse(pages.get(URI.create("http://www.prov.gov.cn/migration-notices.html")).text());
            assertTrue(list.getElementById("www.old.gov.cn").text().contains("原网站 www.old.gov.cn 已迁移至：某市人民政府门户网站"), list.text());

            clock.advance(Duration.ofMinutes(3));
            List<MigrationNotice> again = notices.publish(OLD, "new-portal", "prov", TITLE, TEXT, 30, null);
            assertEquals(published, again, "a re-run keeps each notice as it was");
            List<MigrationNotice> shorter = new MigrationNotices(platform.editor, Clock.systemUTC())
                    .publish(List.of("www.old.gov.cn"), "new-portal", "prov", TITLE, TEXT, 29, null);
            assertEquals(first.end(), shorter.get(0).end(), "a shown notice is never ended sooner");
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class, () -> notices.publish(OLD, "new-portal", "prov", TITLE, TEXT, 30, cancelled));

            clock.advance(Duration.ofDays(30));
            PlatformPages.Page after = pages.get(URI.create("http://www.old.gov.cn/"));
            assertEquals(301, after.status(), "after the end the old home page redirects again");
            assertEquals("http://new.gov.cn/", after.location());
            assertFalse(pages.get(URI.create("http://www.prov.gov.cn/")).text().contains("migration-notices"));
        }
    }
}
