package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.mapping.Decision;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.migration.redirect.RedirectVerifier;
import org.govsite.migration.source.SourceStatus;
import org.govsite.testing.LegacySite;
import org.junit.jupiter.api.Test;

/**
 * The verification requests several old URLs at once, keeps the table's order, requests a shared target once and
 * follows a target that itself redirects.
 */
class RedirectVerifierTest {

    @Test
    void oldUrlsAreVerifiedSeveralAtOnceInTheTablesOrder() throws Exception {
        CountDownLatch together = new CountDownLatch(RedirectVerifier.IN_FLIGHT);
        Queue<Boolean> sawAllInFlight = new ConcurrentLinkedQueue<>();
        try (LegacySite platform = new LegacySite().beforeAnswer(() -> {
            together.countDown();
            try { // a verifier requesting one URL at a time leaves the first ones waiting here until the time-out
                sawAllInFlight.add(Boolean.valueOf(together.await(10, TimeUnit.SECONDS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start()) {
            int count = 2 * RedirectVerifier.IN_FLIGHT + 3;
            List<UrlOutcome> outcomes = IntStream.range(0, count)
                    .mapToObj(i -> URI.create(String.format("http://old.gov.cn/page-%02d.html", i)))
                    .map(url -> new UrlOutcome(url, MigrationKeys.key(url), false, SourceStatus.FETCHED, "", 0,
                            Decision.UNMATCHED, null, null, null))
                    .toList();
            RedirectTable table = RedirectTable.of(new MigrationPlan(outcomes, List.of()), List.of());
            List<Verification> verified;
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.url("/"))) {
                verified = verifier.verify(table, null);
            }
            assertEquals(outcomes.stream().map(UrlOutcome::url).toList(), verified.stream().map(Verification::oldUrl).toList());
            assertTrue(verified.stream().noneMatch(Verification::passed), "none is ready");
            assertEquals(NLS.bind(Messages.VerifyNotReady, Messages.RedirectUnresolved, 404), verified.get(0).evidence());
            List<Boolean> seen = new ArrayList<>(sawAllInFlight);
            assertEquals(count, seen.size(), "one request per URL not ready");
            assertEquals(count, platform.requests());
            assertFalse(seen.contains(Boolean.FALSE), RedirectVerifier.IN_FLIGHT + " requests were in flight together: " + seen);
        }
    }

    @Test
    void aTargetManyOldUrlsLeadToIsRequestedOnce() throws Exception {
        URI column = URI.create("http://new.gov.cn/xxgk/");
        LegacySite served = new LegacySite().html("/xxgk/", "<html><body><h1>信息公开</h1></body></html>");
        List<URI> lists = IntStream.range(1, 6).mapToObj(i -> URI.create("http://old.gov.cn/xxgk/index_" + i + ".html")).toList();
        lists.forEach(url -> served.redirect(url.getPath(), column.toString()));
        try (LegacySite platform = served.start()) {
            List<UrlOutcome> outcomes = lists.stream().map(url -> new UrlOutcome(url, MigrationKeys.key(url), false,
                    SourceStatus.FETCHED, "", 0, new Decision(Outcome.REDIRECT, "xxgk", column, 0), null,
                    ExtractionFailure.NOT_ARTICLE, null)).toList();
            List<Verification> verified;
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.url("/"))) {
                verified = verifier.verify(RedirectTable.of(new MigrationPlan(outcomes, List.of()), List.of()), null);
            }
            assertEquals(List.of(true, true, true, true, true), verified.stream().map(Verification::passed).toList(),
                    verified.toString());
            assertEquals(NLS.bind(Messages.VerifyMoved, column, 200), verified.get(4).evidence());
            assertEquals(lists.size() + 1, platform.requests(), "each list page, then their column once");
        }
    }

    @Test
    void aTargetThatRedirectsPassesWhereItLandsOnALivePageAndFailsOnALoopOrADeadEnd() throws Exception {
        URI slash = URI.create("http://new.gov.cn/xxgk");
        URI loop = URI.create("http://new.gov.cn/loop-1.html");
        URI deadEnd = URI.create("http://new.gov.cn/moved-away.html");
        LegacySite served = new LegacySite().html("/xxgk/", "<html><body><h1>信息公开</h1></body></html>")
                .redirect("/xxgk", "/xxgk/") // relative, as servers add a trailing slash
                .redirect("/loop-1.html", "http://new.gov.cn/loop-2.html").redirect("/loop-2.html", loop.toString())
                .redirect("/moved-away.html", "http://new.gov.cn/nowhere.html");
        List<URI> targets = List.of(slash, loop, deadEnd);
        List<URI> olds = IntStream.range(0, targets.size()).mapToObj(i -> URI.create("http://old.gov.cn/col_" + i + ".html")).toList();
        IntStream.range(0, olds.size()).forEach(i -> served.redirect(olds.get(i).getPath(), targets.get(i).toString()));
        try (LegacySite platform = served.start()) {
            List<UrlOutcome> outcomes = IntStream.range(0, olds.size()).mapToObj(i -> new UrlOutcome(olds.get(i),
                    MigrationKeys.key(olds.get(i)), false, SourceStatus.FETCHED, "", 0,
                    new Decision(Outcome.REDIRECT, "xxgk", targets.get(i), 0), null, ExtractionFailure.NOT_ARTICLE, null)).toList();
            List<Verification> verified;
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.url("/"))) {
                verified = verifier.verify(RedirectTable.of(new MigrationPlan(outcomes, List.of()), List.of()), null);
            }
            assertEquals(List.of(true, false, false), verified.stream().map(Verification::passed).toList(), verified.toString());
            assertEquals(NLS.bind(Messages.VerifyMoved, NLS.bind(Messages.VerifyRedirectedTo, slash, slash + "/"), 200),
                    verified.get(0).evidence());
            assertEquals(NLS.bind(Messages.VerifyTargetFailed, loop, NLS.bind(Messages.VerifyRedirectLoop, loop)),
                    verified.get(1).evidence());
            assertEquals(NLS.bind(Messages.VerifyTargetNotLive,
                    NLS.bind(Messages.VerifyRedirectedTo, deadEnd, "http://new.gov.cn/nowhere.html"), 404), verified.get(2).evidence());
        }
    }

