package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.source.SourceStatus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and nginx map exports of a redirect table, line by line: statuses, escaping, case duplicates, hosts; the
 * map and its documented usage checked by {@code nginx -t} and served by nginx, where nginx is installed.
 */
class RedirectExportsTest {
    private static final RedirectTable TABLE = RedirectTable.of(new MigrationPlan(List.of(
            page("http://www.old.gov.cn/a/b.html?x=1&y=$2", new Decision(Outcome.REDIRECT, "xxgk",
                    URI.create("http://new.gov.cn/a/$x'.html"), 0)),
            page("http://www.old.gov.cn/A/B.html?x=1&y=$2", new Decision(Outcome.REDIRECT, "xxgk",
                    URI.create("http://new.gov.cn/A.html"), 0)),
            page("http://www.old.gov.cn/misc/about.html", Decision.UNMATCHED),
            page("http://www.old.gov.cn/old/notice.html", new Decision(Outcome.ARCHIVE, "",
                    URI.create("http://archive.new.gov.cn/old/notice.html?a=1,2"), 1)),
            page("http://other.gov.cn/x.html", new Decision(Outcome.ARCHIVE, "", URI.create("http://archive.new.gov.cn/x.html"), 1))),
            List.of()), List.of());

    @Test
    void csvHasEveryOldUrlWithStatusTargetAndReason() throws Exception {
        StringWriter csv = new StringWriter();
        RedirectExports.csv(TABLE, csv);
        assertEquals(List.of("old_url,status,target,reason",
                "http://www.old.gov.cn/a/b.html?x=1&y=$2,301,http://new.gov.cn/a/$x'.html,",
                "http://www.old.gov.cn/A/B.html?x=1&y=$2,301,http://new.gov.cn/A.html,",
                "http://www.old.gov.cn/misc/about.html,not-ready,," + Messages.RedirectUnresolved,
                "http://www.old.gov.cn/old/notice.html,410,\"http://archive.new.gov.cn/old/notice.html?a=1,2\",",
                "http://other.gov.cn/x.html,410,http://archive.new.gov.cn/x.html,"), csv.toString().lines().toList());
    }

    @Test
    void nginxMapOfTheOldHostsQuotesKeysAndEncodesUnsafeValueCharacters() throws Exception {
        StringWriter map = new StringWriter();
        RedirectExports.nginxMap(TABLE, TABLE.hosts(), map);
        List<String> lines = map.toString().lines().toList();
        List<String> config = lines.stream().filter(line -> !line.startsWith("#")).toList();
        assertEquals(List.of("map $host$request_uri $govsite_redirect {",
                "    default \"\";",
                "    \"www.old.gov.cn/a/b.html?x=1&y=$2\" \"http://new.gov.cn/a/%24x%27.html\";",
                "    # same as a key above but for case (nginx ignores case): \"www.old.gov.cn/A/B.html?x=1&y=$2\" \"http://new.gov.cn/A.html\";",
                "}",
                "map $host$request_uri $govsite_archive {",
                "    default \"\";",
                "    \"other.gov.cn/x.html\" \"http://archive.new.gov.cn/x.html\";",
                "    \"www.old.gov.cn/old/notice.html\" \"http://archive.new.gov.cn/old/notice.html?a=1,2\";",
                "}"), config);
        assertEquals("# GovSite redirect table of other.gov.cn, www.old.gov.cn (docs/migration.md, step 6). Include this "
                + "file in the http {}", lines.get(0));
        assertEquals("# not ready: www.old.gov.cn/misc/about.html " + Messages.RedirectUnresolved, lines.get(lines.size() - 1));
        assertEquals("#     if ($govsite_redirect) { return 301 $govsite_redirect; }", lines.get(2));

        StringWriter one = new StringWriter();
        RedirectExports.nginxMap(TABLE, List.of("WWW.old.gov.cn"), one);
        assertTrue(one.toString().contains("\"www.old.gov.cn/old/notice.html\""), one.toString());
        assertFalse(one.toString().contains("other.gov.cn"), "one host asked: " + one);
    }

    /** Where Debian's nginx is: the syntax check runs when it is installed (apt-get install nginx-light). */
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @Test
    void nginxAnswersTheOldHostsWithTheMapAndItsDocumentedUsage(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
        StringWriter map = new StringWriter();
        RedirectExports.nginxMap(TABLE, TABLE.hosts(), map);
        Files.writeString(folder.resolve("redirects.map"), map.toString());
        String usage = map.toString().lines().filter(line -> line.startsWith("#     if"))
                .map(line -> "        " + line.substring("#     ".length())).collect(Collectors.joining("\n"));
        assertEquals(2, usage.lines().count());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.writeString(folder.resolve("nginx.conf"), "pid " + folder.resolve("nginx.pid") + ";\nerror_log "
                + folder.resolve("error.log") + ";\nevents {}\nhttp {\n    access_log off;\n    include "
                + folder.resolve("redirects.map") + ";\n    server {\n        listen 127.0.0.1:" + port + ";\n"
                + "        server_name www.old.gov.cn other.gov.cn;\n        default_type \"text/html; charset=utf-8\";\n"
                + usage + "\n        return 404;\n    }\n}\n");
        List<String> nginx = List.of(NGINX.toString(), "-e", folder.resolve("error.log").toString(), "-p", folder.toString(),
                "-c", folder.resolve("nginx.conf").toString());
        Process check = new ProcessBuilder(with(nginx, "-t", "-q")).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);

        Process server = new ProcessBuilder(with(nginx, "-g", "daemon off; master_process off;")).redirectErrorStream(true)
                .redirectOutput(folder.resolve("nginx.out").toFile()).start();
        try (CloseableHttpClient http = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries().build()) {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitListening(port, server);
            assertEquals("301 http://new.gov.cn/a/%24x%27.html", answer(http, base, "www.old.gov.cn", "/a/b.html?x=1&y=$2"));
            assertEquals("410 http://archive.new.gov.cn/x.html", answer(http, base, "other.gov.cn", "/x.html"),
                    "the other old host, from the same map");
            assertEquals("404 null", answer(http, base, "www.old.gov.cn", "/x.html"), "that path is the other host's");
            assertEquals("404 null", answer(http, base, "www.old.gov.cn", "/misc/about.html"), "not ready");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static void awaitListening(int port, Process server) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                assertTrue(server.isAlive(), "nginx stopped");
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx does not listen on " + port);
    }

    /** @return the status, then the Location of a 301 or the link of a 410 page ({@code null} for none) */
    private static String answer(CloseableHttpClient http, URI base, String host, String pathAndQuery) throws IOException {
        HttpGet get = new HttpGet(base.resolve(pathAndQuery));
        get.setHeader("Host", host);
        return http.execute(get, response -> {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            Header location = response.getFirstHeader("Location");
            String link = response.getCode() == 410 ? Jsoup.parse(body).select("a[href]").attr("href")
                    : location == null ? null : location.getValue();
            return response.getCode() + " " + link;
        });
    }

    private static UrlOutcome page(String url, Decision decision) {
        return new UrlOutcome(URI.create(url), MigrationKeys.key(URI.create(url)), false, SourceStatus.FETCHED, "", 0, decision,
                null, ExtractionFailure.NOT_ARTICLE, null);
    }
}
