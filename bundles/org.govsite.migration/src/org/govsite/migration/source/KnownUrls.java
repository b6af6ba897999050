package org.govsite.migration.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Urls;
import org.govsite.migration.LineProblem;
import org.govsite.migration.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A list of known old URLs (from access logs, a CMS export): a CSV file (UTF-8, a byte order mark allowed) with a
 * header line naming a {@code url} column (any case), or an XLSX workbook whose first sheet holds them in its first
 * column (a first row that is no URL is a header). Each URL is normalised as the crawler does; repeats are kept once;
 * a cell that is no http(s) URL is a {@link LineProblem} with its line (row) number, never silently dropped; blank
 * lines are skipped.
 *
 * @param urls the URLs, normalised, in file order
 * @param problems the lines that held no usable URL
 */
public record KnownUrls(List<URI> urls, List<LineProblem> problems) {
    private static final char BOM = '\uFEFF';

    public KnownUrls {
        urls = List.copyOf(urls);
        problems = List.copyOf(problems);
    }

    /** @return the list in {@code file}: XLSX when its name ends in {@code .xlsx}, else CSV */
    public static KnownUrls read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) { //$NON-NLS-1$
            try (InputStream in = Files.newInputStream(file)) {
                return xlsx(in);
            }
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csv(in);
        }
    }

    /** @return the URLs of a CSV list */
    public static KnownUrls csv(Reader in) throws IOException {
        Collector collector = new Collector();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            int line = 1;
            String column = null;
            while (rows.hasNextValue()) {
                if (column == null) {
                    column = urlColumn(((CsvSchema) rows.getParser().getSchema()).getColumnNames());
                    if (column == null) {
                        collector.problems.add(new LineProblem(1, NLS.bind(Messages.CsvMissingColumn, "url"))); //$NON-NLS-1$
                        break;
                    }
                }
                line++;
                collector.add(line, rows.nextValue().getOrDefault(column, "")); //$NON-NLS-1$
            }
        } catch (JsonProcessingException e) {
            collector.problems.add(new LineProblem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage()));
        }
        return collector.list();
    }

    /** @return the URLs of an XLSX list (first sheet, first column) */
    public static KnownUrls xlsx(InputStream in) throws IOException {
        Collector collector = new Collector();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                String text = cell == null ? "" : format.formatCellValue(cell); //$NON-NLS-1$
                if (row.getRowNum() == sheet.getFirstRowNum() && Urls.normalize(text) == null) {
                    continue; // a header
                }
                collector.add(row.getRowNum() + 1, text);
            }
        }
        return collector.list();
    }

    private static String urlColumn(List<String> header) {
        for (String name : header) {
            if (name.replace(String.valueOf(BOM), "").strip().equalsIgnoreCase("url")) { //$NON-NLS-1$ //$NON-NLS-2$
                return name;
            }
        }
        return null;
    }

    /** Gathers URLs and problems line by line. */
    private static final class Collector {
        private final Set<URI> urls = new LinkedHashSet<>();
        private final List<LineProblem> problems = new ArrayList<>();

        void add(int line, String cell) {
            String text = cell == null ? "" : cell.strip(); //$NON-NLS-1$
            if (text.isEmpty()) {
                return;
            }
            URI url = Urls.normalize(text);
            if (url == null) {
                problems.add(new LineProblem(line, NLS.bind(Messages.ListNotUrl, text)));
            } else {
                urls.add(url);
            }
        }

        KnownUrls list() {
            return new KnownUrls(new ArrayList<>(urls), problems);
        }
    }
}
