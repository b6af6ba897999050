package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.source.KnownUrls;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.MirrorSource;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan kept on disk reads back equal, and only under the fingerprint it was written with. */
class PlanFileTest {
    @TempDir
    Path temp;

    @Test
    void aKeptPlanReadsBackEqualUnderItsFingerprintOnly() throws Exception {
        MigrationPlan plan;
        try (LegacySite site = LegacySites.standard().start();
                LegacySource source = new MirrorSource(site.mirror(temp.resolve("mirror")), "http", DryRunTest.known(site))) {
            plan = new Planner(LegacySites.settings()).plan(source, AttachmentStore.DIGEST_ONLY,
                    new KnownUrls(List.of(), List.of(new LineProblem(3, "没有网址")), Map.of()), null);
        }
        assertTrue(plan.outcomes().stream().anyMatch(o -> o.article() != null && o.article().published() != null
                && !o.article().attachments().isEmpty() && !o.article().pageLinks().isEmpty()), "the plan has every kind of field");
        assertTrue(plan.outcomes().stream().anyMatch(o -> o.duplicateOf() != null));
        Path file = temp.resolve("batch/plan.json");
        Path kept = temp.resolve("batch/attachments");
        PlanFile.write(plan, "a", kept, file);
        assertTrue(Files.readString(file).startsWith("{\"format\":2,\"fingerprint\":\"a\",\"attachments\":\""
                + kept.toAbsolutePath().normalize().toString().replace("\\", "\\\\") + "\",\"outcomes\":["),
                "the header before the plan, read first");

        MigrationPlan read = PlanFile.read(file, "a", null).orElseThrow();
        assertEquals(plan.outcomes(), read.outcomes(), "every outcome, article, date (with its zone) and attachment");
        assertEquals(plan.listProblems(), read.listProblems());
        assertEquals(plan.outcomes(), PlanFile.read(file, "a", temp.resolve("batch/../batch/attachments")).orElseThrow().outcomes(),
                "its attachments where an import needs them");
        assertEquals(Optional.empty(), PlanFile.read(file, "a", temp.resolve("elsewhere")), "its attachments elsewhere");
        assertEquals(Optional.empty(), PlanFile.read(file, "b", null), "made from other settings");
        assertEquals(Optional.empty(), PlanFile.read(temp.resolve("none.json"), "a", null));
        PlanFile.write(plan, "a", null, file);
        assertEquals(Optional.empty(), PlanFile.read(file, "a", kept), "no attachments kept");
        assertEquals(plan.outcomes(), PlanFile.read(file, "a", null).orElseThrow().outcomes());

        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertEquals(Optional.empty(), PlanFile.read(file, "a", null), "a damaged file is planned again");
        Files.writeString(file, new String(whole, StandardCharsets.UTF_8).replaceFirst("\"format\":2", "\"format\":1"));
        assertEquals(Optional.empty(), PlanFile.read(file, "a", null), "another format");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("plan.json"), files.map(f -> f.getFileName().toString()).toList(), "no temporary file left");
        }
    }
}
