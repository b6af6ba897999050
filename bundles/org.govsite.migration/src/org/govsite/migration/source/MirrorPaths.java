package org.govsite.migration.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govsite.audit.crawl.Urls;

/**
 * Where {@code wget --mirror} (without {@code --adjust-extension}, its default Unix file names) keeps each URL:
 * {@code <folder>/<host>[:port]/<path>}, a directory URL's page as {@code index.html} in its directory, a query
 * string kept in the file name after {@code ?} ({@code list.jsp?page=2}). With
 * {@code --restrict-file-names=windows} wget writes {@code host+port} and {@code @} instead: both are read too.
 */
final class MirrorPaths {
    private static final String INDEX = "index.html"; //$NON-NLS-1$

    private MirrorPaths() {
    }

    /** @return the URL a mirrored file was fetched from, or {@code null} when its path makes no URL */
    static URI url(Path folder, Path file, String scheme) {
        Path relative = folder.relativize(file);
        if (relative.getNameCount() < 2) {
            return null;
        }
        String host = relative.getName(0).toString().replace('+', ':');
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < relative.getNameCount(); i++) {
            path.append('/').append(relative.getName(i));
        }
        String text = path.toString();
        if (text.endsWith("/" + INDEX)) { //$NON-NLS-1$
            text = text.substring(0, text.length() - INDEX.length());
        } else if (text.indexOf('?') < 0 && text.indexOf('@') > text.lastIndexOf('/')) {
            text = text.substring(0, text.lastIndexOf('@')) + '?' + text.substring(text.lastIndexOf('@') + 1);
        }
        return Urls.normalize(scheme + "://" + host + text); //$NON-NLS-1$
    }

    /** @return the mirrored file of {@code url}, or {@code null} when the mirror lacks it */
    static Path file(Path folder, URI url) {
        String path = url.getPath().endsWith("/") ? url.getPath() + INDEX : url.getPath(); //$NON-NLS-1$
        List<Path> candidates = new ArrayList<>();
        for (String host : List.of(authority(url, ':'), authority(url, '+'))) {
            String query = url.getRawQuery() == null ? "" : url.getRawQuery(); //$NON-NLS-1$
            candidates.add(folder.resolve(host + path + (query.isEmpty() ? "" : "?" + query))); //$NON-NLS-1$ //$NON-NLS-2$
            candidates.add(folder.resolve(host + path + (query.isEmpty() ? "" : "@" + query))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static String authority(URI url, char portSeparator) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + portSeparator + url.getPort();
    }
}
