package org.govsite.migration.redirect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.govsite.store.interchange.AtomicFile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The exports of a {@link RedirectTable} (docs/migration.md, step 6): a CSV of every old URL and an nginx {@code map}
 * file of one or several old hosts, for legacy domains served by nginx rather than by the platform.
 */
public final class RedirectExports {
    /** The CSV header. */
    public static final List<String> CSV_HEADER = List.of("old_url", "status", "target", "reason"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final CsvMapper CSV = new CsvMapper();

    private RedirectExports() {
    }

    /** Writes {@link #csv(RedirectTable, Writer)} to {@code file} (UTF-8) through a temporary file renamed into place. */
    public static void csv(RedirectTable table, Path file) throws IOException {
        write(file, out -> csv(table, out));
    }

    /**
     * Writes {@link #nginxMap(RedirectTable, List, Writer)} to {@code file} (UTF-8) through a temporary file renamed
     * into place.
     */
    public static void nginxMap(RedirectTable table, List<String> hosts, Path file) throws IOException {
        write(file, out -> nginxMap(table, hosts, out));
    }

    /** What writes an export. */
    @FunctionalInterface
    private interface Export {
        void to(Writer writer) throws IOException;
    }

    private static void write(Path file, Export export) throws IOException {
        AtomicFile.replace(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            export.to(writer);
            writer.flush();
        });
    }

    /**
     * Writes one line per old URL, in URL order: {@code old_url,status,target,reason} with status {@code 301},
     * {@code 410} or {@code not-ready}, the new address or archive link (empty when not ready) and the reason (empty
     * when ready). The writer's charset is the caller's (UTF-8 advised); a cell is quoted only when it needs it (RFC
     * 4180, Jackson CSV); LF line ends; {@code out} is flushed, not closed.
     */
    public static void csv(RedirectTable table, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_HEADER.forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            for (Redirect entry : table.entries()) {
                rows.write(List.of(entry.oldUrl().toString(), entry.statusText(), entry.target() == null ? "" : entry.target().toString(), //$NON-NLS-1$
                        entry.reason()));
            }
        }
    }

    /**
     * Writes the nginx maps of the old hosts {@code hosts} (e.g. {@code www.old.gov.cn} and {@code old.gov.cn}, in
     * one or several {@code server {}} blocks): {@code $govsite_redirect} (the new address of a 301) and
     * {@code $govsite_archive} (the archive link of a 410), keyed by {@code $host$request_uri} (the host name, lower
     * case without port, then path and query as requested), with the usage in a comment. Keys and values are
     * double-quoted with {@code \} and {@code "} escaped; in values {@code $} (an nginx variable), quotes, {@code <},
     * {@code >}, {@code \} and spaces are percent-encoded, so a value is safe in the 410 page too. nginx compares map
     * strings ignoring case: a second key equal to an earlier one but for case is written as a comment. URLs not ready
     * are listed as comments.
     */
    public static void nginxMap(RedirectTable table, List<String> hosts, Writer out) throws IOException {
        List<Redirect> entries = hosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).distinct()
                .flatMap(host -> table.entriesOf(host).stream()).toList();
        out.write("# GovSite redirect table of " + String.join(", ", hosts) //$NON-NLS-1$ //$NON-NLS-2$
                + " (docs/migration.md, step 6). Include this file in the http {}\n" //$NON-NLS-1$
                + "# block; in the server {} of the old hosts:\n" //$NON-NLS-1$
                + "#     if ($govsite_redirect) { return 301 $govsite_redirect; }\n" //$NON-NLS-1$
                + "#     if ($govsite_archive) { return 410 '<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" //$NON-NLS-1$
                + "<title>\u5df2\u5f52\u6863</title></head><body><h1>\u5df2\u5f52\u6863</h1><p><a href=\"$govsite_archive\">" //$NON-NLS-1$
                + "$govsite_archive</a></p></body></html>'; }\n" //$NON-NLS-1$
                + "# with default_type \"text/html; charset=utf-8\" in that server {}. Long URLs may need a larger\n" //$NON-NLS-1$
                + "# map_hash_bucket_size (e.g. 256) in the http {} block; nginx -t says so.\n"); //$NON-NLS-1$
        map(out, "$govsite_redirect", entries, Redirect.Kind.MOVED); //$NON-NLS-1$
        map(out, "$govsite_archive", entries, Redirect.Kind.GONE); //$NON-NLS-1$
        for (Redirect entry : entries) {
            if (entry.kind() == Redirect.Kind.NOT_READY) {
                out.write("# not ready: " + oneLine(key(entry)) + " " + oneLine(entry.reason()) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    private static void map(Writer out, String variable, List<Redirect> entries, Redirect.Kind kind) throws IOException {
        out.write("map $host$request_uri " + variable + " {\n    default \"\";\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> keys = new HashSet<>();
        for (Redirect entry : entries) {
            if (entry.kind() != kind) {
                continue;
            }
            String line = quote(key(entry)) + " " + quote(value(entry.target())) + ";\n"; //$NON-NLS-1$ //$NON-NLS-2$
            out.write(keys.add(key(entry).toLowerCase(Locale.ROOT)) ? "    " + line //$NON-NLS-1$
                    : "    # same as a key above but for case (nginx ignores case): " + line); //$NON-NLS-1$
        }
        out.write("}\n"); //$NON-NLS-1$
    }

    /** @return the entry's map key as nginx's {@code $host$request_uri} gives it: host (lower case), path and query */
    private static String key(Redirect entry) {
        return RedirectTable.host(entry) + entry.pathAndQuery();
    }

    /** @return {@code text} between double quotes, {@code \} and {@code "} escaped */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** @return the URL with the characters unsafe in an nginx value or an HTML attribute percent-encoded */
    static String value(URI target) {
        StringBuilder safe = new StringBuilder();
        for (char c : target.toString().toCharArray()) {
            switch (c) {
            case '$', '"', '\'', '<', '>', '\\', ' ' -> safe.append('%').append(String.format(Locale.ROOT, "%02X", (int) c)); //$NON-NLS-1$
            default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
