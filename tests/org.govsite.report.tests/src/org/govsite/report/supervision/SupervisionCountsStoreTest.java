package org.govsite.report.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionCountsStoreTest {
    @TempDir
    Path folder;

    @Test
    void savedEntriesReadBackAndNextYearKeepsOnlyTheOffice() throws IOException {
        SupervisionCountsStore store = new SupervisionCountsStore(folder.resolve("reports"));
        SupervisionEntries entries = new SupervisionEntries("省政府办公厅",
                Map.of(SupervisionItem.ERRORS_RECEIVED, 120L, SupervisionItem.SITES_MERGED, 3L));
        store.save(2026, entries);

        assertEquals(entries, store.load(2026));
        assertEquals(new SupervisionEntries("省政府办公厅", Map.of()), store.load(2027));
        assertEquals(new SupervisionEntries("", Map.of()), store.load(2025));
        assertTrue(Files.readString(store.file(2026)).contains("\"ERRORS_RECEIVED\" : 120"));
    }

    @Test
    void anUnknownItemIsAnErrorNamingTheFile() throws IOException {
        SupervisionCountsStore store = new SupervisionCountsStore(folder);
        Files.writeString(store.file(2026), "{\"filler\": \"x\", \"counts\": {\"NO_SUCH_ITEM\": 1}}",
                StandardCharsets.UTF_8);

        IOException error = assertThrows(IOException.class, () -> store.load(2026));
        assertTrue(error.getMessage().contains(store.file(2026).toString()), error.getMessage());
    }
}
