package org.govsite.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.govsite.report.SiteStatistics.Articles;
import org.govsite.report.SiteStatistics.Cases;
import org.govsite.report.SiteStatistics.Interpretations;
import org.govsite.report.SiteStatistics.Interviews;
import org.govsite.report.SiteStatistics.Messages;
import org.govsite.report.SiteStatistics.Services;
import org.govsite.report.SiteStatistics.Solicitations;
import org.govsite.report.SiteStatistics.Topics;

/** A generated platform's statistics and manual fields with known, consistent values per site number. */
public final class SampleReports {
    public static final int YEAR = 2026;

    private SampleReports() {
    }

    /** @return the host of site i */
    public static String host(int i) {
        return "www.site" + i + ".gov.cn";
    }

    /** @return site i's statistics: every count derived from i, parts within their wholes */
    public static SiteStatistics site(int i) {
        long overview = 10 + i;
        long news = 200 + 3 * i;
        long catalogue = 50 + 2 * i;
        return new SiteStatistics("id-" + i, "测试网站" + i, host(i), String.format("34010000%02d", i),
                new Articles(overview + news + catalogue + 7, overview, news, catalogue), new Topics(5 + i, 2),
                new Interpretations(12 + i, 6, 4, 2 + i), 3 + i, new Services(i % 2 == 0, 0, 80 + i, 60 + i,
                        new Cases(1000 + i, 700, 300 + i)),
                new Messages(40 + i, 38 + i, 2.5 + i / 10.0, 30), new Solicitations(4, 90 + i, 3),
                new Interviews(2, 25 + i, 20));
    }

    /** @return the statistics of sites 1..count as the server's JSON would give them, read back through the parser */
    public static Statistics statistics(int count) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new Statistics(YEAR, IntStream.rangeClosed(1, count).mapToObj(SampleReports::site).toList()).write(json);
        return Statistics.read(new ByteArrayInputStream(json.toByteArray()));
    }

    /** @return site i's manual fields: every required row filled and valid, accounts, the registered users entered */
    public static ManualFields manual(int i) {
        Map<ReportRow, String> values = new EnumMap<>(ReportRow.class);
        values.put(ReportRow.SPONSOR, "测试市人民政府办公室" + i);
        values.put(ReportRow.SITE_TYPE, i == 1 ? "PORTAL" : "DEPARTMENT");
        values.put(ReportRow.ICP_NUMBER, "皖ICP备0500" + i + "号");
        values.put(ReportRow.POLICE_NUMBER, "皖公网安备 3401020200" + i + "号");
        values.put(ReportRow.REGISTERED_USERS, Integer.toString(5000 + i));
        values.put(ReportRow.UNIFIED_PLATFORM, "true");
        values.put(ReportRow.SMART_QA, "false");
        values.put(ReportRow.SECURITY_ASSESSMENTS, "4");
        values.put(ReportRow.SECURITY_PROBLEMS, Integer.toString(6 + i));
        values.put(ReportRow.SECURITY_FIXED, "6");
        values.put(ReportRow.SECURITY_MONITORING, "true");
        values.put(ReportRow.SECURITY_DRILLS, "true");
        values.put(ReportRow.SECURITY_OFFICER, "true");
        values.put(ReportRow.NEW_MEDIA, "true");
        values.put(ReportRow.WEIBO_NAME, "@测试发布" + i);
        values.put(ReportRow.WEIBO_POSTS, "1200");
        values.put(ReportRow.WEIBO_FOLLOWERS, "34000");
        values.put(ReportRow.WECHAT_NAME, "测试发布" + i);
        values.put(ReportRow.WECHAT_POSTS, "800");
        values.put(ReportRow.WECHAT_SUBSCRIBERS, "56000");
        values.put(ReportRow.SEARCH_SERVICE, "true");
        values.put(ReportRow.MULTILINGUAL, "false");
        values.put(ReportRow.ACCESSIBILITY, "true");
        values.put(ReportRow.PERSONALISED, "false");
        values.put(ReportRow.HEAD, "张三");
        values.put(ReportRow.REVIEWER, "李四");
        values.put(ReportRow.FILLER, "王五");
        values.put(ReportRow.PHONE, "0551-6260000" + i);
        values.put(ReportRow.FILLED_ON, "2027-01-15");
        return new ManualFields(values);
    }

    /** @return the reports of sites 1..count with these visits per site number (unique = 100 i, total = 1000 i) */
    public static List<AnnualReport> reports(int count) throws IOException {
        return statistics(count).sites().stream().map(site -> {
            int i = Integer.parseInt(site.siteId().substring(3));
            return new AnnualReport(YEAR, site, new Visits(100L * i, 1000L * i), manual(i));
        }).toList();
    }
}
