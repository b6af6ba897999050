package org.govsite.audit.export;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.content.ContentRule;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.links.LinkRule;
import org.govsite.audit.freshness.Freshness;
import org.govsite.audit.verdict.VerdictSettings;
import org.govsite.audit.verdict.Verdicts;

/** Audits built in memory for the report tests: a site with planted findings, a clean site, a large site. */
final class SampleAudits {
    static final URI HOME = URI.create("http://127.0.0.1:8080/");
    static final URI NEWS = URI.create("http://127.0.0.1:8080/news/a.html");
    static final URI CLEAN = URI.create("http://127.0.0.1:8081/");
    static final String SCRIPT = "<script>alert('x')</script> & \"q\"";

    private SampleAudits() {
    }

    /** A broken link on the home page and one on a news page, a hidden link (a veto) and an image without alt. */
    static SiteAudit problems() {
        List<Finding> findings = List.of(
                Finding.link(LinkRule.BROKEN, HOME, URI.create("http://127.0.0.1:8080/gone.html"), "a", "旧栏目, \"旧\"",
                        "http://127.0.0.1:8080/gone.html HTTP 404"),
                Finding.page(ContentRule.HIDDEN_LINK, HOME, SCRIPT),
                Finding.link(LinkRule.BROKEN, NEWS, URI.create("http://127.0.0.1:8080/x.pdf"), "a", "附件",
                        "http://127.0.0.1:8080/x.pdf HTTP 500"),
                Finding.page(ContentRule.IMAGE_ALT, NEWS, "http://127.0.0.1:8080/logo.png"));
        return audit(HOME, 12, findings);
    }

    static SiteAudit clean() {
        return audit(CLEAN, 3, List.of());
    }

    /** @return a site with this many broken-link findings, spread over pages */
    static SiteAudit large(int count) {
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            URI page = URI.create("http://127.0.0.1:8080/p" + (i / 20) + ".html");
            findings.add(Finding.link(LinkRule.BROKEN, page, URI.create("http://127.0.0.1:8080/gone" + i + ".html"),
                    "a", "链接 " + i, "HTTP 404 " + "证据".repeat(20)));
        }
        return audit(HOME, count / 20, findings);
    }

    private static SiteAudit audit(URI home, int pages, List<Finding> findings) {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        return new SiteAudit(home, now, now.plusSeconds(60), pages, findings,
                Verdicts.judge(home, findings, new Freshness(true, List.of(), List.of()), VerdictSettings.defaults()));
    }
}
