package org.govsite.migration.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.LineProblem;
import org.govsite.migration.Messages;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Mappings as CSV (RFC 4180, UTF-8, read and written by Jackson's CSV data format): a header line naming the columns
 * {@code pattern,syntax,outcome,column,target,topics} (any order; the last three may be missing; syntax {@code glob} or
 * {@code regex}; outcome {@code REDIRECT}, {@code ARCHIVE} or {@code UNRESOLVED}, any case; topics ids or names
 * separated by {@code ;}), then one rule per line in the order they are
 * tried (a cell holding a line break still counts as one line). Reading checks every line and reports every bad one with its line number; nothing is taken from a file with
 * a bad line.
 */
public final class MappingCsv {
    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("pattern", "syntax", "outcome", "column", "target", "topics"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    /** Separates the topics of a rule in a cell (also the full-width ；). */
    private static final String TOPIC_SEPARATOR = ";"; //$NON-NLS-1$
    private static final CsvMapper CSV = new CsvMapper();

    private MappingCsv() {
    }

    /** Thrown when a mapping file has bad lines: all of them, with their line numbers. */
    public static final class MappingCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<LineProblem> problems;

        MappingCsvException(List<LineProblem> problems) {
            super(NLS.bind(Messages.CsvBadLines, problems.size()));
            this.problems = List.copyOf(problems);
        }

        /** @return every bad line */
        public List<LineProblem> problems() {
            return problems;
        }
    }

    /**
     * @throws MappingCsvException when a line is bad (all bad lines are reported)
     * @throws IOException when the file cannot be read
     */
    public static Mapping read(Reader in) throws IOException, MappingCsvException {
        List<MappingRule> rules = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            int line = 1; // the header
            boolean headerRead = false;
            while (rows.hasNextValue()) {
                if (!headerRead && !header(((CsvSchema) rows.getParser().getSchema()).getColumnNames(), problems)) {
                    break;
                }
                headerRead = true;
                line++;
                rule(rows.nextValue(), line, rules, problems);
            }
        } catch (JsonProcessingException e) {
            problems.add(new LineProblem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage()));
        }
        if (!problems.isEmpty()) {
            throw new MappingCsvException(problems);
        }
        return new Mapping(rules);
    }

    /**
     * @param columnId a rule's column (an id or a path) to the column's id; throws {@link IllegalArgumentException}
     *        with the localized reason when it names no column
     * @param topicId a rule's topic (an id or a name) to the topic's id, throwing as {@code columnId} does
     * @return {@code mapping} (as read from a CSV file: rule {@code i} on line {@code i + 2}) with the column and the
     *         topics of every REDIRECT rule replaced by their ids
     * @throws MappingCsvException naming the line of every rule whose column or a topic does not resolve
     */
    public static Mapping resolve(Mapping mapping, UnaryOperator<String> columnId, UnaryOperator<String> topicId)
            throws MappingCsvException {
        List<MappingRule> rules = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < mapping.rules().size(); i++) {
            MappingRule rule = mapping.rules().get(i);
            try {
                rules.add(rule.resolve(columnId, topicId));
            } catch (IllegalArgumentException e) {
                problems.add(new LineProblem(i + 2, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingCsvException(problems);
        }
        return new Mapping(rules);
    }

    /** @return the topics of a cell: ids or names separated by {@code ;} or {@code ；} */
    public static List<String> topics(String cell) {
        return cell == null ? List.of() : List.of(cell.replace('；', ';').split(TOPIC_SEPARATOR));
    }

    /** @return the topics as a cell writes them */
    public static String cell(List<String> topics) {
        return String.join(TOPIC_SEPARATOR, topics);
    }

    /** Writes the mapping with a header line, rules in order (LF line ends); {@code out} is flushed, not closed. */
    public static void write(Mapping mapping, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            for (MappingRule rule : mapping.rules()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put(COLUMNS.get(0), rule.pattern().text());
                row.put(COLUMNS.get(1), rule.pattern().syntax().cell());
                row.put(COLUMNS.get(2), rule.outcome().name());
                row.put(COLUMNS.get(3), rule.column());
                row.put(COLUMNS.get(4), rule.target());
                row.put(COLUMNS.get(5), cell(rule.topics()));
                rows.write(row);
            }
        }
    }

    /** @return whether the header names the required columns (else they are reported) */
    private static boolean header(List<String> header, List<LineProblem> problems) {
        int before = problems.size();
        for (String required : COLUMNS.subList(0, 3)) {
            if (!header.contains(required)) {
                problems.add(new LineProblem(1, NLS.bind(Messages.CsvMissingColumn, required)));
            }
        }
        return problems.size() == before;
    }

    private static void rule(Map<String, String> row, int line, List<MappingRule> rules, List<LineProblem> problems) {
        String pattern = row.getOrDefault("pattern", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        UrlPattern.Syntax syntax = UrlPattern.Syntax.of(row.getOrDefault("syntax", "")); //$NON-NLS-1$ //$NON-NLS-2$
        Outcome outcome = outcome(row.getOrDefault("outcome", "")); //$NON-NLS-1$ //$NON-NLS-2$
        if (pattern.isEmpty()) {
            problems.add(new LineProblem(line, Messages.CsvNoPattern));
        } else if (syntax == null) {
            problems.add(new LineProblem(line, NLS.bind(Messages.CsvBadSyntax, row.get("syntax")))); //$NON-NLS-1$
        } else if (outcome == null) {
            problems.add(new LineProblem(line, NLS.bind(Messages.CsvBadOutcome, row.get("outcome")))); //$NON-NLS-1$
        } else {
            try {
                rules.add(new MappingRule(new UrlPattern(syntax, pattern), outcome, row.get("column"), //$NON-NLS-1$
                        row.get("target"), topics(row.get("topics")))); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (PatternSyntaxException e) {
                problems.add(new LineProblem(line, NLS.bind(Messages.CsvBadRegex, e.getDescription())));
            } catch (IllegalArgumentException e) {
                problems.add(new LineProblem(line, e.getMessage()));
            }
        }
    }

    private static Outcome outcome(String cell) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equalsIgnoreCase(cell.strip())) {
                return outcome;
            }
        }
        return null;
    }
}
