package org.govsite.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.migration.load.ImportSettings;
import org.junit.jupiter.api.Test;

/** The import's options of {@code govsite migrate} become the importer's settings, bad values refused with their reason. */
class MigrateOptionsTest {
    private static final List<String> IMPORT = List.of("--mirror", "m", "--mapping", "m.csv", "--new-site", "http://new.gov.cn/site/",
            "--import", "--journal", "j.jsonl", "--default-source", "某市人民政府办公室", "--server", "http://127.0.0.1:1/",
            "--operator", "li.na", "--fingerprint", "ab".repeat(32), "--key", "li.na.key");

    @Test
    void inFlightAndNoBulkGoIntoTheImportSettings() throws Exception {
        ImportSettings defaults = parse(IMPORT, "en").importSettings();
        assertEquals(ImportSettings.DEFAULT_REQUESTS_IN_FLIGHT, defaults.requestsInFlight());
        assertTrue(defaults.bulk());
        assertEquals(URI.create("http://new.gov.cn/site/"), defaults.newSite(), "addresses in the new site's scheme");
        assertEquals(50, defaults.batchSize());

        ImportSettings chosen = parse(with(IMPORT, "--in-flight", "16", "--no-bulk", "--batch", "7"), "en").importSettings();
        assertEquals(16, chosen.requestsInFlight());
        assertFalse(chosen.bulk());
        assertEquals(7, chosen.batchSize());
        assertEquals(1, parse(with(IMPORT, "--in-flight", "1"), "en").importSettings().requestsInFlight());
        assertEquals(null, defaults.undatedTime(), "undated articles fail by default");
        assertEquals(LocalDateTime.of(2019, 1, 2, 8, 30), parse(with(IMPORT, "--undated-time", "2019-01-02 08:30"), "en").importSettings().undatedTime());
    }

    @Test
    void badValuesAreRefusedWithTheirReasonInEitherLanguage() {
        for (String bad : List.of("0", "17", "-1", "four", "")) {
            UsageException refused = assertThrows(UsageException.class, () -> parse(with(IMPORT, "--in-flight", bad), "en"));
            assertEquals("The option --in-flight takes a whole number from 1 to 16, not " + bad, refused.getMessage());
        }
        UsageException zh = assertThrows(UsageException.class, () -> parse(with(IMPORT, "--in-flight", "32"), "zh"));
        assertEquals("选项 --in-flight 需要 1 到 16 之间的整数，而不是 32", zh.getMessage());
        for (String bad : List.of("2019-02-30 08:00", "2019-01-02", "2019-01-02 24:00", "2019/1/2 08:30")) {
            UsageException refused = assertThrows(UsageException.class, () -> parse(with(IMPORT, "--undated-time", bad), "en"));
            assertEquals("The option --undated-time takes a time YYYY-MM-DD HH:MM (Beijing time), not " + bad, refused.getMessage());
        }
        assertEquals("选项 --undated-time 需要 YYYY-MM-DD HH:MM 格式的时间（北京时间），而不是 2019年1月2日",
                assertThrows(UsageException.class, () -> parse(with(IMPORT, "--undated-time", "2019年1月2日"), "zh")).getMessage());
        List<String> dryRun = IMPORT.subList(0, 6);
        assertEquals("--undated-time needs --import",
                assertThrows(UsageException.class, () -> parse(with(dryRun, "--undated-time", "2019-01-02 08:30"), "en")).getMessage());
        assertEquals("--no-bulk needs --import", assertThrows(UsageException.class, () -> parse(with(dryRun, "--no-bulk"), "en")).getMessage());
        assertEquals("--in-flight needs --import",
                assertThrows(UsageException.class, () -> parse(with(dryRun, "--in-flight", "2"), "en")).getMessage());
    }

    private static MigrateOptions parse(List<String> args, String language) throws UsageException {
        List<String> all = with(args, "--lang", language);
        return MigrateOptions.parse(all, new Texts("org.govsite.migration.cli.messages", Texts.language(all),
                MigrateOptions.class.getClassLoader()));
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
