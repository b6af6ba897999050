package org.govsite.report.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govsite.client.ArticlePage;
import org.govsite.crypto.KeyFile;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.KeyFingerprint;
import org.govsite.report.ManualFieldsStore;
import org.govsite.report.ReportRow;
import org.govsite.report.SampleReports;
import org.govsite.report.publish.LoopbackPlatform;
import org.govsite.testing.RelayProxy;
import org.govsite.testing.Tls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * govsite report --server and --publish against a real platform server on 127.0.0.1: the login from the key file
 * and secret files, the statistics read through the signed client, publishing, and what is refused.
 */
class ReportServerTest {
    private static final String HZ = "www.hangzhou.gov.cn";
    private static final String FGW = "drc.hangzhou.gov.cn";
    private static final char[] PASSPHRASE = "密钥文件口令".toCharArray();

    @TempDir
    Path temp;
    private LoopbackPlatform platform;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Two sites, the portal with an annual-report column, the commission without; complete manual fields. */
    @BeforeEach
    void start() throws IOException {
        platform = new LoopbackPlatform(temp.resolve("server"));
        platform.editor.post("/api/v1/organisations", Map.of("id", "hz", "name", "杭州市人民政府", "kind", "GOVERNMENT"));
        platform.site("hz-portal", "杭州市人民政府门户网站", HZ, "3301000001");
        platform.column("hz-portal", "gk", "概况", "OVERVIEW", 0);
        platform.column("hz-portal", "nb", "政府网站工作年度报表", "OPEN_GOVERNMENT", 1);
        platform.site("hz-fgw", "杭州市发展和改革委员会", FGW, "3301000002");
        platform.column("hz-fgw", "fg-gk", "概况", "OVERVIEW", 0);
        platform.editor.post("/api/v1/articles", Map.of("title", "杭州概况", "publishedAt", "2026-03-01 09:00",
                "source", "杭州市人民政府", "body", "<p>概况</p>", "columns", List.of("gk")));
        platform.editor.post("/api/v1/sites/hz-portal/messages", Map.of("id", "m1", "title", "咨询", "receivedAt",
                "2026-05-04 10:00"));
        Files.writeString(temp.resolve("zhang.key"), KeyFile.encrypt(platform.editorKey.privateKey(), PASSPHRASE.clone(),
                KeyFile.MIN_ITERATIONS));
        secret("passphrase", new String(PASSPHRASE) + "\n", "rw-------");
        secret("password", LoopbackPlatform.PASSWORD + "\n", "rw-------");
        ManualFieldsStore manual = new ManualFieldsStore(temp.resolve("manual"));
        manual.save(HZ, 2026, SampleReports.manual(1));
        manual.save(FGW, 2026, SampleReports.manual(2));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private void secret(String name, String text, String permissions) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }

