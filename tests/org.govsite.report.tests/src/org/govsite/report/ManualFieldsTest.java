package org.govsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govsite.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual fields: validation, typed values, carrying over to next year, the folder store. */
class ManualFieldsTest {
    @TempDir
    Path temp;

    @Test
    void aCompleteSampleIsValidAndTyped() {
        ManualFields fields = SampleReports.manual(1);
        assertEquals(List.of(), fields.validate());
        assertEquals(SiteType.PORTAL, fields.value(ReportRow.SITE_TYPE));
        assertEquals(Long.valueOf(5001), fields.value(ReportRow.REGISTERED_USERS));
        assertEquals(Boolean.TRUE, fields.value(ReportRow.UNIFIED_PLATFORM));
        assertEquals(LocalDate.of(2027, 1, 15), fields.value(ReportRow.FILLED_ON));
    }

    @Test
    void requiredRowsEmptyAreErrorsInBothLanguages() {
        List<Problem> problems = SampleReports.manual(1).with(ReportRow.HEAD, " ").with(ReportRow.SPONSOR, null)
                .validate();
        assertEquals(List.of(ReportRow.SPONSOR, ReportRow.HEAD), problems.stream().map(Problem::row).toList());
        Problem head = problems.get(1);
        assertEquals(ManualFields.CHECK, head.check());
        assertEquals(Severity.ERROR, head.severity());
        assertEquals("Head of unit is required", head.english());
        assertEquals("单位负责人为必填项", head.chinese());
        long required = List.of(ReportRow.values()).stream().filter(ReportRow::required).count();
        assertEquals(required, ManualFields.empty().validate().size());
    }

    @Test
    void valuesNotOfTheirKindAreErrorsAndReadAsEmpty() {
        ManualFields fields = SampleReports.manual(1).with(ReportRow.PHONE, "12345").with(ReportRow.FILLED_ON,
                "2027-02-30").with(ReportRow.SECURITY_PROBLEMS, "-3").with(ReportRow.SMART_QA, "yes")
                .with(ReportRow.SITE_TYPE, "BLOG");
        List<Problem> problems = fields.validate();
        assertEquals(List.of(ReportRow.SITE_TYPE, ReportRow.SMART_QA, ReportRow.SECURITY_PROBLEMS, ReportRow.PHONE,
                ReportRow.FILLED_ON), problems.stream().map(Problem::row).toList());
        assertEquals("联系电话：“12345”不是电话号码（如0551-12345678或13912345678）", problems.get(3).chinese());
        assertEquals("Security assessments", ReportTexts.ENGLISH.label(ReportRow.SECURITY_ASSESSMENTS));
        assertNull(fields.value(ReportRow.PHONE));
        assertNull(fields.value(ReportRow.SECURITY_PROBLEMS));
        for (String phone : List.of("0551-62600001", "01012345678", "010-1234567-123", "13912345678")) {
            assertEquals(List.of(), SampleReports.manual(1).with(ReportRow.PHONE, phone).validate(), phone);
        }
    }

    @Test
    void onlyEnteredRowsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new ManualFields(Map.of(ReportRow.ARTICLES_TOTAL, "3")));
    }

    @Test
    void carryOverKeepsNamesFlagsAndAccountsAndClearsCounts() {
        ManualFields next = ManualFields.carryOver(SampleReports.manual(2));
        assertEquals("测试市人民政府办公室2", next.text(ReportRow.SPONSOR));
        assertEquals("@测试发布2", next.text(ReportRow.WEIBO_NAME));
        assertEquals("true", next.text(ReportRow.SECURITY_DRILLS));
        assertEquals("0551-62600002", next.text(ReportRow.PHONE));
        assertEquals("DEPARTMENT", next.text(ReportRow.SITE_TYPE));
        assertNull(next.text(ReportRow.WEIBO_POSTS));
        assertNull(next.text(ReportRow.REGISTERED_USERS));
        assertNull(next.text(ReportRow.SECURITY_ASSESSMENTS));
        assertNull(next.text(ReportRow.FILLED_ON));
        assertEquals(List.of(ReportRow.SECURITY_ASSESSMENTS, ReportRow.SECURITY_PROBLEMS, ReportRow.SECURITY_FIXED,
                ReportRow.FILLED_ON), next.validate().stream().map(Problem::row).toList());
    }

    @Test
    void theStoreSavesPerSiteAndYearAndStartsANewYearFromTheLast() throws IOException {
        ManualFieldsStore store = new ManualFieldsStore(temp.resolve("manual"));
        assertEquals(Map.of(), store.load("www.site1.gov.cn", 2026).values());
        store.save("www.site1.gov.cn", 2026, SampleReports.manual(1));
        assertTrue(Files.exists(temp.resolve("manual/www.site1.gov.cn-2026.json")));
        assertEquals(SampleReports.manual(1).values(), store.load("www.site1.gov.cn", 2026).values());
        assertEquals(ManualFields.carryOver(SampleReports.manual(1)).values(),
                store.load("www.site1.gov.cn", 2027).values());
        assertEquals(Map.of(), store.load("www.site2.gov.cn", 2027).values());
        Files.writeString(temp.resolve("manual/www.site3.gov.cn-2026.json"), "{\"ARTICLES_TOTAL\": \"3\"}");
        assertThrows(IOException.class, () -> store.load("www.site3.gov.cn", 2026));
        assertThrows(IllegalArgumentException.class, () -> store.file("../etc", 2026));
    }
}
