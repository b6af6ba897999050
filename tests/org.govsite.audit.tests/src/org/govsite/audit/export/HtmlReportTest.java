package org.govsite.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.govsite.audit.SiteAudit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML report parsed back with jsoup: self-contained, escaped, per site its summary, verdict and findings by rule. */
class HtmlReportTest {

    private static String write(List<SiteAudit> audits, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditReports.write(audits, ReportFormat.HTML, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scriptInEvidenceStaysText() throws Exception {
        String html = write(List.of(SampleAudits.problems()), Locale.CHINESE);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), html);
        assertTrue(doc.select("link, img, [src]").isEmpty(), "self-contained: " + html);
        assertEquals(1, doc.select("head style").size());
        Element hidden = doc.select("table.findings td").stream()
                .filter(td -> td.text().equals(SampleAudits.SCRIPT)).findFirst().orElseThrow();
        assertEquals(SampleAudits.SCRIPT, hidden.text());
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
    }

    @Test
    void eachSiteHasSummaryVerdictAndFindingsByRule() throws Exception {
        Document doc = Jsoup.parse(write(List.of(SampleAudits.problems(), SampleAudits.clean()), Locale.CHINESE));
        assertEquals("zh", doc.select("html").attr("lang"));
        assertEquals("网站检查报告", doc.title());
        Elements sites = doc.select("section");
        assertEquals(2, sites.size());

        Element problems = sites.get(0);
        assertEquals(SampleAudits.HOME.toString(), problems.selectFirst("h2").text());
        assertEquals(List.of("12", "3", "1", "0", "98.9", "不合格", "VETO-SERIOUS-CONTENT"),
                problems.select("table.summary td").eachText());
        assertEquals(List.of("VETO-SERIOUS-CONTENT", "DEDUCT-BROKEN-LINK", "DEDUCT-BROKEN-LINK"),
                problems.select("table.verdict tr td:eq(0)").eachText());
        assertEquals(List.of("LINK-BROKEN（ERROR）：2 个", "PAGE-HIDDEN-LINK（ERROR）：1 个", "PAGE-IMAGE-ALT（WARNING）：1 个"),
                problems.select("h4").eachText());
        Element broken = problems.selectFirst("h4").nextElementSibling();
        assertEquals(List.of("页面", "链接目标", "元素", "链接文字", "依据", "说明"), broken.select("th").eachText());
        assertEquals(List.of("http://127.0.0.1:8080/gone.html", "http://127.0.0.1:8080/x.pdf"),
                broken.select("tr td:eq(1) a").eachAttr("href"));
        assertEquals("旧栏目, \"旧\"", broken.select("tr td:eq(3)").first().text());

        Element clean = sites.get(1);
        assertEquals(List.of("3", "0", "0", "0", "100", "合格", ""), clean.select("table.summary td").stream().map(Element::text).toList());
        assertEquals(List.of("无单项否决，无扣分。", "未发现问题。"), clean.select("p").eachText());
    }

    @Test
    void englishReport() throws Exception {
        Document doc = Jsoup.parse(write(List.of(SampleAudits.problems()), Locale.ROOT));
        assertEquals("en", doc.select("html").attr("lang"));
        assertEquals("Site audit report", doc.title());
        assertTrue(doc.select("table.summary td").eachText().contains("Not qualified"));
        assertEquals("Broken link to http://127.0.0.1:8080/gone.html (http://127.0.0.1:8080/gone.html HTTP 404)",
                doc.select("table.findings").first().select("tr").get(1).select("td").last().text());
    }
}
