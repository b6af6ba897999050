package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.freshness.ColumnCategory;
import org.govsite.audit.freshness.FreshnessSettings;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.ui.audit.AuditPreferences;
import org.govsite.ui.audit.AuditPreferencesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's audit settings file: what is written reads back, and a file of an older workbench reads with the defaults. */
class AuditPreferencesFileTest {
    @TempDir
    Path temp;

    @Test
    void settingsReadBackAndAnOlderFileGetsTheDefaultsOfWhatItLacks() throws Exception {
        AuditPreferencesFile file = new AuditPreferencesFile(temp.resolve(AuditPreferencesFile.FILE_NAME));
        assertEquals(AuditPreferences.defaults(), file.read(), "no file: the defaults");
        AuditPreferences written = new AuditPreferences(List.of("违禁词"), Map.of("政务公凯", "政务公开"), false, true, 30,
                List.of("example.org"), 1.5, 5, List.of(new ColumnCategory("rsrm", 0, List.of("人事任免"))), Set.of(),
                List.of("/jump\\.jsp\\?to="), List.of("/etc/govsite/省级政务CA.pem"),
                VerdictSettings.defaults().withPoints(75, 2, 0.5, 10).withVetoes(3, 8, 2), "http://10.0.0.5:8443/");
        file.write(written);
        assertEquals(written, file.read());

        Files.writeString(temp.resolve(AuditPreferencesFile.FILE_NAME), """
                {"sensitiveWords":["违禁词"],"typos":{},"honourRobots":true,"sitemaps":false,"maxPages":100,
                 "governmentHosts":[],"loadBudgetSeconds":3.0}""", StandardCharsets.UTF_8);
        AuditPreferences older = file.read();
        assertEquals(100, older.maxPages());
        assertEquals(FreshnessSettings.defaults(), older.settings().freshness(), "saved before the freshness settings");
        assertEquals(CrawlSettings.defaults().softBlockedStatuses(), older.settings().crawl().softBlockedStatuses());
        assertEquals(List.of(CrawlSettings.defaults().leavePromptUrls().get(0).pattern()), older.leavePromptUrls());
        assertEquals(List.of(), older.caCertificates(), "saved before the certificate files");
        assertEquals(null, older.settings().crawl().sslContext(), "the JDK's trust store alone");
        assertEquals(VerdictSettings.defaults(), older.settings().verdict(), "the indicators' scoring");
        assertEquals("", older.through(), "saved before the through server");
        assertEquals(null, older.settings().crawl().through(), "the sites' own hosts");

        Files.writeString(temp.resolve(AuditPreferencesFile.FILE_NAME), """
                {"sensitiveWords":[],"typos":{},"honourRobots":true,"sitemaps":false,"maxPages":100,
                 "governmentHosts":[],"loadBudgetSeconds":3.0,"through":"http://10.0.0.5:8443/"}""", StandardCharsets.UTF_8);
        assertEquals(URI.create("http://10.0.0.5:8443/"), file.read().settings().crawl().through());
    }
}
