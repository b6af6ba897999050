package org.govsite.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.govsite.audit.Finding;
import org.govsite.audit.SiteAudit;

/**
 * {"sites": [{"home", "pages", "qualified", "score", "vetoes"}], "findings": [{rule, severity, page, target, element,
 * anchorText, evidence, message}]}, pretty printed in UTF-8, ending with a line break.
 */
final class JsonReport {
    private JsonReport() {
    }

    static void write(List<SiteAudit> audits, ReportText text, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sites = root.putArray("sites"); //$NON-NLS-1$
        ArrayNode findings = root.putArray("findings"); //$NON-NLS-1$
        for (SiteAudit audit : audits) {
            ObjectNode site = sites.addObject().put("home", audit.home().toString()).put("pages", audit.pages()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("qualified", audit.verdict().qualified()).put("score", audit.verdict().score()); //$NON-NLS-1$ //$NON-NLS-2$
            ArrayNode vetoes = site.putArray("vetoes"); //$NON-NLS-1$
            audit.verdict().vetoes().forEach(veto -> vetoes.add(veto.indicator().id()));
            for (Finding row : audit.findings()) {
                ObjectNode finding = findings.addObject();
                List<String> values = FindingColumns.values(row, text);
                for (int i = 0; i < FindingColumns.IDS.size(); i++) {
                    finding.put(FindingColumns.IDS.get(i), values.get(i));
                }
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
        out.flush();
    }
}
