package org.govsite.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CSV and JSON reports of several sites, in the language asked for whatever the JVM's locale. */
class TextReportsTest {

    private static byte[] write(ReportFormat format, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditReports.write(List.of(SampleAudits.problems(), SampleAudits.clean()), format, language, out);
        return out.toByteArray();
    }

    @Test
    void csvListsEveryFindingWithItsMessage() throws Exception {
        String csv = new String(write(ReportFormat.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFrule,severity,page,target,element,anchorText,evidence,message", lines[0]);
        assertEquals(5, lines.length);
        assertEquals("LINK-BROKEN,ERROR,http://127.0.0.1:8080/,http://127.0.0.1:8080/gone.html,a,\"旧栏目, \"\"旧\"\"\","
                + "http://127.0.0.1:8080/gone.html HTTP 404,Broken link to http://127.0.0.1:8080/gone.html "
                + "(http://127.0.0.1:8080/gone.html HTTP 404)", lines[1]);
        assertEquals("PAGE-HIDDEN-LINK,ERROR,http://127.0.0.1:8080/,,,,\"" + SampleAudits.SCRIPT.replace("\"", "\"\"")
                + "\",\"Hidden link (dark link) on http://127.0.0.1:8080/: " + SampleAudits.SCRIPT.replace("\"", "\"\"")
                + "\"", lines[2]);
    }

    @Test
    void jsonGivesEachSiteItsVerdict() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON, Locale.CHINESE));
        JsonNode problems = json.get("sites").get(0);
        assertEquals(SampleAudits.HOME.toString(), problems.get("home").asText());
        assertEquals(12, problems.get("pages").asInt());
        assertEquals(false, problems.get("qualified").asBoolean());
        assertEquals(98.9, problems.get("score").asDouble(), 1e-9);
        assertEquals("[\"VETO-SERIOUS-CONTENT\"]", problems.get("vetoes").toString());
        assertEquals(true, json.get("sites").get(1).get("qualified").asBoolean());
        assertEquals(4, json.get("findings").size());
        assertEquals("http://127.0.0.1:8080/news/a.html 上的图片缺少替代文字（alt）：http://127.0.0.1:8080/logo.png",
                json.get("findings").get(3).get("message").asText());
    }
}
