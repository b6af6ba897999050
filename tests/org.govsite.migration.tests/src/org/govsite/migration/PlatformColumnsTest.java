package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.eclipse.osgi.util.NLS;
import org.govsite.migration.load.PlatformColumns;
import org.govsite.migration.mapping.Mapping;
import org.govsite.migration.mapping.MappingCsv;
import org.govsite.migration.mapping.MappingCsv.MappingCsvException;
import org.govsite.migration.mapping.MappingRule;
import org.govsite.migration.mapping.Outcome;
import org.govsite.migration.mapping.UrlPattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapping's columns resolved against a real platform's columns on loopback (ids, segment paths, name paths,
 * unknown and ambiguous ones with their lines), and the published address of an article in a nested column equal to
 * the page the platform publishes.
 */
class PlatformColumnsTest {
    private static final URI NEW = URI.create("https://new.gov.cn/");

    @TempDir
    Path temp;

    @Test
    void columnsByIdSegmentPathOrNamePathAndTheLinesOfUnknownOnes() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk", "news"))) {
            platform.editor.put("/api/v1/sites/new-portal/columns/xxgk", Map.of("name", "信息公开", "pathSegment", "xxgk",
                    "category", "OTHER", "updatePeriodDays", 30), 1);
            child(platform, "tzgg-col", "tzgg", "通知公告");
            child(platform, "notice-2", "tzgg2", "通知");
            child(platform, "notice-3", "tzgg3", "通知");
            PlatformColumns columns = PlatformColumns.read(platform.editor);

            assertEquals("news", columns.columnId("news", NEW));
            assertEquals("tzgg-col", columns.columnId("xxgk/tzgg", NEW));
            assertEquals("tzgg-col", columns.columnId("/xxgk/tzgg/", NEW));
            assertEquals("tzgg-col", columns.columnId("信息公开/通知公告", NEW));
            assertEquals("xxgk", columns.columnId("信息公开", NEW));
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> columns.columnId("xxgk/none", NEW));
            assertEquals(NLS.bind(Messages.ColumnUnknown, "xxgk/none", "new-portal"), unknown.getMessage());
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                    () -> columns.columnId("信息公开/通知", NEW));
            assertEquals(NLS.bind(Messages.ColumnAmbiguous, new Object[] { "信息公开/通知", "new-portal", "notice-2, notice-3" }),
                    twice.getMessage());
            assertEquals("tzgg-col", columns.columnId("xxgk/tzgg", URI.create("https://other.gov.cn/")),
                    "no site of that host: looked up in every site");

            Mapping mapping = new Mapping(List.of(rule("/a/*", "xxgk/tzgg"), rule("/b/*", "xxgk/none"),
                    new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, "/old/*"), Outcome.ARCHIVE, "", "http://archive/"),
                    rule("/c/*", "信息公开/通知")));
            MappingCsvException bad = assertThrows(MappingCsvException.class,
                    () -> MappingCsv.resolve(mapping, ref -> columns.columnId(ref, NEW), columns::topicId));
            assertEquals(List.of(3, 5), bad.problems().stream().map(LineProblem::line).toList(), "rules 2 and 4, after the header");
            Mapping good = MappingCsv.resolve(new Mapping(List.of(rule("/a/*", "xxgk/tzgg"), rule("/n/*", "news"))),
                    ref -> columns.columnId(ref, NEW), columns::topicId);
            assertEquals(List.of("tzgg-col", "news"), good.rules().stream().map(MappingRule::column).toList());
        }
    }

    @Test
    void topicsByIdOrNameOfAnySiteAndTheLinesOfUnknownAndAmbiguousOnes() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("news"))) {
            platform.editor.post("/api/v1/sites/new-portal/topics", Map.of("id", "yshj", "name", "优化营商环境",
                    "pathSegment", "yshj"));
            platform.editor.post("/api/v1/sites/new-portal/topics", Map.of("id", "lh-2019", "name", "全国两会",
                    "pathSegment", "lh2019"));
            platform.editor.post("/api/v1/sites/new-portal/topics", Map.of("id", "lh-2020", "name", "全国两会",
                    "pathSegment", "lh2020"));
            PlatformColumns platformColumns = PlatformColumns.read(platform.editor);

            assertEquals("yshj", platformColumns.topicId("yshj"));
            assertEquals("yshj", platformColumns.topicId("优化营商环境"));
            assertEquals(NLS.bind(Messages.TopicUnknown, "扫黑除恶"),
                    assertThrows(IllegalArgumentException.class, () -> platformColumns.topicId("扫黑除恶")).getMessage());
            assertEquals(NLS.bind(Messages.TopicAmbiguous, "全国两会", "lh-2019, lh-2020"),
                    assertThrows(IllegalArgumentException.class, () -> platformColumns.topicId("全国两会")).getMessage());

            UrlPattern zt = new UrlPattern(UrlPattern.Syntax.GLOB, "/zt/*");
            Mapping mapping = new Mapping(List.of(new MappingRule(zt, Outcome.REDIRECT, "news", "/{name}.html",
                    List.of("优化营商环境", "lh-2020")), new MappingRule(zt, Outcome.REDIRECT, "news", "/{name}.html",
                    List.of("全国两会"))));
            MappingCsvException bad = assertThrows(MappingCsvException.class,
                    () -> MappingCsv.resolve(mapping, ref -> platformColumns.columnId(ref, NEW), platformColumns::topicId));
            assertEquals(List.of(3), bad.problems().stream().map(LineProblem::line).toList(), "the second rule");
            Mapping good = MappingCsv.resolve(new Mapping(mapping.rules().subList(0, 1)),
                    ref -> platformColumns.columnId(ref, NEW), platformColumns::topicId);
            assertEquals(List.of("yshj", "lh-2020"), good.rules().get(0).topics());
        }
    }

    @Test
    void theAddressOfAnArticleInANestedColumnIsThePageThePlatformPublishes() throws Exception {
        try (ImportPlatform platform = new ImportPlatform(temp.resolve("server"), List.of("xxgk"))) {
            child(platform, "tzgg-col", "tzgg", "通知公告");
            platform.editor.post("/api/v1/articles", Map.of("id", "a1", "title", "关于开展检查的通知", "publishedAt",
                    "2026-05-18 09:30", "source", "市政府办公室", "body", "<p>正文</p>", "columns", List.of("tzgg-col")));
            platform.publish();
            URI address = PlatformColumns.read(platform.editor).articleAddress("tzgg-col", "2026-05-18 09:30", "a1").orElseThrow();
            assertEquals(URI.create("https://new.gov.cn/xxgk/tzgg/202605/t20260518_a1.html"), address);
            try (CloseableHttpClient http = HttpClients.createDefault()) {
                HttpGet get = new HttpGet(platform.server.uri().resolve(address.getRawPath()));
                get.setHeader("Host", address.getHost());
                String page = http.execute(get, response -> {
                    assertEquals(200, response.getCode());
                    return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                });
                assertEquals(address.toString(), Jsoup.parse(page).select("meta[name=Url]").attr("content"));
                assertTrue(page.contains("关于开展检查的通知"));
            }
        }
    }

    private static MappingRule rule(String pattern, String column) {
        return new MappingRule(new UrlPattern(UrlPattern.Syntax.GLOB, pattern), Outcome.REDIRECT, column, "http://new.gov.cn/{name}");
    }

    private static void child(ImportPlatform platform, String id, String segment, String name) {
        platform.editor.post("/api/v1/sites/new-portal/columns", Map.of("id", id, "parent", "xxgk", "name", name,
                "pathSegment", segment, "category", "OTHER", "updatePeriodDays", 30));
    }
}
