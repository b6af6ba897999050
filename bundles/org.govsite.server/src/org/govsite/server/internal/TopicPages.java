package org.govsite.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govsite.model.ColumnCategory;
import org.govsite.model.guide.GuideRules;
import org.govsite.server.internal.SiteRenderer.PageSink;

/**
 * A site's topics (专题, DOMAIN.md "Columns": themed and time-limited, leaving the home page when archived and kept in a
 * topic area): the topic area (专题专栏: the current topics, newest first, then the archived ones marked 已归档 with
 * their day), a paginated list of each topic's articles, and the home page's section of the current topics marked to
 * be shown there. Rendered in the site's frame by its {@link SiteRenderer}; nothing when the site has no topics.
 */
final class TopicPages {
    private final SiteRenderer renderer;
    private final SiteContent content;
    private final String area;

    /** @param area the folder of the topic area ({@link SiteLayout#topicArea}) */
    TopicPages(SiteRenderer renderer, SiteContent content, String area) {
        this.renderer = renderer;
        this.content = content;
        this.area = area;
    }

    /**
     * Renders the topic area and every topic's list pages, leaving out the articles {@code leftOut} names and those
     * with no page anywhere.
     *
     * @return the number of pages rendered
     */
    int render(PageSink sink, Set<String> leftOut) throws IOException {
        if (content.topics().isEmpty()) {
            return 0;
        }
        sink.page(area, areaPage());
        int pages = 1;
        for (TopicJson topic : content.topics()) {
            List<ArticleJson> listed = content.topicArticles().getOrDefault(topic.id(), List.of()).stream()
                    .filter(a -> !leftOut.contains(a.id()) && !renderer.href(a).isEmpty()).toList();
            pages += SiteRenderer.listPages(sink, folder(topic), listed, (slice, page, count) -> topicPage(topic, slice, page, count));
        }
        return pages;
    }

    /** @return the home page's 专题专栏 section, empty when the site has no topics */
    String homeSection() {
        if (content.topics().isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        return "<section class=\"topics\"><h2>" + Html.escape(PageText.get("topics")) + "</h2>\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + list(content.topics().stream().filter(t -> t.onHomePage() && !t.archived()).toList())
                + "<p class=\"more\">" + SiteRenderer.link(area, PageText.get("moreTopics")) + "</p></section>\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the topic area: the current topics, then the archived ones with the day each was archived */
    private String areaPage() {
        String name = PageText.get("topics"); //$NON-NLS-1$
        StringBuilder main = new StringBuilder(SiteRenderer.breadcrumb(List.of(Map.entry(area, name))));
        main.append("<h1>").append(Html.escape(name)).append("</h1>\n<section class=\"current-topics\">\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append(list(content.topics().stream().filter(t -> !t.archived()).toList())).append("</section>\n"); //$NON-NLS-1$
        List<TopicJson> archived = content.topics().stream().filter(TopicJson::archived).toList();
        if (!archived.isEmpty()) {
            main.append("<section class=\"archived-topics\"><h2>").append(Html.escape(PageText.get("archivedTopics"))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</h2>\n").append(list(archived)).append("</section>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return renderer.page(name + " - " + content.site().name(), tags(name), main.toString()); //$NON-NLS-1$
    }

    private String topicPage(TopicJson topic, List<ArticleJson> slice, int page, int count) {
        StringBuilder main = new StringBuilder(SiteRenderer.breadcrumb(List.of(Map.entry(area, PageText.get("topics")), //$NON-NLS-1$
                Map.entry(folder(topic), topic.name()))));
        main.append("<h1>").append(Html.escape(topic.name())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (topic.archived()) {
            main.append("<div class=\"topic-archived\">").append(Html.escape(PageText.get("topicArchived"))) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(archivedOn(topic)).append("</div>\n"); //$NON-NLS-1$
        }
        main.append("<section class=\"articles\">\n").append(renderer.articleList(slice)) //$NON-NLS-1$
                .append(renderer.pager(folder(topic), page, count)).append("</section>\n"); //$NON-NLS-1$
        return renderer.page(topic.name() + " - " + content.site().name(), tags(topic.name()), main.toString()); //$NON-NLS-1$
    }

    /** @return the column tags of a topic page: its name, the Guide's name of topic columns as type */
    private static List<String[]> tags(String name) {
        return new ArrayList<>(List.of(SiteRenderer.tag("ColumnName", name), SiteRenderer.tag("ColumnDescription", null), //$NON-NLS-1$ //$NON-NLS-2$
                SiteRenderer.tag("ColumnKeywords", null), SiteRenderer.tag("ColumnType", //$NON-NLS-1$ //$NON-NLS-2$
                        GuideRules.standardName(ColumnCategory.TOPIC).orElseGet(() -> PageText.get("topics"))))); //$NON-NLS-1$
    }

    private String list(List<TopicJson> listed) {
        if (listed.isEmpty()) {
            return "<p class=\"empty\">" + Html.escape(PageText.get("noArticles")) + "</p>\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        StringBuilder list = new StringBuilder("<ul class=\"topic-list\">\n"); //$NON-NLS-1$
        listed.forEach(topic -> list.append("<li>").append(SiteRenderer.link(folder(topic), topic.name())) //$NON-NLS-1$
                .append(archivedOn(topic)).append("</li>\n")); //$NON-NLS-1$
        return list.append("</ul>\n").toString(); //$NON-NLS-1$
    }

    /** @return the topic's 已归档 mark with its day, empty for a current topic */
    private static String archivedOn(TopicJson topic) {
        if (!topic.archived()) {
            return ""; //$NON-NLS-1$
        }
        return " <span class=\"archived-on\">" + Html.escape(PageText.get("topicArchivedOn", //$NON-NLS-1$ //$NON-NLS-2$
                topic.archivedOn() == null ? "" : topic.archivedOn())) + "</span>"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String folder(TopicJson topic) {
        return SiteLayout.topicFolder(area, topic.pathSegment());
    }
}
