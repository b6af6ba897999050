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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.govsite.protocol.ErrorCode;
import org.govsite.protocol.ProtocolException;
import org.govsite.server.internal.PublishedSites.Generation;

/**
 * Publishes a site: renders its pages from one consistent read into a temporary folder, copies the attachments they
 * show, moves the folder into place as a new generation and switches the site's host names to it in one transaction
 * (holding the site row's lock, so publishing a site twice at once serialises). Requests keep being served from the
 * old generation until the switch commits. Then, under the site lock again but outside the operation log's, the
 * generations other than the served one and the one before are deleted.
 */
final class SitePublisher {
    /** What a publish did. */
    record Result(String siteId, String generation, int pages, List<String> hosts) {
    }

    /** Records a publish inside its switching transaction (operation log and the like). */
    @FunctionalInterface
    interface Recorder {
        void record(Connection connection, String generation, int pages) throws SQLException;
    }

    private static final String TEMPORARY = ".tmp-"; //$NON-NLS-1$

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
        String generation = UUID.randomUUID().toString();
        Path temporary = siteFolder.resolve(TEMPORARY + generation);
        try {
            int pages = render(content, temporary);
            database.transaction(connection -> {
                SiteScope.lock(connection, siteId);
                PublishedSites.firstTakenByOther(connection, siteId, hosts).ifPresent(host -> {
                    throw new ProtocolException(ErrorCode.REQ_INVALID_FIELD, "another site is published under " + host); //$NON-NLS-1$
                });
                String previous = PublishedSites.find(connection, siteId).map(Generation::generation).orElse(null);
                move(temporary, siteFolder.resolve(generation));
                PublishedSites.switchTo(connection, new Generation(siteId, generation, previous), pages, now, hosts);
                recorder.record(connection, generation, pages);
                return null;
            });
            database.transaction(connection -> {
                if (Rows.exists(connection, "SELECT id FROM site WHERE id = ? FOR UPDATE", siteId)) { // deleted meanwhile: nothing served //$NON-NLS-1$
                    PublishedSites.find(connection, siteId).ifPresent(served -> deleteOthers(siteFolder,
                            new HashSet<>(Arrays.asList(served.generation(), served.previous()))));
                }
                deleteDeletedSites(connection);
                return null;
            });
            return new Result(siteId, generation, pages, hosts);
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

    private int render(SiteContent content, Path folder) throws IOException {
        Files.createDirectories(folder);
        int pages = new SiteRenderer(content, prefix).render((path, html) -> {
            Path file = folder.resolve(SiteLayout.storedFile(path));
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        });
        for (Attachments.Attachment attachment : content.attachments().values()) {
            Path file = folder.resolve(SiteLayout.storedFile(SiteLayout.file(attachment.digest(), attachment.contentType())));
            Files.createDirectories(file.getParent());
            Files.copy(attachments.file(attachment.digest()), file);
        }
        return pages;
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
