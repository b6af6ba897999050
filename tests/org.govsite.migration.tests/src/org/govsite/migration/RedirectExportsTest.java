package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and nginx map exports of a redirect table, line by line: statuses, escaping, case duplicates, hosts; the
 * map and its documented usage through {@code nginx -t} where nginx is installed.
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
    void nginxMapOfAHostQuotesKeysAndEncodesUnsafeValueCharacters() throws Exception {
        StringWriter map = new StringWriter();
        RedirectExports.nginxMap(TABLE, "WWW.old.gov.cn", map);
        List<String> lines = map.toString().lines().toList();
        List<String> config = lines.stream().filter(line -> !line.startsWith("#")).toList();
        assertEquals(List.of("map $request_uri $govsite_redirect {",
                "    default \"\";",
                "    \"/a/b.html?x=1&y=$2\" \"http://new.gov.cn/a/%24x%27.html\";",
                "    # same as a key above but for case (nginx ignores case): \"/A/B.html?x=1&y=$2\" \"http://new.gov.cn/A.html\";",
                "}",
                "map $request_uri $govsite_archive {",
                "    default \"\";",
                "    \"/old/notice.html\" \"http://archive.new.gov.cn/old/notice.html?a=1,2\";",
                "}"), config);
        assertEquals("# not ready: /misc/about.html " + Messages.RedirectUnresolved, lines.get(lines.size() - 1));
        assertEquals("#     if ($govsite_redirect) { return 301 $govsite_redirect; }", lines.get(2));
    }

    /** Where Debian's nginx is: the syntax check runs when it is installed (apt-get install nginx-light). */
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @Test
    void nginxAcceptsTheMapWithItsDocumentedUsage(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
        StringWriter map = new StringWriter();
        RedirectExports.nginxMap(TABLE, "www.old.gov.cn", map);
        Files.writeString(folder.resolve("redirects.map"), map.toString());
        String usage = map.toString().lines().filter(line -> line.startsWith("#     if"))
                .map(line -> "        " + line.substring("#     ".length())).collect(Collectors.joining("\n"));
        Files.writeString(folder.resolve("nginx.conf"), "pid " + folder.resolve("nginx.pid") + ";\nerror_log "
                + folder.resolve("error.log") + ";\nevents {}\nhttp {\n    access_log off;\n    include "
                + folder.resolve("redirects.map") + ";\n    server {\n        listen 127.0.0.1:8080;\n"
                + "        server_name www.old.gov.cn;\n        default_type \"text/html; charset=utf-8\";\n" + usage
                + "\n    }\n}\n");
        Process check = new ProcessBuilder(NGINX.toString(), "-t", "-q", "-e", folder.resolve("error.log").toString(), "-p",
                folder.toString(), "-c", folder.resolve("nginx.conf").toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
        assertEquals(2, usage.lines().count());
    }

    private static UrlOutcome page(String url, Decision decision) {
        return new UrlOutcome(URI.create(url), MigrationKeys.key(URI.create(url)), false, SourceStatus.FETCHED, "", 0, decision,
                null, ExtractionFailure.NOT_ARTICLE, null);
    }
}
