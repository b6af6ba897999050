package org.govsite.audit.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;

/** Writes the findings as JSON or as CSV (RFC 4180, UTF-8 with a byte order mark for Excel); see docs/audit.md. */
final class FindingWriter {
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final List<String> COLUMNS = List.of("rule", "severity", "page", "target", "element", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "anchorText", "evidence", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private FindingWriter() {
    }

    private static List<String> values(Finding finding, CliText text) {
        return List.of(finding.ruleId(), finding.severity().name(), finding.page().toString(), finding.target(),
                finding.element(), finding.anchorText(), finding.evidence(),
                text.rule(finding.ruleId(), finding.subject(), finding.evidence()));
    }

    /**
     * @return {"sites": [{"home", "pages", "qualified", "score", "vetoes"}], "findings": [{rule, severity, page, target,
     *         ...}]} in UTF-8
     */
    static byte[] json(List<SiteAudit> audits, List<Finding> rows, CliText text) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sites = root.putArray("sites"); //$NON-NLS-1$
        for (SiteAudit audit : audits) {
            ObjectNode site = sites.addObject().put("home", audit.home().toString()).put("pages", audit.pages()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("qualified", audit.verdict().qualified()).put("score", audit.verdict().score()); //$NON-NLS-1$ //$NON-NLS-2$
            ArrayNode vetoes = site.putArray("vetoes"); //$NON-NLS-1$
            audit.verdict().vetoes().forEach(veto -> vetoes.add(veto.indicator().id()));
        }
        ArrayNode findings = root.putArray("findings"); //$NON-NLS-1$
        for (Finding row : rows) {
            ObjectNode finding = findings.addObject();
            List<String> values = values(row, text);
            for (int i = 0; i < COLUMNS.size(); i++) {
                finding.put(COLUMNS.get(i), values.get(i));
            }
        }
        return (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    /** @return a header line and one line per finding, CRLF ended, after a UTF-8 byte order mark */
    static byte[] csv(List<Finding> rows, CliText text) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        for (Finding row : rows) {
            line(csv, values(row, text));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(fields.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        csv.append("\r\n"); //$NON-NLS-1$
    }

    /** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
