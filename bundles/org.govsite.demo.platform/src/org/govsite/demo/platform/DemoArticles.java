package org.govsite.demo.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.govsite.client.ArticleBatchItem;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.protocol.PageTime;

/**
 * The articles of the demo platform's resource library: for each site, {@value #PER_COLUMN} articles in each of its
 * first columns (without sub-columns) of the news, policy, interpretation and open-government categories, dated over
 * the last weeks in Beijing time, so that the published sites have lists and article pages and their columns are
 * fresh; the news articles of a site with current topics are listed in them too, in turn, so that its topic pages have
 * articles. Generated from a seed: the same platform and clock give the same articles.
 */
final class DemoArticles {

    static final int PER_COLUMN = 3;
    private static final int MAX_COLUMNS_PER_CATEGORY = 1;
    private static final String[] SUBJECTS = { "优化营商环境", "安全生产", "乡村振兴", "政务公开", "数字政府建设", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "生态环境保护", "城市更新", "就业促进" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Map<ColumnCategory, String[]> TITLES = new EnumMap<>(Map.of(
            ColumnCategory.NEWS, new String[] { "{0}召开{1}工作推进会", "{0}开展{1}专项检查", "{0}部署{1}重点工作" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ColumnCategory.POLICY, new String[] { "关于做好{1}工作的通知", "{0}关于印发《{1}实施方案》的通知" }, //$NON-NLS-1$ //$NON-NLS-2$
            ColumnCategory.INTERPRETATION, new String[] { "《{1}实施方案》政策解读", "图解：{0}{1}工作要点" }, //$NON-NLS-1$ //$NON-NLS-2$
            ColumnCategory.OPEN_GOVERNMENT, new String[] { "{0}{1}信息公开", "{0}{1}工作情况通报" })); //$NON-NLS-1$ //$NON-NLS-2$

    private DemoArticles() {
    }

    /** @return the articles of every site of {@code platform}, keyed for the batch create (a re-run creates none twice) */
    static List<ArticleBatchItem> of(Platform platform, Clock clock, long seed) {
        Random random = new Random(seed);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PageTime.ZONE));
        List<ArticleBatchItem> articles = new ArrayList<>();
        for (Site site : platform.getSites()) {
            String source = site.getHost() == null ? site.getName() : site.getHost().getName();
            List<Topic> topics = site.getTopics().stream().filter(topic -> !topic.isArchived()).toList();
            int n = 0;
            for (Column column : columns(site)) {
                String[] titles = TITLES.get(column.getCategory());
                for (int i = 0; i < PER_COLUMN; i++) {
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    String title = titles[i % titles.length].replace("{0}", source).replace("{1}", subject); //$NON-NLS-1$ //$NON-NLS-2$
                    LocalDateTime published = now.minusDays(n * 2L + random.nextInt(2)).minusMinutes(random.nextInt(600));
                    Map<String, Object> article = article(title, source, subject, published, column);
                    if (column.getCategory() == ColumnCategory.NEWS && !topics.isEmpty()) {
                        article.put("topics", List.of(topics.get(i % topics.size()).getId())); //$NON-NLS-1$
                    }
                    articles.add(new ArticleBatchItem("demo-" + site.getId() + '-' + n, article)); //$NON-NLS-1$
                    n++;
                }
            }
        }
        return articles;
    }

    /** The site's first column without sub-columns of each category that has titles, in tree order. */
    static List<Column> columns(Site site) {
        Map<ColumnCategory, Integer> taken = new EnumMap<>(ColumnCategory.class);
        return site.getColumns().stream().flatMap(DemoArticles::leaves)
                .filter(column -> TITLES.containsKey(column.getCategory()))
                .filter(column -> taken.merge(column.getCategory(), 1, Integer::sum) <= MAX_COLUMNS_PER_CATEGORY)
                .toList();
    }

    private static Stream<Column> leaves(Column column) {
        return column.getChildren().isEmpty() ? Stream.of(column)
                : column.getChildren().stream().flatMap(DemoArticles::leaves);
    }

    private static Map<String, Object> article(String title, String source, String subject, LocalDateTime published,
            Column column) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title); //$NON-NLS-1$
        article.put("publishedAt", PageTime.MINUTES.format(published)); //$NON-NLS-1$
        article.put("source", source); //$NON-NLS-1$
        article.put("author", "办公室"); //$NON-NLS-1$ //$NON-NLS-2$
        article.put("keywords", subject); //$NON-NLS-1$
        article.put("description", title); //$NON-NLS-1$
        article.put("body", "<p>" + source + "围绕" + subject + "工作，研究部署下一阶段重点任务，要求各有关单位" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + "压实责任、细化措施，确保各项工作落到实处。</p><p>会议强调，要坚持以人民为中心的发展思想，" //$NON-NLS-1$
                + "加强统筹协调，及时公开工作进展，主动回应社会关切。</p>"); //$NON-NLS-1$
        article.put("columns", List.of(column.getId())); //$NON-NLS-1$
        if (column.getCategory() == ColumnCategory.INTERPRETATION) {
            article.put("kind", "INTERPRETATION_MATERIAL"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return article;
    }
}
