package org.govsite.server.internal;

import java.util.Locale;
import java.util.Map;

import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.SiteContent.Column;

/**
 * The URL layout of a published site (docs/server.md, "Publishing"): {@code /} the home page, {@code /<segment>/.../}
 * a column's first list page and {@code index_<n>.html} its further pages, {@code <column>/<yyyyMM>/t<yyyyMMdd>_<id>.html}
 * an article under the column it is published in on that site, {@code /files/<sm3>.<ext>} an attachment.
 */
final class SiteLayout {
    static final String HOME = "/"; //$NON-NLS-1$
    static final String INDEX = "index.html"; //$NON-NLS-1$
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", "pdf"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("image/webp", "webp"), Map.entry("image/svg+xml", "svg"), Map.entry("text/plain", "txt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("application/msword", "doc"), Map.entry("application/vnd.ms-excel", "xls"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("application/zip", "zip"), Map.entry("application/ofd", "ofd")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private SiteLayout() {
    }

    /** @return the column's folder, {@code /a/b/} ({@link PublishedPaths#columnFolder}) */
    static String columnFolder(Column column, Map<String, Column> columns) {
        return PublishedPaths.columnFolder(column, columns);
    }

    /** @return page {@code page} (from 1) of a column's list: the folder itself, then {@code index_<n>.html} */
    static String columnPage(String folder, int page) {
        return page == 1 ? folder : folder + "index_" + page + ".html"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the page of {@code article} under the column folder {@code folder} */
    static String articlePage(String folder, ArticleJson article) {
        return PublishedPaths.articlePage(folder, article.publicationTime(), article.id());
    }

    /** @return the published path of an attachment: {@code /files/<digest>.<ext>}, the extension from its type */
    static String file(String digest, String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return "/files/" + digest + "." + EXTENSIONS.getOrDefault(type, "bin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the content type of a published file by its extension: HTML pages, attachments by their type */
    static String contentType(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("html")) { //$NON-NLS-1$
            return "text/html; charset=utf-8"; //$NON-NLS-1$
        }
        return EXTENSIONS.entrySet().stream().filter(e -> e.getValue().equals(extension)).map(Map.Entry::getKey).findFirst()
                .orElse("application/octet-stream"); //$NON-NLS-1$
    }

    /** @return the file a published path is stored in, relative to the site's folder ({@code /} is the home page) */
    static String storedFile(String path) {
        String relative = path.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + INDEX : relative; //$NON-NLS-1$
    }
}
