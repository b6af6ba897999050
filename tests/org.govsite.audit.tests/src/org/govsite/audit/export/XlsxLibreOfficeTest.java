package org.govsite.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX report opened by another spreadsheet program: LibreOffice converts it to CSV headlessly (its first sheet,
 * the summary; LibreOffice quotes text cells, not numbers). Skipped when LibreOffice is not installed (releng/install-deps.sh installs libreoffice-calc-nogui).
 */
class XlsxLibreOfficeTest {
    @TempDir
    Path temp;

    private static Path soffice() {
        return Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    @Test
    void libreOfficeReadsTheWorkbook() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        Path xlsx = temp.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            AuditReports.write(List.of(SampleAudits.problems(), SampleAudits.clean()), ReportFormat.XLSX, Locale.CHINESE,
                    out);
        }
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + temp.resolve("profile").toUri(), "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", temp.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("soffice.log")));
        List<String> lines = Files.readAllLines(temp.resolve("report.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("\"首页\",\"页面数\",\"ERROR\",\"WARNING\",\"INFO\",\"得分\",\"结论\",\"单项否决\"",
                "\"" + SampleAudits.HOME + "\",12,3,1,0,98.9,\"不合格\",\"VETO-SERIOUS-CONTENT\"",
                "\"" + SampleAudits.CLEAN + "\",3,0,0,0,100,\"合格\","), lines);
    }
}
