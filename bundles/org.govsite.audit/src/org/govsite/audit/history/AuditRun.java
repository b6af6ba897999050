package org.govsite.audit.history;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One saved site audit.
 *
 * @param id the run id, increasing with each save
 * @param home the site's home page audited
 * @param started when the crawl began
 * @param finished when the verdict was drawn
 * @param pages the pages read
 * @param score the verdict's score
 * @param qualified whether the site passed (合格)
 * @param vetoes the ids of the single-veto items that fired
 * @param findings how many findings the run has
 */
public record AuditRun(long id, URI home, Instant started, Instant finished, int pages, double score,
        boolean qualified, List<String> vetoes, int findings) {

    public AuditRun {
        vetoes = List.copyOf(vetoes);
    }
}
