package org.govsite.benchmarks.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.benchmarks.BenchPlatform;
import org.govsite.client.ArticleBatchItem;
import org.govsite.client.ArticleBatchResult;
import org.govsite.client.PlatformClient;

/**
 * The platform of the publishing benchmarks, shared by them and kept until the JVM exits: a {@link BenchPlatform}, one
 * portal with {@value #COLUMNS} columns and {@value #ARTICLES_PROPERTY} articles (default 20,000; about 12 KB of HTML
 * each), written through the batch API by a content editor, and a content reviewer's client that publishes.
 */
final class PublishFixture {
    static final String ARTICLES_PROPERTY = "govsite.bench.publish.articles";
    static final String SITE = "bench-portal";
    private static final int COLUMNS = 20;
    private static final int PARAGRAPHS = 40;
    private static PublishFixture shared;

    final int articles = Integer.getInteger(ARTICLES_PROPERTY, 20_000);
    final PlatformClient editor;
    final PlatformClient reviewer;
    private final BenchPlatform platform;

    private PublishFixture() throws Exception {
        platform = new BenchPlatform("govsite-bench-publish");
        editor = platform.operator("zhang.wei", "content-editor", 1, Duration.ofMinutes(10));
        reviewer = platform.operator("li.na", "content-reviewer", 1, Duration.ofMinutes(10));
        editor.post("/api/v1/organisations", Map.of("id", "bench", "name", "某省人民政府", "kind", "GOVERNMENT"));
        editor.post("/api/v1/sites", Map.of("id", SITE, "name", "某省人民政府门户网站", "kind", "PORTAL", "level",
                "PROVINCE", "host", "bench", "mainDomain", "www.bench.gov.cn", "aliases", List.of(), "idCode", "3300000001",
                "status", "RUNNING"));
        for (int i = 0; i < COLUMNS; i++) {
            editor.post("/api/v1/sites/" + SITE + "/columns", Map.of("id", column(i), "name", "栏目" + i, "pathSegment",
                    "lm" + i, "category", "NEWS", "updatePeriodDays", 14, "position", i));
        }
        List<ArticleBatchItem> batch = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            batch.add(new ArticleBatchItem(null, article(i, "文章第" + i + "号")));
            if (batch.size() == 500 || i == articles - 1) {
                for (ArticleBatchResult result : editor.createArticles(batch)) {
                    if (!result.isCreated()) {
                        throw result.refusal();
                    }
                }
                batch.clear();
            }
        }
    }

    /** @return article {@code i} as the API takes it, titled {@code title} */
    static Map<String, Object> article(int i, String title) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "a" + i);
        article.put("title", title);
        article.put("publishedAt", String.format("20%02d-%02d-%02d %02d:%02d", 10 + i % 17, 1 + i % 12, 1 + i % 28, i % 24, i % 60));
        article.put("source", "某省人民政府办公厅");
        article.put("body", body(i));
        article.put("columns", List.of(column(i % COLUMNS)));
        return article;
    }

    /**
     * @return a body as editors paste them from word processors: {@value #PARAGRAPHS} paragraphs with inline styles
     *         (about 12 KB of HTML), a link inside the site and one to a non-government site
     */
    private static String body(int i) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            body.append("<p style=\"text-indent:2em;line-height:1.75\"><span style=\"font-family:仿宋_GB2312;font-size:16pt\">")
                    .append("为深入贯彻落实党中央、国务院关于加强政府网站建设管理的决策部署，进一步提升政府网站集约化水平，现将第").append(i)
                    .append("号有关事项通知如下。</span></p>");
        }
        return body.append("<p><a href=\"/lm1/\">相关栏目</a> <a href=\"http://www.example.com/a").append(i)
                .append("\">外部链接</a></p>").toString();
    }

    private static String column(int i) {
        return "c" + i;
    }

    /** @return the folder of the site's published generations */
    Path siteFolder() {
        return platform.folder().resolve("published").resolve(SITE);
    }

    /** @return the fixture, made by the first caller and closed when the JVM exits */
    static synchronized PublishFixture get() throws Exception {
        if (shared == null) {
            shared = new PublishFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private void close() {
        editor.close();
        reviewer.close();
        try {
            platform.close();
        } catch (Exception e) {
            System.err.println("publish fixture: " + e);
        }
    }
}
