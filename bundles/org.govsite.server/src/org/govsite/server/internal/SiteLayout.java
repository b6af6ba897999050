package org.govsite.server.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.SiteContent.Column;

/**
 * The URL layout of a published site (docs/server.md, "Publishing"): {@code /} the home page, {@code /<segment>/.../}
 * a column's first list page and {@code index_<n>.html} its further pages, {@code <column>/<yyyyMM>/t<yyyyMMdd>_<id>.html}
 * an article under the column it is published in on that site, {@code /files/<sm3>.<ext>} an attachment, the topic area
 * (专题专栏, {@link #topicArea}) with a folder per topic.
 */
final class SiteLayout {
    static final String HOME = "/"; //$NON-NLS-1$
    static final String INDEX = "index.html"; //$NON-NLS-1$
    /** The folders the topic area may take, in order of preference: the Guide's 专题专栏 path first. */
    private static final List<String> TOPIC_AREAS = List.of("/ztzl/", "/zt/", "/zhuanti/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private SiteLayout() {
    }

    /**
     * @param columnFolders the folders of the site's columns
     * @return the folder of the topic area: the first of {@code /ztzl/}, {@code /zt/}, {@code /zhuanti/} (then
     *         {@code /zhuanti2/}, ...) that no column's folder is in, so that a column keeps its address
     */
    static String topicArea(Collection<String> columnFolders) {
        Stream<String> candidates = Stream.concat(TOPIC_AREAS.stream(),
                IntStream.iterate(2, n -> n + 1).mapToObj(n -> "/zhuanti" + n + "/")); //$NON-NLS-1$ //$NON-NLS-2$
        return candidates.filter(area -> columnFolders.stream().noneMatch(folder -> folder.startsWith(area))).findFirst()
                .orElseThrow();
    }

    /** @return the folder of the topic with {@code pathSegment} in the topic area {@code area} */
    static String topicFolder(String area, String pathSegment) {
        return area + pathSegment + "/"; //$NON-NLS-1$
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

    /** @return the published path of an attachment ({@link PublishedPaths#file}) */
    static String file(String digest, String contentType) {
        return PublishedPaths.file(digest, contentType);
    }

    /** @return the content type of a published file by its extension ({@link PublishedPaths#contentType}) */
    static String contentType(String fileName) {
        return PublishedPaths.contentType(fileName);
    }

    /** @return the file a published path is stored in, relative to the site's folder ({@code /} is the home page) */
    static String storedFile(String path) {
        String relative = path.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + INDEX : relative; //$NON-NLS-1$
    }
}
