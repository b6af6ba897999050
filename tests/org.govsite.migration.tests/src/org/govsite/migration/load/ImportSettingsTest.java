package org.govsite.migration.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The import's settings refuse what the library would refuse for every article. */
class ImportSettingsTest {

    @Test
    void batchesHoldAnArticleAndTheDefaultSourceFitsTheLibrary() {
        assertEquals(1, new ImportSettings(1, "市政府办公室").batchSize());
        assertThrows(IllegalArgumentException.class, () -> new ImportSettings(0, "市政府办公室"));
        assertThrows(IllegalArgumentException.class, () -> new ImportSettings(10, " "));
        assertThrows(IllegalArgumentException.class, () -> new ImportSettings(10, null));
        assertThrows(IllegalArgumentException.class, () -> new ImportSettings(10, "来".repeat(201)));
        assertEquals(200, new ImportSettings(10, "来".repeat(200)).defaultSource().length());
        assertEquals(ImportSettings.DEFAULT_REQUESTS_IN_FLIGHT, new ImportSettings(10, "市政府办公室").requestsInFlight());
        assertTrue(new ImportSettings(10, "市政府办公室").bulk(), "bulk when the server has it");
        assertEquals(1, new ImportSettings(10, "市政府办公室", 1, true).requestsInFlight());
        assertThrows(IllegalArgumentException.class, () -> new ImportSettings(10, "市政府办公室", 0, true));
        assertNull(new ImportSettings(10, "市政府办公室").newSite(), "addresses in https");
        assertNull(new ImportSettings(10, "市政府办公室", 2, false).undatedTime(), "undated articles fail");
    }
}
