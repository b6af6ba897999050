package org.govsite.benchmarks.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the sync benchmarks share: {@link #COUNT} article records as the change feed answers them (Contract 1
 * article JSON: title, publication time, source, author, keywords, description, image, HTML body, column links,
 * attachments; about 900 bytes of UTF-8 each, mostly Chinese), either as pre-built feed pages or as rows.
 * {@code -Dgovsite.bench.articles=N} changes the count (default 1,000,000).
 */
final class ArticleFeed {

    static final int COUNT = Integer.getInteger("govsite.bench.articles", 1_000_000);
    static final int PAGE = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SOURCES = { "省人民政府办公厅", "省发展和改革委员会", "省教育厅", "省财政厅", "省生态环境厅" };
    private static final String[] TOPICS = { "关于做好2026年度政务公开工作的通知", "全省优化营商环境推进会召开",
            "省政府常务会议研究部署近期重点工作", "关于公布第三批省级数字政府示范项目的公告", "政府信息公开工作年度报告" };

    /** One row: the article's id, version and JSON text. */
    record Row(String id, long version, String json) {
    }

    private ArticleFeed() {
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "art-%08d", index);
    }

    /** The JSON text of article {@code index}, as the server's GET answers it (field order included). */
    static String json(int index) {
        int pick = index % TOPICS.length;
        ObjectNode article = JSON.createObjectNode();
        article.put("id", id(index));
        article.put("title", TOPICS[pick] + "（第" + index + "号）");
        article.put("subtitle", "");
        article.put("publishedAt", String.format(Locale.ROOT, "2026-%02d-%02d %02d:%02d", 1 + index % 12,
                1 + index % 28, 8 + index % 10, index % 60));
        article.put("source", SOURCES[index % SOURCES.length]);
        article.put("author", "办公室");
        article.put("keywords", "政务公开,通知公告,营商环境");
        article.put("description", TOPICS[pick] + "。各市、县人民政府，省政府各部门、各直属机构：现将有关事项通知如下。");
        article.putNull("image");
        article.put("body", "<p>各市、县人民政府，省政府各部门、各直属机构：</p><p>" + TOPICS[pick]
                + "，请结合实际认真贯彻落实。一、总体要求。坚持以人民为中心，推进政务公开标准化规范化。二、重点任务。"
                + "加强政策解读，做好信息发布，回应社会关切。</p><p>附件：" + index + "号材料</p>");
        article.putArray("columns").add("col-" + (index % 5000)).add("col-" + (index % 97));
        article.putArray("attachments");
        article.put("version", 1);
        return article.toString();
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            rows.add(new Row(id(i), 1, json(i)));
        }
        return rows;
    }

    /** The feed's answers to {@code GET /api/v1/changes?after=<k * PAGE>&limit=PAGE}, as UTF-8 bytes. */
    static List<byte[]> pages() {
        List<byte[]> pages = new ArrayList<>(COUNT / PAGE + 1);
        for (int first = 0; first < COUNT; first += PAGE) {
            int last = Math.min(first + PAGE, COUNT);
            StringBuilder page = new StringBuilder("{\"changes\":[");
            for (int i = first; i < last; i++) {
                page.append(i == first ? "" : ",").append("{\"seq\":").append(i + 1)
                        .append(",\"entity\":\"article\",\"id\":\"").append(id(i))
                        .append("\",\"version\":1,\"op\":\"upsert\",\"data\":").append(json(i)).append('}');
            }
            page.append("],\"cursor\":").append(last).append(",\"more\":").append(last < COUNT).append('}');
            pages.add(page.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    static Path newFolder() throws IOException {
        return Files.createTempDirectory("govsite-bench-sync");
    }

    static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