    private int run(String... args) {
        return new ReportCommand(null).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** @return the options of a report of 2026 from the server into this folder, logging in as the editor */
    private int fromServer(String output, String fingerprint, String... more) {
        return fromServer(platform.server.uri(), output, fingerprint, more);
    }

    /** @return as {@link #fromServer(String, String, String...)} through {@code server} (e.g. a proxy in front) */
    private int fromServer(URI server, String output, String fingerprint, String... more) {
        List<String> args = new ArrayList<>(List.of("--year", "2026", "--output", temp.resolve(output).toString(),
                "--manual", temp.resolve("manual").toString(), "--published", "2027-01-20", "--lang", "en",
                "--server", server.toString(), "--operator", LoopbackPlatform.EDITOR, "--fingerprint",
                fingerprint, "--key", temp.resolve("zhang.key").toString(), "--passphrase-file",
                temp.resolve("passphrase").toString(), "--password-file", temp.resolve("password").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long sessionEntries() {
        return platform.editor.log(0, 1000).entries().stream().filter(e -> e.action().startsWith("session.")).count();
    }

    @Test
    void theServersStatisticsGiveTheCellsOfTheSameStatisticsAsAFile() throws IOException {
        assertEquals(ReportCommand.OK, fromServer("server", platform.fingerprint()), err());
        Files.writeString(temp.resolve("stats.json"), platform.editor.statistics(2026).toString());
        assertEquals(ReportCommand.OK, run("--year", "2026", "--statistics", temp.resolve("stats.json").toString(),
                "--output", temp.resolve("file").toString(), "--manual", temp.resolve("manual").toString(),
                "--published", "2027-01-20", "--lang", "en"), err());

        for (String name : List.of(HZ + "-2026.xlsx", FGW + "-2026.xlsx", "province-2026.xlsx")) {
            List<String> server = cells(temp.resolve("server").resolve(name));
            assertEquals(cells(temp.resolve("file").resolve(name)), server, name);
            assertTrue(server.size() > 3, name); // the province: header, two sites, totals
        }
        List<String> portal = cells(temp.resolve("server").resolve(HZ + "-2026.xlsx"));
        assertTrue(portal.stream().anyMatch(c -> c.endsWith("|1.0") && c.contains("Messages received")),
                portal.toString());
    }

    /** @return every row of every sheet as its cells' text joined by {@code |} */
    private static List<String> cells(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> texts = new ArrayList<>();
                    for (Cell cell : row) {
                        texts.add(cell.toString());
                    }
                    rows.add(String.join("|", texts));
                }
            }
        }
        return rows;
    }

    @Test
    void publishingCreatesThenUpdatesTheOneArticleAndNamesTheSiteWithoutAColumn() throws IOException {
        assertEquals(ReportCommand.NOT_PUBLISHED, fromServer("first", platform.fingerprint(), "--publish"), err());
        String firstOut = out.toString(StandardCharsets.UTF_8);
        assertTrue(firstOut.contains(HZ + ": published as article "), firstOut);
        assertTrue(err().contains(FGW + ": not published: Site 杭州市发展和改革委员会 (hz-fgw) has no annual-report column"),
                err());
        assertTrue(Files.exists(temp.resolve("first").resolve(FGW + "-2026.xlsx")));

        out.reset();
        assertEquals(ReportCommand.NOT_PUBLISHED, fromServer("second", platform.fingerprint(), "--publish"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(HZ + ": article "), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(" updated (version 2, attachment "), out.toString());

        ArticlePage column = platform.editor.articles("nb", "", 100);
        assertEquals(1, column.articles().size());
        JsonNode article = column.articles().get(0);
        assertEquals("2026年政府网站工作年度报表", article.path("title").asText());
        assertEquals(2, article.path("version").asLong());
        byte[] second = Files.readAllBytes(temp.resolve("second").resolve(HZ + "-2026.xlsx"));
        assertArrayEquals(second, platform.editor.getBytes("/api/v1/attachments/"
                + article.path("attachments").get(0).asText()));
        assertEquals(0, platform.editor.articles("fg-gk", "", 100).articles().stream()
                .filter(a -> a.path("title").asText().contains("年度报表")).count());
    }

    @Test
    void aReportWithConsistencyErrorsIsNotPublished() throws IOException {
        new ManualFieldsStore(temp.resolve("manual")).save(HZ, 2026, SampleReports.manual(1).with(ReportRow.SPONSOR, ""));
        assertEquals(ReportCommand.NOT_PUBLISHED, fromServer("out", platform.fingerprint(), "--publish"), err());
        assertTrue(err().contains(HZ + ": not published: the report has consistency errors"), err());
        assertEquals(0, platform.editor.articles("nb", "", 100).articles().size());
    }

    @Test
    void aWrongFingerprintSendsNothingAndFails() {
        long sessions = sessionEntries();
        String other = KeyFingerprint.of(Sm2KeyPair.generate().publicKey());

        assertEquals(ReportCommand.FAILED, fromServer("out", other, "--publish"));

        assertTrue(err().contains("does not present the key of --fingerprint (possible impersonation): nothing was sent"),
                err());
        assertFalse(Files.exists(temp.resolve("out")));
        assertEquals(sessions, sessionEntries());
        assertEquals(0, platform.editor.articles("nb", "", 100).articles().size());
        assertEquals(ReportCommand.OK, fromServer("out", platform.fingerprint()), err());
        assertEquals(sessions + 2, sessionEntries()); // the right one logs in and out
    }

    @Test
    void anHttpsPlatformWhoseCertificateAPrivateCaIssuedIsReachedWithThatCaOnly() throws Exception {
        Path keyStore = Tls.keyStore(temp);
        try (RelayProxy https = new RelayProxy(platform.server.uri(), keyStore)) {
            long sessions = sessionEntries();
            assertEquals(ReportCommand.FAILED, fromServer(https.uri, "untrusted", platform.fingerprint()));
            assertTrue(err().contains("TLS certificate is not trusted"), err());
            assertFalse(Files.exists(temp.resolve("untrusted")));
            assertEquals(sessions, sessionEntries(), "nothing was sent through an untrusted connection");

            String ca = Tls.certificate(keyStore, temp.resolve("ca.pem"), true).toString();
            assertEquals(ReportCommand.OK, fromServer(https.uri, "trusted", platform.fingerprint(), "--server-ca", ca), err());
            assertTrue(Files.exists(temp.resolve("trusted").resolve(HZ + "-2026.xlsx")));
            assertEquals(ReportCommand.USAGE, fromServer(https.uri, "missing", platform.fingerprint(), "--server-ca",
                    temp.resolve("nowhere.pem").toString()));
            assertTrue(err().contains("--server-ca: there is no file " + temp.resolve("nowhere.pem")), err());
            assertFalse(Files.exists(temp.resolve("missing")));
        }
    }

    @Test
    void aSecretFileOthersCanReadIsRefused() throws IOException {
        secret("password", LoopbackPlatform.PASSWORD, "rw-r--r--");
        long sessions = sessionEntries();

        assertEquals(ReportCommand.USAGE, fromServer("out", platform.fingerprint()));

        assertTrue(err().contains("Permissions rw-r--r-- of " + temp.resolve("password")
                + " are too open: a password or passphrase file must be readable only by you"), err());
        assertEquals(sessions, sessionEntries());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aWrongPassphraseFailsBeforeConnecting() throws IOException {
        secret("passphrase", "not the passphrase", "r--------");
        long sessions = sessionEntries();

        assertEquals(ReportCommand.FAILED, fromServer("out", platform.fingerprint()));

        assertTrue(err().startsWith("Key file " + temp.resolve("zhang.key") + ": "), err());
        assertEquals(sessions, sessionEntries());
    }
}
