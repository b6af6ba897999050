package org.govsite.protocol;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.crypto.Sm3;

/**
 * Where a published site serves its columns and articles (docs/server.md, "Publishing"): the one rule the server
 * publishes by and clients (the migration's redirect table) compute addresses with. {@code /<segment>/.../} is a
 * column's folder, {@code <folder><yyyyMM>/t<yyyyMMdd>_<id>.html} an article's page under it,
 * {@code /files/<sm3>.<ext>} an attachment (the extension of its content type, {@link FileTypes}), and an article's
 * canonical address is {@code https://<main domain>} followed by its page under its home column.
 */
public final class PublishedPaths {
    /** Absolute URLs of published pages use this scheme: sites are served over TLS by the proxy in front. */
    public static final String SCHEME = "https://"; //$NON-NLS-1$
    /** The folder of archived snapshots on a migrated legacy host. */
    public static final String ARCHIVE_FOLDER = "/govsite-archive/"; //$NON-NLS-1$
    private static final String ARCHIVE_SUFFIX = ".html"; //$NON-NLS-1$
    private static final Pattern ARCHIVE_PAGE = Pattern.compile(Pattern.quote(ARCHIVE_FOLDER) + "([0-9a-f]{64})" //$NON-NLS-1$
            + Pattern.quote(ARCHIVE_SUFFIX));
    /** The most files (images, style sheets, fonts) one archived snapshot may show from the platform. */
    public static final int MAX_ARCHIVE_FILES = 500;
    private static final String ARCHIVE_FILES = ARCHIVE_FOLDER + "files/"; //$NON-NLS-1$
    private static final Pattern ARCHIVE_FILE = Pattern.compile(Pattern.quote(ARCHIVE_FILES) + "([0-9a-f]{64})\\.[a-z0-9]{1,8}"); //$NON-NLS-1$
    private static final Pattern HOME_PAGE = Pattern.compile("/((index|default)\\.(s?html?|jsp|php|aspx?))?"); //$NON-NLS-1$
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM"); //$NON-NLS-1$
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd"); //$NON-NLS-1$
    /** What the layout needs of a column: its id, its parent's id (null at the top) and its path segment. */
    public interface Column {
        /** @return the column's id */
        String id();

        /** @return the parent column's id in the same site, null at the top level */
        String parentId();

        /** @return the column's path segment */
        String pathSegment();
    }

    private PublishedPaths() {
    }

    /**
     * @param columns the columns of the column's site by id
     * @return the column's folder, {@code /a/b/}: its path segments from the top; a segment that is not a safe file
     *         name (e.g. {@code ..}) is replaced by the column's id
     */
    public static <C extends Column> String columnFolder(C column, Map<String, ? extends C> columns) {
        Deque<String> segments = new ArrayDeque<>();
        for (C c = column; c != null; c = c.parentId() == null ? null : columns.get(c.parentId())) {
            segments.push(SAFE_SEGMENT.matcher(c.pathSegment()).matches() ? c.pathSegment() : c.id());
            if (segments.size() > columns.size()) {
                break; // a parent cycle: stop rather than loop
            }
        }
        return "/" + String.join("/", segments) + "/"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the page of the article {@code id} published at {@code time} under the column folder {@code folder} */
    public static String articlePage(String folder, LocalDateTime time, String id) {
        return folder + MONTH.format(time) + "/t" + DAY.format(time) + "_" + id + ".html"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the published path of an attachment: {@code /files/<digest>.<ext>}, the extension from its type, else {@code bin} */
    public static String file(String digest, String contentType) {
        return "/files/" + digest + "." + FileTypes.extension(contentType); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the content type a published file is served with, by its extension: HTML pages, attachments by type */
    public static String contentType(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("html")) { //$NON-NLS-1$
            return "text/html; charset=utf-8"; //$NON-NLS-1$
        }
        return FileTypes.ofExtension(extension);
    }

    /**
     * @param domains the site's domains (main and aliases), lower case
     * @param address an address of the site as someone gave it (a migration's new site), or {@code null}
     * @return the scheme with {@code ://} of the site's addresses: {@code address}'s ({@code http} or {@code https})
     *         when its host is one of {@code domains}, else {@link #SCHEME}
     */
    public static String schemeOf(Collection<String> domains, URI address) {
        boolean named = address != null && address.getHost() != null
                && domains.contains(address.getHost().toLowerCase(Locale.ROOT))
                && ("http".equalsIgnoreCase(address.getScheme()) || "https".equalsIgnoreCase(address.getScheme())); //$NON-NLS-1$ //$NON-NLS-2$
        return named ? address.getScheme().toLowerCase(Locale.ROOT) + "://" : SCHEME; //$NON-NLS-1$
    }

    /**
     * @param scheme the scheme the site is reached by, with {@code ://} ({@link #SCHEME}, or {@code http://} for a site
     *        served without TLS)
     * @return the absolute URL of {@code path} on a site with {@code mainDomain}; the path itself when it has none
     */
    public static String siteUrl(String scheme, String mainDomain, String path) {
        return mainDomain == null ? path : scheme + mainDomain + path;
    }

    /**
     * @param oldPathAndQuery an archived old page's path with its query, as requested on the old host
     * @return the address of its snapshot on the old host: {@code /govsite-archive/<SM3 of the path, UTF-8>.html}
     */
    public static String archivePage(String oldPathAndQuery) {
        return ARCHIVE_FOLDER + archiveKey(oldPathAndQuery) + ARCHIVE_SUFFIX;
    }

    /** @return the key naming the snapshot of {@code oldPathAndQuery}: its SM3 digest (UTF-8), in hex */
    public static String archiveKey(String oldPathAndQuery) {
        return Sm3.digestHex(oldPathAndQuery.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param requestPath a path as requested on an old host
     * @return the snapshot key it names, if it is a snapshot address ({@link #archivePage}'s form)
     */
    public static Optional<String> archiveKeyOf(String requestPath) {
        Matcher address = ARCHIVE_PAGE.matcher(requestPath);
        return address.matches() ? Optional.of(address.group(1)) : Optional.empty();
    }

    /**
     * @param digest the SM3 digest of an archived snapshot's image, style sheet or font (stored as an attachment)
     * @return its address on the snapshot's old host: {@code /govsite-archive/files/<sm3>.<ext>}, the extension of its
     *         type ({@link FileTypes})
     */
    public static String archiveFile(String digest, String contentType) {
        return ARCHIVE_FILES + digest + "." + FileTypes.extension(contentType); //$NON-NLS-1$
    }

    /**
     * @param requestPath a path as requested on an old host
     * @return the digest it names, if it is the address of a snapshot's file ({@link #archiveFile}'s form)
     */
    public static Optional<String> archiveFileOf(String requestPath) {
        Matcher address = ARCHIVE_FILE.matcher(requestPath);
        return address.matches() ? Optional.of(address.group(1)) : Optional.empty();
    }

    /**
     * @param pathAndQuery a path with its query, as requested on an old host
     * @return whether it is that host's home page ({@code /}, {@code /index.html}, {@code /default.aspx}, ...), which
     *         shows the host's migration notice while it is active (docs/server.md, "Migration notices")
     */
    public static boolean isHomePage(String pathAndQuery) {
        return HOME_PAGE.matcher(pathAndQuery).matches();
    }
}
