package org.govsite.report.supervision;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.govsite.audit.history.AuditRun;
import org.govsite.protocol.PageTime;

/** Audit runs for the supervision tests. */
final class Runs {
    private static long id;

    private Runs() {
    }

    /** @return a run of this host whose verdict was drawn at this Beijing time */
    static AuditRun run(String host, String beijingTime, boolean qualified) {
        Instant finished = LocalDateTime.parse(beijingTime).atZone(PageTime.ZONE).toInstant();
        return new AuditRun(++id, URI.create("http://" + host + "/"), finished.minusSeconds(600), finished, 10,
                qualified ? 90 : 40, qualified, qualified ? List.of() : List.of("VETO-HOME-STALE"), 3);
    }
}