    @Test
    void aTargetRedirectingMoreThanTheLimitFails() throws Exception {
        LegacySite served = new LegacySite().redirect("/old.html", "http://new.gov.cn/hop-0.html");
        IntStream.rangeClosed(0, RedirectVerifier.MAX_REDIRECTS)
                .forEach(i -> served.redirect("/hop-" + i + ".html", "/hop-" + (i + 1) + ".html"));
        served.html("/hop-" + (RedirectVerifier.MAX_REDIRECTS + 1) + ".html", "<html><body>too far</body></html>");
        served.html("/hop-" + RedirectVerifier.MAX_REDIRECTS + ".html", "<html><body>reached</body></html>");
        URI old = URI.create("http://old.gov.cn/old.html");
        URI target = URI.create("http://new.gov.cn/hop-0.html");
        try (LegacySite platform = served.start()) {
            UrlOutcome outcome = new UrlOutcome(old, MigrationKeys.key(old), false, SourceStatus.FETCHED, "", 0,
                    new Decision(Outcome.REDIRECT, "xxgk", target, 0), null, ExtractionFailure.NOT_ARTICLE, null);
            RedirectTable table = RedirectTable.of(new MigrationPlan(List.of(outcome), List.of()), List.of());
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.url("/"))) {
                Verification reached = verifier.verify(table, null).get(0);
                assertTrue(reached.passed(), "exactly the limit of redirects is followed: " + reached);
                assertEquals(NLS.bind(Messages.VerifyMoved, NLS.bind(Messages.VerifyRedirectedTo, target,
                        "http://new.gov.cn/hop-" + RedirectVerifier.MAX_REDIRECTS + ".html"), 200), reached.evidence());
            }
            served.redirect("/hop-" + RedirectVerifier.MAX_REDIRECTS + ".html", "/hop-" + (RedirectVerifier.MAX_REDIRECTS + 1) + ".html");
            try (RedirectVerifier verifier = RedirectVerifier.through(platform.url("/"))) {
                Verification tooFar = verifier.verify(table, null).get(0);
                assertEquals(NLS.bind(Messages.VerifyTargetFailed, target,
                        NLS.bind(Messages.VerifyTooManyRedirects, RedirectVerifier.MAX_REDIRECTS)), tooFar.evidence());
            }
        }
    }
}
