package org.govsite.report.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.govsite.report.Visits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated access logs (vhost and plain combined, gzip, malformed lines) read into visits per site. */
public class AccessLogImportTest {
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0";
    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1";

    @TempDir
    Path temp;

    /** @return a combined-format line */
    public static String line(String ip, String time, String request, int status, String agent) {
        return ip + " - - [" + time + "] \"" + request + "\" " + status + " 5120 \"-\" \"" + agent + "\"";
    }

    private Path gzip(String name, List<String> lines) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void vhostLinesInAGzipFileAndPlainLinesOfAGivenHost() throws IOException {
        String day1 = "02/Mar/2026:09:15:00 +0800";
        String day2 = "03/Mar/2026:10:00:00 +0800";
        Path vhost = gzip("vhost.log.gz", List.of(
                "www.a.gov.cn:443 " + line("10.0.0.1", day1, "GET /index.html HTTP/1.1", 200, BROWSER),
                "www.a.gov.cn:443 " + line("10.0.0.1", day1, "GET /col/news/ HTTP/1.1", 304, BROWSER),
                "WWW.A.GOV.CN " + line("10.0.0.1", day1, "GET /art/1.html?from=home HTTP/1.1", 200, PHONE),
                "www.a.gov.cn " + line("10.0.0.1", day2, "GET / HTTP/1.1", 200, BROWSER),
                // not page views: static files, POST, errors, redirects, bots
                "www.a.gov.cn " + line("10.0.0.1", day1, "GET /css/site.CSS HTTP/1.1", 200, BROWSER),
                "www.a.gov.cn " + line("10.0.0.1", day1, "GET /img/logo.png?v=3 HTTP/1.1", 200, BROWSER),
                "www.a.gov.cn " + line("10.0.0.2", day1, "POST /search HTTP/1.1", 200, BROWSER),
                "www.a.gov.cn " + line("10.0.0.2", day1, "GET /missing.html HTTP/1.1", 404, BROWSER),
                "www.a.gov.cn " + line("10.0.0.2", day1, "GET /old HTTP/1.1", 301, BROWSER),
                "www.a.gov.cn " + line("66.249.66.1", day1, "GET / HTTP/1.1", 200,
                        "Mozilla/5.0 (compatible; Googlebot/2.1)"),
                "www.a.gov.cn " + line("10.0.0.3", day1, "GET / HTTP/1.1", 200, "Baiduspider-render/2.0"),
                // the year: 2025-12-31 20:00 at -08:00 is 2026-01-01 12:00 in Shanghai; 2027-01-01 00:30 +08:00 is not
                "www.b.gov.cn " + line("10.0.0.4", "31/Dec/2025:20:00:00 -0800", "GET / HTTP/1.1", 200, BROWSER),
                "www.b.gov.cn " + line("10.0.0.4", "01/Jan/2027:00:30:00 +0800", "GET / HTTP/1.1", 200, BROWSER),
                "www.b.gov.cn " + line("10.0.0.4", "31/Dec/2025:23:00:00 +0800", "GET / HTTP/1.1", 200, BROWSER),
                // malformed
                "this is not a log line", "www.a.gov.cn " + line("10.0.0.1", "32/Foo/2026:99:00:00 +0800",
                        "GET / HTTP/1.1", 200, BROWSER),
                ""));
        Path plain = temp.resolve("www.c.gov.cn.access.log");
        try (Writer out = Files.newBufferedWriter(plain)) {
            out.write(line("10.0.0.5", day1, "GET / HTTP/1.1", 200, "浏览器 \\\"quoted\\\"") + "\n");
            out.write(line("10.0.0.6", day1, "GET / HTTP/1.0", 200, BROWSER) + "\n");
            out.write(line("10.0.0.6", day1, "GET /a.html HTTP/1.0", 200, BROWSER) + "\n");
            out.write("10.0.0.6 - - [02/Mar/2026:09:15:00 +0800] \"GET / HTTP/1.1\" 200\n");
        }
        AccessLogImport logs = new AccessLogImport(LogRules.defaults(), 2026);
        logs.read(vhost, null);
        logs.read(plain, "www.c.gov.cn");
        // a: 4 page views; visitors: (1, Chrome) and (1, iPhone) on day 1, (1, Chrome) on day 2 = 3
        assertEquals(Map.of("www.a.gov.cn", new Visits(3, 4), "www.b.gov.cn", new Visits(1, 1), "www.c.gov.cn",
                new Visits(2, 3)), logs.visits());
        LogSummary summary = logs.summary();
        assertEquals(8, summary.counted());
        assertEquals(7, summary.excluded());
        assertEquals(2, summary.otherYear());
        assertEquals(0, summary.unattributed());
        assertEquals(3, summary.malformed());
        assertEquals(List.of("vhost.log.gz:15", "vhost.log.gz:16", "www.c.gov.cn.access.log:4"),
                summary.examples());
    }

    @Test
    void linesWithoutHostInAFileWithoutHostAreUnattributedAndTheRulesAreSettings() throws IOException {
        Path file = gzip("access.log.gz", List.of(
                line("10.0.0.1", "02/Mar/2026:09:15:00 +0800", "GET /report.pdf HTTP/1.1", 200, "MyMonitor/1.0"),
                "www.a.gov.cn " + line("10.0.0.1", "02/Mar/2026:09:15:00 +0800", "GET /report.pdf HTTP/1.1", 200,
                        "MyMonitor/1.0")));
        AccessLogImport defaults = new AccessLogImport(LogRules.defaults(), 2026);
        defaults.read(file, null);
        assertEquals(Map.of(), defaults.visits());
        assertEquals(1, defaults.summary().unattributed());
        assertEquals(1, defaults.summary().excluded());
        AccessLogImport pdfs = new AccessLogImport(new LogRules(Set.of("css"), List.of("bot")), 2026);
        pdfs.read(file, null);
        assertEquals(Map.of("www.a.gov.cn", new Visits(1, 1)), pdfs.visits());
    }
}
