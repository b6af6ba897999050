package org.govsite.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;
import org.govsite.audit.verdict.VerdictItem;
import org.govsite.model.validation.Severity;

/**
 * The audits as one self-contained UTF-8 HTML page (inline style sheet, no script, no outside resource): per site a
 * summary, the verdict and the findings grouped by rule. Every value is escaped, so page content quoted in evidence
 * stays text.
 */
final class HtmlReport {
    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}" //$NON-NLS-1$
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #bbb;padding:.25em .5em;" //$NON-NLS-1$
            + "text-align:left;vertical-align:top;word-break:break-all}th{background:#eee}" //$NON-NLS-1$
            + ".ERROR{color:#b00}.WARNING{color:#a60}.ok{color:#070}.fail{color:#b00;font-weight:bold}"; //$NON-NLS-1$

    private final Writer html;
    private final ReportText text;

    private HtmlReport(Writer html, ReportText text) {
        this.html = html;
        this.text = text;
    }

    static void write(List<SiteAudit> audits, ReportText text, Locale language, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        HtmlReport report = new HtmlReport(writer, text);
        String title = text.label("Title"); //$NON-NLS-1$
        String lang = language.getLanguage().isEmpty() ? "en" : language.toLanguageTag(); //$NON-NLS-1$
        writer.write("<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\"><title>" //$NON-NLS-1$ //$NON-NLS-2$
                + escape(title) + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + escape(title) //$NON-NLS-1$ //$NON-NLS-2$
                + "</h1>\n"); //$NON-NLS-1$
        for (SiteAudit audit : audits) {
            report.site(audit);
        }
        writer.write("</body></html>\n"); //$NON-NLS-1$
        writer.flush();
    }

    private void site(SiteAudit audit) throws IOException {
        SiteSummary summary = SiteSummary.of(audit);
        html.write("<section>\n<h2>" + escape(audit.home().toString()) + "</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> headers = new ArrayList<>(List.of(text.label("Column_pages"))); //$NON-NLS-1$
        List<String> values = new ArrayList<>(List.of(Integer.toString(audit.pages())));
        for (Severity severity : Severity.values()) {
            headers.add(severity.name());
            values.add(Integer.toString(summary.count(severity)));
        }
        headers.addAll(List.of(text.label("Column_score"), text.label("Column_qualified"), //$NON-NLS-1$ //$NON-NLS-2$
                text.label("Column_vetoes"))); //$NON-NLS-1$
        values.addAll(List.of(number(audit.verdict().score()), text.qualified(audit.verdict()), summary.vetoes()));
        html.write("<table class=\"summary\">"); //$NON-NLS-1$
        row("th", headers, null); //$NON-NLS-1$
        row("td", values, audit.verdict().qualified() ? "ok" : "fail"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        html.write("</table>\n"); //$NON-NLS-1$
        verdict(audit);
        findings(audit);
        html.write("</section>\n"); //$NON-NLS-1$
    }

    private void verdict(SiteAudit audit) throws IOException {
        List<VerdictItem> items = new ArrayList<>(audit.verdict().vetoes());
        items.addAll(audit.verdict().deductions());
        html.write("<h3>" + escape(text.label("Sheet_Verdict")) + "</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (items.isEmpty()) {
            html.write("<p>" + escape(text.label("NoVerdictItem")) + "</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        html.write("<table class=\"verdict\">"); //$NON-NLS-1$
        row("th", List.of(text.label("Column_indicator"), text.label("Column_points"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text.label("Column_evidence")), null); //$NON-NLS-1$
        for (VerdictItem item : items) {
            row("td", List.of(item.indicator().id(), number(item.points()), text.evidence(item)), null); //$NON-NLS-1$
        }
        html.write("</table>\n"); //$NON-NLS-1$
    }

    private void findings(SiteAudit audit) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        audit.findings().stream().sorted((a, b) -> a.ruleId().compareTo(b.ruleId()))
                .forEach(finding -> byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding));
        html.write("<h3>" + escape(text.label("Sheet_Findings")) + "</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (byRule.isEmpty()) {
            html.write("<p>" + escape(text.label("NoFinding")) + "</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<String> headers = FindingColumns.headers(text);
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            Severity severity = rule.getValue().get(0).severity();
            html.write("<h4 class=\"" + severity.name() + "\">" //$NON-NLS-1$ //$NON-NLS-2$
                    + escape(text.label("RuleHeading", rule.getKey(), severity.name(), //$NON-NLS-1$ //$NON-NLS-2$
                            Integer.valueOf(rule.getValue().size())))
                    + "</h4>\n<table class=\"findings\">"); //$NON-NLS-1$
            row("th", headers.subList(FindingColumns.PAGE, headers.size()), null); //$NON-NLS-1$
            for (Finding finding : rule.getValue()) {
                List<String> values = FindingColumns.values(finding, text);
                row("td", values.subList(FindingColumns.PAGE, values.size()), null); //$NON-NLS-1$
            }
            html.write("</table>\n"); //$NON-NLS-1$
        }
    }

    /** One table row; http(s) URLs become links. */
    private void row(String cell, List<String> values, String rowClass) throws IOException {
        html.write(rowClass == null ? "<tr>" : "<tr class=\"" + rowClass + "\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (String value : values) {
            html.write("<" + cell + ">"); //$NON-NLS-1$ //$NON-NLS-2$
            if (cell.equals("td") && (value.startsWith("http://") || value.startsWith("https://")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    && value.indexOf(' ') < 0) {
                html.write("<a href=\"" + escape(value) + "\">" + escape(value) + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } else {
                html.write(escape(value));
            }
            html.write("</" + cell + ">"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.write("</tr>\n"); //$NON-NLS-1$
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** @return the text with &amp;, &lt;, &gt;, &quot; and ' escaped: safe in element content and quoted attributes */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
            case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
            case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
            case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
            case '\'' -> escaped.append("&#39;"); //$NON-NLS-1$
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
