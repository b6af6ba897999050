package org.govsite.report.publish;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govsite.client.ArticlePage;
import org.govsite.client.PlatformClient;
import org.govsite.client.Versioned;
import org.govsite.report.ReportTexts;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.protocol.PageTime;

/**
 * Publishes a site's annual report through the signed API (docs/reports.md "From the platform and publishing"):
 * uploads the XLSX as an attachment by its SM3 digest, then creates the article {@code YYYY年政府网站工作年度报表} in
 * the site's annual-report column (the first, by position, whose name contains {@value #COLUMN_MARK}) linking it,
 * or, when that column already lists an article of that title, updates it: a re-run never duplicates the article.
 * Headless; needs a client logged in as a content editor. Client failures are
 * {@link org.govsite.client.ClientException}s.
 */
public final class ReportPublisher {
    /** The XLSX content type the attachment is stored with. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; //$NON-NLS-1$
    /** What the name of a site's annual-report column contains. */
    public static final String COLUMN_MARK = "年度报表"; //$NON-NLS-1$

    private static final String ARTICLES = "/api/v1/articles"; //$NON-NLS-1$
    private static final int PAGE = 500;

    private final PlatformClient client;
    private final ReportTexts text;

    /**
     * @param client logged in as a content editor
     * @param text the language of the errors
     */
    public ReportPublisher(PlatformClient client, ReportTexts text) {
        this.client = client;
        this.text = text;
    }

    /** @return the title of a year's report article, {@code 2026年政府网站工作年度报表} (the site's content: Chinese) */
    public static String title(int year) {
        return year + "年政府网站工作年度报表"; //$NON-NLS-1$
    }

    /**
     * Uploads {@code xlsx} and creates or updates the site's article of {@code year} so that it links this XLSX only.
     * An update keeps the article's publication time and its other columns.
     *
     * @throws NoReportColumnException when the site has no annual-report column
     */
    public Published publish(String siteId, int year, byte[] xlsx) {
        JsonNode site = client.get("/api/v1/sites/" + siteId); //$NON-NLS-1$
        String column = reportColumn(siteId, site.path("name").asText()); //$NON-NLS-1$
        String digest = client.putAttachment(xlsx, XLSX);
        String title = title(year);
        JsonNode existing = find(column, title);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title); //$NON-NLS-1$
        article.put("publishedAt", existing == null ? LocalDateTime.now(PageTime.ZONE).format(PageTime.MINUTES) //$NON-NLS-1$
                : existing.path("publishedAt").asText()); //$NON-NLS-1$
        article.put("source", site.path("name").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        article.put("body", "<p>" + title + "（附件：" + title + ".xlsx）</p>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        article.put("columns", columns(existing, column)); //$NON-NLS-1$
        article.put("attachments", List.of(digest)); //$NON-NLS-1$
        if (existing == null) {
            Versioned<JsonNode> created = client.post(ARTICLES, article);
            return new Published(created.value().path("id").asText(), created.version(), digest, true); //$NON-NLS-1$
        }
        String id = existing.path("id").asText(); //$NON-NLS-1$
        Versioned<JsonNode> updated = client.put(ARTICLES + "/" + id, article, existing.path("version").asLong()); //$NON-NLS-1$ //$NON-NLS-2$
        return new Published(id, updated.version(), digest, false);
    }

    private String reportColumn(String siteId, String siteName) {
        return client.columns(siteId).stream().filter(c -> c.path("name").asText().contains(COLUMN_MARK)) //$NON-NLS-1$
                .map(c -> c.path("id").asText()).findFirst() //$NON-NLS-1$
                .orElseThrow(() -> new NoReportColumnException(siteId,
                        text.get("Publish_noColumn", siteName, siteId, COLUMN_MARK))); //$NON-NLS-1$
    }

    /** @return the article of this title listed in the column, or null */
    private JsonNode find(String column, String title) {
        String after = ""; //$NON-NLS-1$
        ArticlePage page;
        do {
            page = client.articles(column, after, PAGE);
            for (JsonNode article : page.articles()) {
                if (title.equals(article.path("title").asText())) { //$NON-NLS-1$
                    return article;
                }
            }
            after = page.next(after);
        } while (page.more());
        return null;
    }

    private static List<String> columns(JsonNode existing, String column) {
        List<String> columns = new ArrayList<>();
        if (existing != null) {
            existing.path("columns").forEach(c -> columns.add(c.asText())); //$NON-NLS-1$
        }
        if (!columns.contains(column)) {
            columns.add(column);
        }
        return columns;
    }
}
