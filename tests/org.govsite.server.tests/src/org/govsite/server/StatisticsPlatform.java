package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A platform of varied articles and messages written through the API (the server's code path), for comparing the
 * statistics' counts with the old aggregates: three sites with columns of every counted category and one not counted;
 * articles over four years, many at the years' edges (1 January 00:00, 31 December 23:59 Beijing time), of each kind
 * and none, in one to three columns of one or several sites; then edits moving articles between years, columns and
 * kinds, deletions, columns changing category, deleted and created again under the same id (their links count again);
 * messages received on both sides of the years' edges, closed in the same or the next year or not at all, public or
 * not, then closed, moved and deleted.
 */
final class StatisticsPlatform {
    static final List<String> SITES = List.of("a", "b", "c");
    private static final List<String> CATEGORIES = List.of("OVERVIEW", "ORGANISATION", "LEADERS", "NEWS",
            "OPEN_GOVERNMENT", "POLICY");
    private static final List<String> KINDS = List.of("INTERPRETATION_MATERIAL", "INTERPRETATION_PRODUCT",
            "MEDIA_COMMENT", "HOTSPOT_RESPONSE");

    private final Content content;
    private final int year;
    private final Random random;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Long> versions = new LinkedHashMap<>();

    /** @param year the middle year: records fall from {@code year - 2} to {@code year + 1} */
    StatisticsPlatform(Content content, int year, long seed) {
        this.content = content;
        this.year = year;
        this.random = new Random(seed);
    }

    /** Writes the platform: sites, columns, {@code articles} articles and {@code messages} messages with their edits. */
    void write(int articles, int messages) {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        for (String site : SITES) {
            content.create("/api/v1/sites", Content.site(site, "hz", "www." + site + ".gov.cn"));
            for (String category : CATEGORIES) {
                column(site, category, category);
            }
        }
        for (int i = 0; i < articles; i++) {
            article("n" + i, true);
        }
        for (int i = 0; i < articles / 3; i++) {
            article("n" + random.nextInt(articles), false);
        }
        for (int i = 0; i < articles / 8; i++) {
            delete("/api/v1/articles/", "n" + random.nextInt(articles));
        }
        changeCategory("a", "POLICY", "NEWS");
        changeCategory("b", "NEWS", "OVERVIEW");
        changeCategory("c", "OPEN_GOVERNMENT", "POLICY");
        delete("/api/v1/sites/c/columns/", "c-LEADERS");
        delete("/api/v1/sites/b/columns/", "b-ORGANISATION");
        column("c", "LEADERS", "NEWS");
        for (int i = 0; i < articles / 4; i++) {
            article("m" + i, true);
            article("n" + random.nextInt(articles), false);
        }
        for (int i = 0; i < messages; i++) {
            message("q" + i, true);
        }
        for (int i = 0; i < messages / 3; i++) {
            message("q" + random.nextInt(messages), false);
        }
        for (int i = 0; i < messages / 8; i++) {
            String id = "q" + random.nextInt(messages);
            delete("/api/v1/sites/" + site(id) + "/messages/", id);
        }
    }

    private void column(String site, String id, String category) {
        Map<String, Object> column = Content.with(Content.column(site + '-' + id, null, id.toLowerCase()), "category", category);
        content.create("/api/v1/sites/" + site + "/columns", column);
        if (!columns.contains(site + '-' + id)) {
            columns.add(site + '-' + id);
        }
        versions.put(site + '-' + id, 1L);
    }

    private void changeCategory(String site, String id, String category) {
        String column = site + '-' + id;
        put("/api/v1/sites/" + site + "/columns/", column,
                Content.with(Content.column(column, null, id.toLowerCase()), "category", category));
    }

    /** Creates the article, or replaces it with new random fields if it exists ({@code create} false). */
    private void article(String id, boolean create) {
        List<String> in = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); in.size() < n;) {
            String column = columns.get(random.nextInt(columns.size()));
            if (!in.contains(column) && versions.containsKey(column)) {
                in.add(column);
            }
        }
        Map<String, Object> extra = new HashMap<>(Map.of("publishedAt", time()));
        extra.put("kind", random.nextBoolean() ? null : KINDS.get(random.nextInt(KINDS.size())));
        Map<String, Object> article = Library.article(id, "文章 " + id, in, extra);
        if (create) {
            content.create("/api/v1/articles", article);
            versions.put(id, 1L);
        } else {
            put("/api/v1/articles/", id, article);
        }
    }

    private void message(String id, boolean create) {
        String received = time();
        Map<String, Object> message = new HashMap<>(Map.of("id", id, "title", "留言 " + id, "receivedAt", received));
        int state = random.nextInt(4);
        String later = later(received);
        message.put("closedAt", state == 0 ? null : later);
        message.put("answeredAt", state < 2 ? null : later);
        message.put("publicAnswer", state == 3 || (state == 2 && random.nextBoolean()));
        if (create) {
            content.create("/api/v1/sites/" + site(id) + "/messages", message);
            versions.put(id, 1L);
        } else {
            put("/api/v1/sites/" + site(id) + "/messages/", id, message);
        }
    }

    /** Messages go to sites a and b by their number. */
    private static String site(String message) {
        return Integer.parseInt(message.substring(1)) % 2 == 0 ? "a" : "b";
    }

    /** @return a time from {@code year - 2} to {@code year + 1}, one in three at a year's first or last minute */
    private String time() {
        int y = year - 2 + random.nextInt(4);
        return switch (random.nextInt(6)) {
            case 0 -> y + "-01-01 00:00";
            case 1 -> y + "-12-31 23:59";
            default -> String.format("%04d-%02d-%02d %02d:%02d", y, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60));
        };
    }

    /** @return {@code time} plus up to ten days (into the next year from late December), in minutes */
    private String later(String time) {
        java.time.LocalDateTime start = java.time.LocalDateTime.parse(time.replace(' ', 'T'));
        return start.plusMinutes(random.nextInt(10 * 24 * 60)).toString().replace('T', ' ').substring(0, 16);
    }

    private void put(String path, String id, Map<String, Object> body) {
        Long version = versions.get(id);
        if (version == null) {
            return; // deleted before
        }
        ApiClient.Reply reply = content.put(path + id, body, version);
        assertEquals(200, reply.status(), reply::text);
        versions.put(id, version + 1);
    }

    private void delete(String path, String id) {
        Long version = versions.remove(id);
        if (version != null) {
            ApiClient.Reply reply = content.delete(path + id, version);
            assertEquals(200, reply.status(), reply::text);
        }
    }
}
