package org.govsite.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.govsite.testing.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX report opened by another spreadsheet program: LibreOffice converts it to CSV headlessly (its first sheet,
 * the summary; LibreOffice quotes text cells, not numbers). Skipped when LibreOffice is not installed (releng/install-deps.sh installs libreoffice-calc-nogui).
 */
class XlsxLibreOfficeTest {
    @TempDir
    Path temp;

    @Test
    void libreOfficeReadsTheWorkbook() throws Exception {
        Path soffice = LibreOffice.soffice();
        Path xlsx = temp.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            AuditReports.write(List.of(SampleAudits.problems(), SampleAudits.clean()), ReportFormat.XLSX, Locale.CHINESE,
                    out);
        }
        Path csv = LibreOffice.convert(soffice, xlsx, LibreOffice.CSV, temp);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(List.of("\"首页\",\"页面数\",\"ERROR\",\"WARNING\",\"INFO\",\"得分\",\"结论\",\"单项否决\"",
                "\"" + SampleAudits.HOME + "\",12,3,1,0,98.9,\"不合格\",\"VETO-SERIOUS-CONTENT\"",
                "\"" + SampleAudits.CLEAN + "\",3,0,0,0,100,\"合格\","), lines);
    }
}
