package org.govsite.report.check;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.govsite.model.validation.Severity;
import org.govsite.report.AnnualReport;
import org.govsite.report.Problem;
import org.govsite.report.ReportRow;

/**
 * The checks run on an annual report before export (docs/reports.md, "Checks"; docs/rules.md, "Annual reports"):
 * <ul>
 * <li>{@value #PART_EXCEEDS_TOTAL} (ERROR): a part exceeds its whole (overview + news + catalogue ≤ total, closed ≤
 * received, public ≤ closed, online items ≤ items, answers ≤ questions, ...);</li>
 * <li>{@value #CASES_SUM} (ERROR): cases of natural persons + legal entities ≠ total cases;</li>
 * <li>{@link org.govsite.report.ManualFields#CHECK} (ERROR): a required manual field empty, or a value not of its
 * kind;</li>
 * <li>{@value #DEADLINE} (WARNING): the publication date is after the deadline (31 January of the next year by
 * default, {@link CheckSettings#deadline()}).</li>
 * </ul>
 */
public final class ConsistencyChecks {
    public static final String PART_EXCEEDS_TOTAL = "REPORT-PART-EXCEEDS-TOTAL"; //$NON-NLS-1$
    public static final String CASES_SUM = "REPORT-CASES-SUM"; //$NON-NLS-1$
    public static final String DEADLINE = "REPORT-DEADLINE"; //$NON-NLS-1$

    /** Parts and the whole they may not exceed (their sum, when several). */
    private static final List<Bound> BOUNDS = List.of(
            new Bound(List.of(ReportRow.ARTICLES_OVERVIEW, ReportRow.ARTICLES_NEWS, ReportRow.ARTICLES_CATALOGUE),
                    ReportRow.ARTICLES_TOTAL),
            new Bound(List.of(ReportRow.TOPICS_OPENED), ReportRow.TOPICS_MAINTAINED),
            new Bound(List.of(ReportRow.INTERPRETATION_MATERIALS, ReportRow.INTERPRETATION_PRODUCTS,
                    ReportRow.MEDIA_COMMENTS), ReportRow.INTERPRETATIONS_TOTAL),
            new Bound(List.of(ReportRow.ONLINE_ITEMS), ReportRow.SERVICE_ITEMS),
            new Bound(List.of(ReportRow.MESSAGES_CLOSED), ReportRow.MESSAGES_RECEIVED),
            new Bound(List.of(ReportRow.MESSAGES_PUBLIC), ReportRow.MESSAGES_CLOSED),
            new Bound(List.of(ReportRow.SOLICITATION_RESULTS), ReportRow.SOLICITATIONS),
            new Bound(List.of(ReportRow.INTERVIEW_ANSWERS), ReportRow.INTERVIEW_QUESTIONS),
            new Bound(List.of(ReportRow.SECURITY_FIXED), ReportRow.SECURITY_PROBLEMS));

    private final CheckSettings settings;

    /** @param settings the deadline */
    public ConsistencyChecks(CheckSettings settings) {
        this.settings = settings;
    }

    /**
     * @param report the report to check
     * @param publication the day the report is (to be) published
     * @return the problems found, manual fields first, in row order
     */
    public List<Problem> check(AnnualReport report, LocalDate publication) {
        List<Problem> problems = new ArrayList<>(report.manual().validate());
        for (Bound bound : BOUNDS) {
            double parts = bound.parts().stream().mapToDouble(report::number).sum();
            double whole = report.number(bound.whole());
            if (parts > whole) {
                problems.add(Problem.of(PART_EXCEEDS_TOTAL, Severity.ERROR, bound.whole(), "Problem_exceeds", //$NON-NLS-1$
                        bound.parts(), count(parts), bound.whole(), count(whole)));
            }
        }
        double persons = report.number(ReportRow.CASES_PERSONS);
        double entities = report.number(ReportRow.CASES_LEGAL_ENTITIES);
        double cases = report.number(ReportRow.CASES_TOTAL);
        if (persons + entities != cases) {
            problems.add(Problem.of(CASES_SUM, Severity.ERROR, ReportRow.CASES_TOTAL, "Problem_sum", //$NON-NLS-1$
                    ReportRow.CASES_TOTAL, count(cases), ReportRow.CASES_PERSONS, ReportRow.CASES_LEGAL_ENTITIES,
                    count(persons + entities)));
        }
        LocalDate deadline = settings.deadline().atYear(report.year() + 1);
        if (publication.isAfter(deadline)) {
            problems.add(Problem.of(DEADLINE, Severity.WARNING, null, "Problem_deadline", publication, deadline)); //$NON-NLS-1$
        }
        return problems;
    }

    private static String count(double value) {
        return Long.toString((long) value);
    }

    /** Parts whose sum may not exceed the whole. */
    private record Bound(List<ReportRow> parts, ReportRow whole) {
    }

    /**
     * The checks' settings.
     *
     * @param deadline the day of the year after the report's by which it must be published
     */
    public record CheckSettings(MonthDay deadline) {
        /** @return 31 January, 国办函〔2018〕12号 */
        public static CheckSettings defaults() {
            return new CheckSettings(MonthDay.of(1, 31));
        }
    }
}
