package org.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The statistics contract's JSON parsed: known fields, unknown fields ignored, missing objects zero. */
class StatisticsTest {
    private static Statistics parse(String json) throws IOException {
        return Statistics.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theContractsExampleIsRead() throws IOException {
        Statistics statistics = parse("""
                {"year": 2026, "generatedAt": "2027-01-02T03:04:05Z",
                 "sites": [ {
                   "siteId": "s1", "siteName": "合肥市人民政府", "host": "www.hefei.gov.cn", "idCode": "3401000001",
                   "articles": {"total": 10, "overview": 1, "news": 2, "catalogue": 3, "drafts": 99},
                   "topics": {"maintained": 4, "opened": 1},
                   "interpretations": {"total": 5, "materials": 2, "products": 2, "mediaComments": 1},
                   "hotspotResponses": 6,
                   "services": {"catalogue": true, "registeredUsers": 0, "items": 8, "onlineItems": 7,
                                "cases": {"total": 9, "persons": 5, "legalEntities": 4}},
                   "messages": {"received": 11, "closed": 10, "averageDays": 3.4, "public": 8},
                   "solicitations": {"count": 2, "opinions": 30, "resultsPublished": 1},
                   "interviews": {"count": 1, "questions": 12, "answers": 11}
                 } ] }""");
        assertEquals(2026, statistics.year());
        SiteStatistics site = statistics.sites().get(0);
        assertEquals("www.hefei.gov.cn", site.host());
        assertEquals(10, site.articles().total());
        assertEquals(3, site.articles().catalogue());
        assertEquals(1, site.interpretations().mediaComments());
        assertEquals(true, site.services().catalogue());
        assertEquals(4, site.services().cases().legalEntities());
        assertEquals(3.4, site.messages().averageDays());
        assertEquals(8, site.messages().public_());
        assertEquals(11, site.interviews().answers());
        AnnualReport report = new AnnualReport(2026, site, Visits.NONE, ManualFields.empty());
        assertEquals(Long.valueOf(8), report.value(ReportRow.MESSAGES_PUBLIC));
        assertEquals("http://www.hefei.gov.cn/", report.value(ReportRow.HOME_URL));
        assertEquals(Boolean.TRUE, report.value(ReportRow.SERVICE_CATALOGUE));
        assertEquals(Boolean.FALSE, new AnnualReport(2026, site, Visits.NONE,
                ManualFields.empty().with(ReportRow.SERVICE_CATALOGUE, "false")).value(ReportRow.SERVICE_CATALOGUE));
    }

    @Test
    void missingObjectsAreZeroAndTheSampleRoundTrips() throws IOException {
        SiteStatistics site = parse("{\"year\": 2026, \"sites\": [{\"siteId\": \"s\", \"host\": \"a.gov.cn\"}]}")
                .sites().get(0);
        assertEquals(0, site.articles().total());
        assertEquals(0, site.services().cases().total());
        assertEquals(0.0, site.messages().averageDays());
        assertEquals(0, parse("{\"year\": 2026}").sites().size());
        assertEquals(SampleReports.site(3), SampleReports.statistics(3).sites().get(2));
    }
}
