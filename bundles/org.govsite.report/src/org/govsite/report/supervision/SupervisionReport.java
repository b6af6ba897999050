package org.govsite.report.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govsite.model.validation.Severity;
import org.govsite.report.ManualFields;
import org.govsite.report.Problem;
import org.govsite.report.ReportTexts;
import org.govsite.report.check.ConsistencyChecks;

/**
 * The province's 政府网站监管年度报表 for a year (docs/reports.md, "Supervision report").
 *
 * @param year the report's year
 * @param filler the reporting office (填报单位)
 * @param checks the spot checks per quarter and for the year
 * @param counts the other rows' counts; a row absent counts 0
 */
public record SupervisionReport(int year, String filler, SpotCheckResult checks, Map<SupervisionItem, Long> counts) {
    /** Parts and the whole they may not exceed. */
    private static final List<SupervisionItem[]> BOUNDS = List.of(
            new SupervisionItem[] { SupervisionItem.ERRORS_FORWARDED, SupervisionItem.ERRORS_RECEIVED },
            new SupervisionItem[] { SupervisionItem.ERRORS_ANSWERED, SupervisionItem.ERRORS_RECEIVED },
            new SupervisionItem[] { SupervisionItem.COUNTERFEIT_HANDLED, SupervisionItem.COUNTERFEIT_FOUND });

    public SupervisionReport {
        counts = Map.copyOf(counts);
    }

    /** @return the count of a row, 0 when absent */
    public long count(SupervisionItem item) {
        return counts.getOrDefault(item, Long.valueOf(0)).longValue();
    }

    /**
     * @return a {@link ConsistencyChecks#PART_EXCEEDS_TOTAL} error for each part exceeding its whole (forwarded or
     *         answered error reports above those received, counterfeit sites handled above those found) and a
     *         {@link ManualFields#CHECK} error for a negative count
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        for (SupervisionItem[] bound : BOUNDS) {
            long part = count(bound[0]);
            long whole = count(bound[1]);
            if (part > whole) {
                problems.add(problem(ConsistencyChecks.PART_EXCEEDS_TOTAL, "Problem_exceeds", bound[0], part, bound[1], whole)); //$NON-NLS-1$
            }
        }
        for (SupervisionItem item : SupervisionItem.values()) {
            if (count(item) < 0) {
                problems.add(problem(ManualFields.CHECK, "Problem_COUNT", item, count(item))); //$NON-NLS-1$
            }
        }
        return problems;
    }

    private static Problem problem(String check, String key, Object... args) {
        return Problem.of(check, Severity.ERROR, null, key, texts -> labels(texts, args));
    }

    private static Object[] labels(ReportTexts texts, Object[] args) {
        return Arrays.stream(args).map(arg -> arg instanceof SupervisionItem item ? label(texts, item) : arg.toString())
                .toArray();
    }

    /** @return the row's label in this language */
    public static String label(ReportTexts texts, SupervisionItem item) {
        return texts.get("Supervision_" + item.name()); //$NON-NLS-1$
    }
}
