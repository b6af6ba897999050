package org.govsite.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.internal.PublishedSites.Generation;
import org.govsite.server.internal.SiteRenderer.PageFrame;

/**
 * Publishes a site: renders its pages into a temporary folder (the site, its columns and the listing of its articles
 * read at once, the articles' bodies a part at a time), taking over each page and file that is the same as in the
 * generation served before ({@link GenerationWriter}), copies the attachments they show, moves the folder into place
 * as a new generation and switches the site's host names to it in one transaction (holding the site row's lock, so
 * publishing a site twice at once serialises). Requests keep being served from the
 * old generation until the switch commits. Then, under the site lock again but outside the operation log's, the
 * generations other than the served one and the one before are deleted.
 */
final class SitePublisher {
    /**
     * What a publish did.
     *
     * @param rendered of the pages, those rendered anew (the others were the same in the generation served before)
     */
    record Result(String siteId, String generation, int pages, int rendered, List<String> hosts) {
    }

    /** Records a publish inside its switching transaction (operation log and the like). */
    @FunctionalInterface
    interface Recorder {
        void record(Connection connection, String generation, int pages, int rendered) throws SQLException;
    }

    private static final String TEMPORARY = ".tmp-"; //$NON-NLS-1$
    private static final int BODIES_AT_ONCE = 200;

    private final AttachmentStore attachments;
    private final PublishedSites published;
    private final String prefix;

    /** @param prefix how absolute addresses on the pages start: the server's public scheme and {@code ://} */
    SitePublisher(AttachmentStore attachments, PublishedSites published, String prefix) {
        this.attachments = attachments;
        this.published = published;
        this.prefix = prefix;
    }

