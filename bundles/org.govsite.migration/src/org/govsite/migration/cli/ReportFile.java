package org.govsite.migration.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govsite.migration.ImportResult;
import org.govsite.migration.LineProblem;
import org.govsite.migration.MigrationReport;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.Verification;
import org.govsite.migration.redirect.Redirect;
import org.govsite.migration.redirect.RedirectTable;
import org.govsite.store.interchange.AtomicFile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The migration report as a file (docs/migration.md, "Report files"): one row per old URL, in URL order, with the
 * columns {@link #COLUMNS} (the redirect table's line of the URL and the verification's finding included); the JSON
 * form adds the totals and the known-URL list's bad lines. Written through a
 * temporary file renamed into place, so a failed write leaves no half report.
 */
public final class ReportFile {
    /** The columns of a URL's row, in order: the CSV header and the JSON row's fields. */
    static final List<String> COLUMNS = List.of("url", "key", "listedOnly", "status", "detail", "outcome", "column", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "address", "failure", "duplicateOf", "import", "importReason", "redirect", "target", "redirectReason", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "verified", "verification"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final char BOM = '\uFEFF';

    private ReportFile() {
    }

    /** Writes {@code report} to {@code file}: CSV when its name ends in {@code .csv} (any case), else JSON. */
    public static void write(MigrationReport report, Path file) throws IOException {
        write(report, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") //$NON-NLS-1$
                ? MigrateOptions.Format.CSV : MigrateOptions.Format.JSON, file);
    }

    /** Writes {@code report} to {@code file} in {@code format}. */
    static void write(MigrationReport report, MigrateOptions.Format format, Path file) throws IOException {
        AtomicFile.replace(file, out -> {
            if (format == MigrateOptions.Format.JSON) {
                json(report, out);
            } else {
                csv(report, out);
            }
        });
    }

    /** @return the rows, one per old URL in URL order, each keyed by {@link #COLUMNS} (empty strings for none) */
    static List<Map<String, String>> rows(MigrationReport report) {
        Map<URI, ImportResult> imports = new LinkedHashMap<>();
        report.imports().forEach(result -> imports.put(result.url(), result));
        Map<URI, Verification> verifications = new HashMap<>();
        report.verifications().forEach(found -> verifications.put(found.oldUrl(), found));
        List<Redirect> redirects = report.redirectTable().entries();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 0; n < redirects.size(); n++) {
            UrlOutcome outcome = report.plan().outcomes().get(n);
            ImportResult imported = imports.get(outcome.url());
            Redirect redirect = redirects.get(n);
            Verification verified = verifications.get(outcome.url());
            List<Object> values = List.of(outcome.url(), outcome.key(), Boolean.valueOf(outcome.listedOnly()),
                    outcome.status(), outcome.detail(), outcome.decision().outcome(), outcome.decision().column(),
                    text(outcome.decision().address()), outcome.failure() == null ? "" : outcome.failure().reason(), //$NON-NLS-1$
                    text(outcome.duplicateOf()), imported == null ? "" : imported.status(), //$NON-NLS-1$
                    imported == null ? "" : imported.reason(), redirect.statusText(), text(redirect.target()), //$NON-NLS-1$
                    redirect.reason(), verified == null ? "" : Boolean.toString(verified.passed()), //$NON-NLS-1$
                    verified == null ? "" : verified.evidence()); //$NON-NLS-1$
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), Objects.toString(values.get(i), "")); //$NON-NLS-1$
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    private static void json(MigrationReport report, OutputStream out) throws IOException {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("urls", Integer.valueOf(report.plan().outcomes().size())); //$NON-NLS-1$
        totals.put("statuses", report.statuses()); //$NON-NLS-1$
        totals.put("outcomes", report.outcomes()); //$NON-NLS-1$
        totals.put("articlesPerColumn", report.articlesPerColumn()); //$NON-NLS-1$
        totals.put("extractionFailures", Integer.valueOf(report.extractionFailures().size())); //$NON-NLS-1$
        totals.put("unresolved", Integer.valueOf(report.unresolved().size())); //$NON-NLS-1$
        totals.put("duplicates", Integer.valueOf(report.duplicates().size())); //$NON-NLS-1$
        Map<String, Integer> imports = new LinkedHashMap<>();
        for (ImportResult.Status status : ImportResult.Status.values()) {
            imports.put(status.name(), Integer.valueOf(report.imports(status).size()));
        }
        totals.put("imports", imports); //$NON-NLS-1$
        Map<String, Integer> redirects = new LinkedHashMap<>();
        RedirectTable table = report.redirectTable();
        for (Redirect.Kind kind : Redirect.Kind.values()) {
            redirects.put(kind.name(), Integer.valueOf(table.entries(kind).size()));
        }
        totals.put("redirects", redirects); //$NON-NLS-1$
        Map<String, Integer> verifications = new LinkedHashMap<>();
        verifications.put("passed", Integer.valueOf(report.verifications(true).size())); //$NON-NLS-1$
        verifications.put("failed", Integer.valueOf(report.verifications(false).size())); //$NON-NLS-1$
        totals.put("verifications", verifications); //$NON-NLS-1$
        List<Map<String, Object>> listProblems = new ArrayList<>();
        for (LineProblem problem : report.plan().listProblems()) {
            listProblems.add(Map.of("line", Integer.valueOf(problem.line()), "message", problem.message())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("totals", totals); //$NON-NLS-1$
        root.put("listProblems", listProblems); //$NON-NLS-1$
        root.put("urls", rows(report)); //$NON-NLS-1$
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
    }

    private static void csv(MigrationReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n"); //$NON-NLS-1$
        COLUMNS.forEach(schema::addColumn);
        new CsvMapper().writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer,
                rows(report));
        writer.flush();
    }
}
