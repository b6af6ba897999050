package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.net.URI;
import java.util.List;

import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.redirect.RedirectExports;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.source.SourceStatus;
import org.junit.jupiter.api.Test;

/** The CSV and nginx map exports of a redirect table, line by line: statuses, escaping, case duplicates, hosts. */
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

    private static UrlOutcome page(String url, Decision decision) {
        return new UrlOutcome(URI.create(url), MigrationKeys.key(URI.create(url)), false, SourceStatus.FETCHED, "", 0, decision,
                null, ExtractionFailure.NOT_ARTICLE, null);
    }
}