    /**
     * @param recorder runs inside the switching transaction
     * @throws ProtocolException {@link ErrorCode#REQ_NOT_FOUND} for an unknown site, {@link ErrorCode#REQ_INVALID_FIELD}
     *         for a site without a domain or with a domain another site is published under
     */
    Result publish(Database database, String siteId, long now, Recorder recorder) throws SQLException {
        SiteContent content = database.transaction(connection -> SiteContentReader.read(connection, siteId, prefix))
                .orElseThrow(() -> new ProtocolException(ErrorCode.REQ_NOT_FOUND, "no site " + siteId)); //$NON-NLS-1$
        List<String> hosts = PublishedSites.hostsOf(content.site());
        if (hosts.isEmpty()) {
            throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "site " + siteId + " has no domain to publish under"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path siteFolder = published.siteFolder(siteId);
        Path served = database.transaction(connection -> PublishedSites.find(connection, siteId))
                .map(found -> siteFolder.resolve(found.generation())).orElse(null);
        String generation = UUID.randomUUID().toString();
        Path temporary = siteFolder.resolve(TEMPORARY + generation);
        try {
            Written written = render(database, content, new GenerationWriter(temporary, served));
            database.transaction(connection -> {
                SiteScope.lock(connection, siteId);
                PublishedSites.firstTakenByOther(connection, siteId, hosts).ifPresent(host -> {
                    throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "another site is published under " + host); //$NON-NLS-1$
                });
                String previous = PublishedSites.find(connection, siteId).map(Generation::generation).orElse(null);
                move(temporary, siteFolder.resolve(generation));
                PublishedSites.switchTo(connection, new Generation(siteId, generation, previous), written.pages(), now, hosts);
                recorder.record(connection, generation, written.pages(), written.rendered());
                return null;
            });
            database.transaction(connection -> {
                if (Rows.exists(connection, "SELECT id FROM site WHERE id = ? FOR UPDATE", siteId)) { // deleted meanwhile: nothing served //$NON-NLS-1$
                    PublishedSites.find(connection, siteId).ifPresent(current -> deleteOthers(siteFolder,
                            new HashSet<>(Arrays.asList(current.generation(), current.previous()))));
                }
                deleteDeletedSites(connection);
                return null;
            });
            return new Result(siteId, generation, written.pages(), written.rendered(), hosts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path from, Path to) {
        try {
            AttachmentStore.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the pages: the article pages first, then the home and list pages, then the files they show; each taken
     * over from the generation served before when its fingerprint is the same ({@link GenerationWriter}).
     */
    private Written render(Database database, SiteContent content, GenerationWriter writer) throws IOException, SQLException {
        SiteRenderer renderer = new SiteRenderer(content, prefix);
        Set<String> gone = new HashSet<>();
        int rendered = writeArticlePages(database, content, renderer, writer, gone);
        int[] lists = new int[1];
        int pages = renderer.articles().size() - gone.size() + renderer.renderLists((path, html) -> {
            if (writer.write(path, Fingerprints.of(html), file -> writePage(file, html))) {
                lists[0]++;
            }
        }, gone);
        for (Attachments.Attachment attachment : content.attachments().values()) {
            writer.write(SiteLayout.file(attachment.digest(), attachment.contentType()), attachment.digest(),
                    file -> Files.copy(attachments.file(attachment.digest()), file));
        }
        writer.finish();
        return new Written(pages, rendered + lists[0]);
    }

    /**
     * Writes the article pages, {@value #BODIES_AT_ONCE} at a time. A page's fingerprint covers the page around the
     * body, what cleaning a body depends on and the body's own fingerprint as stored with the article, so that bodies
     * are read only for the pages to render and for articles stored without it. A page rendered is fingerprinted with
     * its body as read (the article may have changed since the listing); an article deleted since the content was
     * read, found so when its body is read, gets no page and is added to {@code gone}.
     *
     * @return how many were rendered anew
     */
    private static int writeArticlePages(Database database, SiteContent content, SiteRenderer renderer, GenerationWriter writer,
            Set<String> gone) throws IOException, SQLException {
        int rendered = 0;
        List<ArticleJson> articles = renderer.articles();
        for (int from = 0; from < articles.size(); from += BODIES_AT_ONCE) {
            List<ArticleJson> part = articles.subList(from, Math.min(articles.size(), from + BODIES_AT_ONCE));
            Map<ArticleJson, PageFrame> toRender = new LinkedHashMap<>();
            for (ArticleJson article : part) {
                PageFrame frame = renderer.articleFrame(article);
                String digest = content.bodyDigests().get(article.id());
                if (digest == null || !writer.takeOver(renderer.articlePath(article), renderer.fingerprint(frame, digest))) {
                    toRender.put(article, frame);
                }
            }
            Map<String, String> bodies = database.transaction(connection -> Articles.bodies(connection,
                    toRender.keySet().stream().map(ArticleJson::id).toList()));
            for (Map.Entry<ArticleJson, PageFrame> each : toRender.entrySet()) {
                ArticleJson article = each.getKey();
                String body = bodies.get(article.id());
                PageFrame frame = each.getValue();
                if (body == null) {
                    gone.add(article.id());
                } else if (writer.write(renderer.articlePath(article), renderer.fingerprint(frame, Fingerprints.of(body)),
                        file -> writePage(file, renderer.page(frame, renderer.cleanBody(body))))) {
                    rendered++;
                }
            }
        }
        return rendered;
    }

    /** How many pages a publish wrote, and how many of them it rendered anew. */
    private record Written(int pages, int rendered) {
    }

    private static void writePage(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * Deletes the page folders of sites that no longer exist (the switch has freed their host names); a folder with a
     * temporary folder in it (a publish under way of a site created again with that id) is left.
     */
    private void deleteDeletedSites(Connection connection) throws SQLException {
        for (Path folder : published.siteFolders()) {
            if (!Rows.exists(connection, "SELECT 1 FROM site WHERE id = ?", folder.getFileName().toString()) //$NON-NLS-1$
                    && !hasTemporary(folder)) {
                deleteQuietly(folder);
            }
        }
    }

    private static boolean hasTemporary(Path siteFolder) {
        try (Stream<Path> children = Files.list(siteFolder)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith(TEMPORARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the generations of a site other than {@code keep}; temporary folders belong to publishes under way. */
    private static void deleteOthers(Path siteFolder, Set<String> keep) {
        try (Stream<Path> children = Files.list(siteFolder)) {
            children.filter(child -> !keep.contains(child.getFileName().toString()) && !child.getFileName().toString().startsWith(TEMPORARY))
                    .forEach(SitePublisher::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
