package org.govsite.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.export.ReportFormat;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.history.AuditHistory;
import org.govsite.audit.history.AuditRun;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.audit.verdict.Verdicts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report export's job body: formats by extension, the language asked for, and a cancel leaving no file. */
class ReportExportTest {
    private static final URI HOME = URI.create("http://www.example.gov.cn/");

    @TempDir
    Path folder;
    private AuditHistory history;
    private AuditRun run;

    @BeforeEach
    void save() {
        history = AuditHistory.open(folder.resolve("store"));
        List<Finding> findings = List.of(Finding.link(LinkRule.BROKEN, HOME, HOME.resolve("/gone"), "a", "走了", "HTTP 404"));
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        run = history.save(new SiteAudit(HOME, now, now.plusSeconds(3), 1, findings,
                Verdicts.judge(HOME, findings, new Freshness(true, List.of(), List.of()), VerdictSettings.defaults())));
    }

    @AfterEach
    void close() {
        history.close();
    }

    @Test
    void theExtensionNamesTheFormat() {
        assertEquals(Optional.of(ReportFormat.XLSX), ReportExport.format(Path.of("报告.XLSX")));
        assertEquals(Optional.of(ReportFormat.CSV), ReportExport.format(Path.of("a.csv")));
        assertEquals(Optional.of(ReportFormat.JSON), ReportExport.format(Path.of("a.json")));
        assertEquals(Optional.of(ReportFormat.HTML), ReportExport.format(Path.of("a.html")));
        assertEquals(Optional.empty(), ReportExport.format(Path.of("a.txt")));
    }

    @Test
    void aCsvInTheLanguageAskedForReplacesTheFileWhole() throws Exception {
        Path file = Files.writeString(folder.resolve("r.csv"), "old");
        ReportExport.write(history, List.of(run), file, Locale.ENGLISH, new NullProgressMonitor());
        String csv = Files.readString(file);
        assertTrue(csv.contains("LINK-BROKEN") && csv.contains("http://www.example.gov.cn/gone"), csv);
        assertFalse(csv.contains("old"), csv);
        ReportExport.write(history, List.of(run), file, Locale.CHINESE, new NullProgressMonitor());
        assertFalse(Files.readString(file).equals(csv), "the Chinese report differs from the English one");
    }

    @Test
    void aCancelWhileWritingLeavesNeitherTheFileNorAPartialOne() throws Exception {
        Path file = folder.resolve("r.xlsx");
        NullProgressMonitor cancelledOnceWriting = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                setCanceled(name.equals("r.xlsx"));
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> ReportExport.write(history, List.of(run), file, Locale.CHINESE, cancelledOnceWriting));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("store")), files.toList());
        }
    }
}
