package org.govsite.migration.after;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Charsets;
import org.govsite.audit.crawl.Urls;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.LegacySource;
import org.govsite.protocol.FileTypes;
import org.govsite.protocol.PublishedPaths;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The images, style sheets and fonts archived snapshots show (docs/migration.md, "Archived snapshots"): once the old
 * domain points at the platform, the old site's files are gone with it, so each file a snapshot shows from a migrated
 * old host is read from the source, stored as an attachment by its SM3 digest and named in the page by its address on
 * the old host ({@link PublishedPaths#archiveFile}); style sheets are stored as UTF-8 with their own files
 * ({@code url(...)}, {@code @import}) archived the same way. Files of other hosts stay links; a file that redirects
 * (its old URL is in the redirect table) goes to its new address; a file that cannot be read, is too large or is not
 * an image, style sheet or font keeps its old address and is reported ({@link #missing()}), and so does a file beyond
 * the {@link PublishedPaths#MAX_ARCHIVE_FILES} one page may show. Each file is read and stored once per upload however
 * many pages show it.
 */
final class SnapshotFiles {
    /** Files larger than this are not archived (a snapshot's images and style sheets; the platform's cap is 32 MiB). */
    static final long MAX_FILE_BYTES = 8L << 20;
    /** Style sheets importing style sheets are followed this deep (a cycle ends there too). */
    private static final int MAX_DEPTH = 4;
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern CSS_CHARSET = Pattern.compile("^@charset\\s+\"([^\"]+)\"\\s*;"); //$NON-NLS-1$
    private static final String CSS = "text/css"; //$NON-NLS-1$

    /** A file stored: its address on the old host and the digests of it and of the files it shows. */
    private record Stored(String address, Set<String> digests) {
    }

    private final PlatformClient client;
    private final LegacySource source;
    private final Map<URI, URI> moved;
    private final Set<String> oldHosts;
    private final Map<URI, Stored> stored = new HashMap<>();
    private final Map<URI, String> missing = new LinkedHashMap<>();
    /** The files that could not be read or are of another type: not tried again. */
    private final Set<URI> failed = new HashSet<>();
    private final Deque<URI> reading = new ArrayDeque<>();

    /**
     * @param moved the new address of each redirected old URL
     * @param oldHosts the migrated old hosts (lower case): files there are archived
     */
    SnapshotFiles(PlatformClient client, LegacySource source, Map<URI, URI> moved, Set<String> oldHosts) {
        this.client = client;
        this.source = source;
        this.moved = moved;
        this.oldHosts = oldHosts;
    }

    /**
     * Archives the files {@code page} shows ({@code img}, {@code input type=image}, style sheets and icons,
     * {@code background} attributes, {@code url(...)} in {@code style} elements and attributes) and names them by
     * their archive addresses; an image whose source is archived loses its {@code srcset}.
     *
     * @param page the snapshot, its base URI the old page's URL
     * @param charset the page's charset (a style sheet naming none is read in it, as browsers do)
     * @return the digests of the files the page shows now, for the platform to serve them
     */
    Set<String> archive(Document page, Charset charset) {
        URI base = URI.create(page.location());
        Set<String> digests = new LinkedHashSet<>();
        for (Element element : page.select("img[src], input[type=image][src], link[href], [background]")) { //$NON-NLS-1$
            String attribute = element.hasAttr("src") ? "src" : element.normalName().equals("link") ? "href" : "background"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (attribute.equals("href") && !isFileLink(element)) { //$NON-NLS-1$
                continue;
            }
            String address = address(Urls.resolve(base, element.attr(attribute)), charset, 0, digests);
            if (address != null) {
                element.attr(attribute, address);
                element.removeAttr("srcset"); //$NON-NLS-1$
            }
        }
        for (Element style : page.select("style")) { //$NON-NLS-1$
            String css = css(style.data(), base, charset, 0, digests);
            style.empty().appendChild(new DataNode(css));
        }
        for (Element styled : page.select("[style]")) { //$NON-NLS-1$
            styled.attr("style", css(styled.attr("style"), base, charset, 0, digests)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return digests;
    }

    /** @return the files that could not be archived and why (localized), each once, in the order met */
    Map<URI, String> missing() {
        return Collections.unmodifiableMap(missing);
    }

    /** @return whether a {@code link} element loads a file the page shows: a style sheet or an icon */
    private static boolean isFileLink(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (rel.equals("stylesheet") || rel.equals("icon")) { //$NON-NLS-1$ //$NON-NLS-2$
                return true;
            }
        }
        return false;
    }

    /**
     * @param digests where the digests of the file and the files it shows are added
     * @return the address to name {@code url} by in a snapshot, or {@code null} to keep the reference as it is
     */
    private String address(URI url, Charset charset, int depth, Set<String> digests) {
        if (url == null || url.getHost() == null) {
            return null;
        }
        URI target = moved.get(url);
        if (target != null) {
            return target.toString();
        }
        if (!oldHosts.contains(url.getHost().toLowerCase(Locale.ROOT)) || failed.contains(url)) {
            return url.toString();
        }
        Stored file = stored.get(url);
        if (file == null) {
            if (depth >= MAX_DEPTH || reading.contains(url)) {
                return url.toString();
            }
            reading.push(url);
            try {
                file = store(url, charset, depth);
            } finally {
                reading.pop();
            }
            if (file == null) {
                failed.add(url);
                return url.toString();
            }
            stored.put(url, file);
        }
        Set<String> shown = new HashSet<>(digests);
        shown.addAll(file.digests());
        if (shown.size() > PublishedPaths.MAX_ARCHIVE_FILES) {
            missing.putIfAbsent(url, NLS.bind(Messages.ArchiveFileTooMany, Integer.valueOf(PublishedPaths.MAX_ARCHIVE_FILES)));
            return url.toString();
        }
        digests.addAll(file.digests());
        return file.address();
    }

    /** @return the file at {@code url} read from the source and stored, or {@code null} (then reported missing) */
    private Stored store(URI url, Charset charset, int depth) {
        Download download = source.fetch(url, MAX_FILE_BYTES);
        if (download.status() != Download.Status.OK) {
            missing.put(url, NLS.bind(Messages.ArchiveFileUnreadable, (download.status() + " " + download.detail()).strip())); //$NON-NLS-1$
            return null;
        }
        String type = FileTypes.detect(download.bytes(), download.contentType(), url.getPath());
        if (!FileTypes.isSnapshotFile(type)) {
            missing.put(url, NLS.bind(Messages.ArchiveFileType, type));
            return null;
        }
        Set<String> digests = new LinkedHashSet<>();
        byte[] bytes = download.bytes();
        if (type.equals(CSS)) {
            String text = decode(bytes, download.charset(), charset);
            bytes = css(CSS_CHARSET.matcher(text).replaceFirst("@charset \"UTF-8\";"), url, charset, depth + 1, digests) //$NON-NLS-1$
                    .getBytes(StandardCharsets.UTF_8);
            type = CSS + "; charset=utf-8"; //$NON-NLS-1$
        }
        String digest = client.putAttachment(bytes, type);
        digests.add(digest);
        return new Stored(PublishedPaths.archiveFile(digest, type), Set.copyOf(digests));
    }

    /** @return {@code css} with its references resolved against {@code base}, the archived ones by their addresses */
    private String css(String css, URI base, Charset charset, int depth, Set<String> digests) {
        Matcher reference = CSS_REFERENCE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            boolean url = reference.group(2) != null;
            String value = url ? reference.group(2) : reference.group(4);
            String address = value.isBlank() || value.strip().startsWith("data:") ? null //$NON-NLS-1$
                    : address(Urls.resolve(base, value), charset, depth, digests);
            String replaced = address == null ? reference.group() : url ? "url(\"" + address + "\")" : "@import \"" + address + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            reference.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** @return a style sheet's text: its header's charset, else its {@code @charset} rule, else the page's (a BOM first) */
    private static String decode(byte[] bytes, String headerCharset, Charset pageCharset) {
        String declared = headerCharset;
        if (declared == null) {
            Matcher rule = CSS_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 128), StandardCharsets.ISO_8859_1));
            declared = rule.find() ? rule.group(1) : null;
        }
        return Charsets.decode(bytes, declared, pageCharset).text();
    }
}
