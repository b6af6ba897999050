package org.govsite.migration.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Urls;
import org.govsite.migration.LineProblem;
import org.govsite.migration.Messages;
import org.govsite.migration.extract.ArticleDates;
import org.govsite.protocol.PageTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A list of known old URLs (from access logs, a CMS export): a CSV file (UTF-8, a byte order mark allowed) with a
 * header line naming a {@code url} column (any case), or an XLSX workbook whose first sheet holds them in its first
 * column (a first row that is no URL is a header). Each URL is normalised as the crawler does; repeats are kept once;
 * a cell that is no http(s) URL is a {@link LineProblem} with its line (row) number, never silently dropped; blank
 * lines are skipped. A CMS export often knows when each page was published: a column named {@code published},
 * {@code date}, {@code 发布时间}, {@code 发布日期} or {@code 日期} (any case; in XLSX a header cell of the first row) gives
 * the page's publication time in the Chinese forms the extraction reads ({@code 2019年3月5日}, {@code 2019-03-05 10:20},
 * {@code 2019/3/5}; in XLSX a date cell too), which an article whose page shows none takes; a date that cannot be
 * read is a {@link LineProblem}.
 *
 * @param urls the URLs, normalised, in file order
 * @param problems the lines that held no usable URL or date
 * @param published the publication times the list gives (Asia/Shanghai), by URL
 */
public record KnownUrls(List<URI> urls, List<LineProblem> problems, Map<URI, ZonedDateTime> published) {
    /** No list. */
    public static final KnownUrls NONE = new KnownUrls(List.of(), List.of(), Map.of());
    private static final char BOM = '\uFEFF';
    private static final Set<String> DATE_COLUMNS = Set.of("published", "date", "\u53d1\u5e03\u65f6\u95f4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "\u53d1\u5e03\u65e5\u671f", "\u65e5\u671f"); //$NON-NLS-1$ //$NON-NLS-2$

    public KnownUrls {
        urls = List.copyOf(urls);
        problems = List.copyOf(problems);
        published = Map.copyOf(published);
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
            String dates = null;
            while (rows.hasNextValue()) {
                if (column == null) {
                    List<String> header = ((CsvSchema) rows.getParser().getSchema()).getColumnNames();
                    column = column(header, Set.of("url")); //$NON-NLS-1$
                    if (column == null) {
                        collector.problems.add(new LineProblem(1, NLS.bind(Messages.CsvMissingColumn, "url"))); //$NON-NLS-1$
                        break;
                    }
                    dates = column(header, DATE_COLUMNS);
                }
                line++;
                Map<String, String> row = rows.nextValue();
                collector.add(line, row.getOrDefault(column, ""), dates == null ? "" : row.getOrDefault(dates, "")); //$NON-NLS-1$ //$NON-NLS-2$
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
            int dates = -1;
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                String text = cell == null ? "" : format.formatCellValue(cell); //$NON-NLS-1$
                if (row.getRowNum() == sheet.getFirstRowNum() && Urls.normalize(text) == null) {
                    dates = dateColumn(row, format); // a header
                    continue;
                }
                collector.add(row.getRowNum() + 1, text, dates < 0 ? "" : date(row.getCell(dates), format)); //$NON-NLS-1$
            }
        }
        return collector.list();
    }

    /** @return the first header name that is one of {@code names} (any case, a byte order mark ignored), or null */
    private static String column(List<String> header, Set<String> names) {
        for (String name : header) {
            if (names.contains(name.replace(String.valueOf(BOM), "").strip().toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
                return name;
            }
        }
        return null;
    }

    /** @return the index of the header row's date column, or -1 */
    private static int dateColumn(Row header, DataFormatter format) {
        for (Cell cell : header) {
            if (DATE_COLUMNS.contains(format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT))) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /** @return a date cell as {@code YYYY-MM-DD HH:MM}, another cell as written */
    private static String date(Cell cell, DataFormatter format) {
        if (cell == null) {
            return ""; //$NON-NLS-1$
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return PageTime.MINUTES.format(cell.getLocalDateTimeCellValue());
        }
        return format.formatCellValue(cell);
    }

    /** Gathers URLs, their dates and problems line by line. */
    private static final class Collector {
        private final Set<URI> urls = new LinkedHashSet<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private final Map<URI, ZonedDateTime> published = new HashMap<>();

        void add(int line, String cell, String dateCell) {
            String text = cell == null ? "" : cell.strip(); //$NON-NLS-1$
            if (text.isEmpty()) {
                return;
            }
            URI url = Urls.normalize(text);
            if (url == null) {
                problems.add(new LineProblem(line, NLS.bind(Messages.ListNotUrl, text)));
                return;
            }
            urls.add(url);
            String date = dateCell == null ? "" : dateCell.strip(); //$NON-NLS-1$
            if (!date.isEmpty()) {
                Optional<ZonedDateTime> time = ArticleDates.in(date);
                if (time.isPresent()) {
                    published.putIfAbsent(url, time.get());
                } else {
                    problems.add(new LineProblem(line, NLS.bind(Messages.ListNotDate, date)));
                }
            }
        }

        KnownUrls list() {
            return new KnownUrls(new ArrayList<>(urls), problems, published);
        }
    }
}
