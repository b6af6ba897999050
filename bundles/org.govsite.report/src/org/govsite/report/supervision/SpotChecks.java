package org.govsite.report.supervision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.audit.history.AuditRun;
import org.govsite.model.validation.Severity;
import org.govsite.report.Problem;

/**
 * The quarterly spot checks of the supervision report (docs/reports.md, "Supervision report"), drawn from the audit
 * history's runs: a site is identified by the host of the home page audited, a run belongs to the quarter in which
 * its verdict was drawn ({@link AuditRun#finished()}, Asia/Shanghai), and the quarter's latest run of a site gives
 * its verdict. The Guide asks for inspections at least quarterly covering at least 30% of the sites in service
 * ({@value #COVERAGE}, WARNING, threshold {@link #percent()}).
 */
public final class SpotChecks {
    /** The check fired by a quarter checking fewer sites than the required share of the sites in service. */
    public static final String COVERAGE = "SUPERVISION-COVERAGE"; //$NON-NLS-1$
    /** The Guide's minimum share of sites in service checked per quarter, in percent. */
    public static final int DEFAULT_PERCENT = 30;

    private final int percent;

    /** @param percent the share of the sites in service to check each quarter, in percent */
    public SpotChecks(int percent) {
        this.percent = percent;
    }

    /** @return the checks with the Guide's 30% */
    public static SpotChecks defaults() {
        return new SpotChecks(DEFAULT_PERCENT);
    }

    /** @return the share of the sites in service to check each quarter, in percent */
    public int percent() {
        return percent;
    }

    /**
     * @param year the report's year
     * @param runs audit runs (any years; others are ignored)
     * @param sitesInService how many sites the province has in service
     * @return the four quarters' rows and the year's
     */
    public SpotCheckResult compute(int year, List<AuditRun> runs, int sitesInService) {
        List<Map<String, Boolean>> verdicts = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Quarter quarter = new Quarter(year, q);
            Map<String, Boolean> qualified = new TreeMap<>();
            latestByHost(runs.stream().filter(run -> Quarter.of(run.finished()).equals(quarter)))
                    .forEach((host, run) -> qualified.put(host, run.qualified()));
            verdicts.add(qualified);
        }
        List<CheckRow> quarters = verdicts.stream().map(v -> new CheckRow(v.size(), unqualified(v),
                (long) v.size() * 100 >= (long) percent * sitesInService)).toList();
        Set<String> checked = new HashSet<>();
        Set<String> failed = new HashSet<>();
        verdicts.forEach(v -> v.forEach((host, ok) -> {
            checked.add(host);
            if (!ok) {
                failed.add(host);
            }
        }));
        return new SpotCheckResult(quarters, new CheckRow(checked.size(), failed.size(), true));
    }

    /**
     * @return the problems of a result: one {@value #COVERAGE} warning per quarter below the required share
     */
    public List<Problem> problems(SpotCheckResult result, int sitesInService) {
        List<Problem> problems = new ArrayList<>();
        for (int q = 0; q < result.quarters().size(); q++) {
            CheckRow row = result.quarters().get(q);
            if (!row.covered()) {
                Object[] args = { Integer.toString(q + 1), Integer.toString(row.checked()),
                        Integer.toString(sitesInService), Integer.toString(percent) };
                problems.add(Problem.of(COVERAGE, Severity.WARNING, null, "Problem_coverage", args)); //$NON-NLS-1$
            }
        }
        return problems;
    }

    /**
     * Proposes the sites to check in a quarter: at least the required share of the sites in service (rounded up),
     * those found unqualified by their latest earlier run first, then those not checked for longest (never checked
     * first); ties in the order of a shuffle by the random source, so that the proposal is the same for the same
     * seed.
     *
     * @param quarter the quarter of the campaign; runs finished from its start on are ignored
     * @param sites the hosts of the sites in service
     * @param previousChecks earlier audit runs
     * @param random the random source breaking ties
     * @return the hosts proposed, in order of preference
     */
    public List<String> proposeSample(Quarter quarter, List<String> sites, List<AuditRun> previousChecks,
            Random random) {
        Map<String, AuditRun> last = latestByHost(
                previousChecks.stream().filter(run -> run.finished().isBefore(quarter.start())));
        List<String> order = new ArrayList<>(new TreeSet<>(sites));
        Collections.shuffle(order, random);
        Comparator<String> unqualifiedFirst = Comparator
                .comparingInt(host -> last.containsKey(host) && !last.get(host).qualified() ? 0 : 1);
        Comparator<String> oldestFirst = Comparator.comparingLong(
                host -> last.containsKey(host) ? last.get(host).finished().toEpochMilli() : Long.MIN_VALUE);
        order.sort(unqualifiedFirst.thenComparing(oldestFirst));
        int size = (int) (((long) percent * order.size() + 99) / 100);
        return List.copyOf(order.subList(0, size));
    }

    /** @return each host's latest run (by the time its verdict was drawn) */
    private static Map<String, AuditRun> latestByHost(Stream<AuditRun> runs) {
        return runs.collect(Collectors.toMap(SpotChecks::host, run -> run,
                (a, b) -> a.finished().isAfter(b.finished()) ? a : b));
    }

    /** @return the site a run audited: the lower-cased host of its home page */
    public static String host(AuditRun run) {
        return run.home().getHost().toLowerCase(Locale.ROOT);
    }

    private static int unqualified(Map<String, Boolean> verdicts) {
        return (int) verdicts.values().stream().filter(ok -> !ok).count();
    }
}
