package org.govsite.migration.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.audit.crawl.Charsets;
import org.govsite.migration.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A legacy site as {@code wget --mirror} left it in a folder (file names: {@link MirrorPaths}), read without network.
 * Every file is an old URL: files whose name (before any query) ends in {@code .htm}, {@code .html}, {@code .shtml},
 * {@code .jsp}, {@code .asp}, {@code .aspx} or {@code .php}, or has no extension, are pages, decoded as the crawler
 * decodes (a byte order mark, else a {@code <meta>} charset, else UTF-8); the other files are NOT_HTML (and can be
 * attachments). Known URLs missing from the mirror are UNREACHABLE.
 */
public final class MirrorSource implements LegacySource {
    private static final Pattern PAGE = Pattern.compile("(?:\\.(?:s?html?|jsp|aspx?|php)|/[^/.]*)$"); //$NON-NLS-1$
    private final Path folder;
    private final String scheme;
    private final List<URI> known;

    /**
     * @param folder the folder wget was run in (holding one folder per host)
     * @param scheme the scheme the site was mirrored over ({@code http} or {@code https}): file names do not say
     * @param known old URLs that must be in the report (normalised), e.g. from {@link KnownUrls}
     */
    public MirrorSource(Path folder, String scheme, List<URI> known) {
        this.folder = folder;
        this.scheme = scheme;
        this.known = List.copyOf(known);
    }

    @Override
    public void read(Consumer<SourcePage> sink, IProgressMonitor monitor) {
        List<Path> files = files();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.TaskRead, files.size() + known.size());
        Set<URI> seen = new HashSet<>();
        for (Path file : files) {
            progress.split(1);
            URI url = MirrorPaths.url(folder, file, scheme);
            if (url != null && seen.add(url)) {
                progress.subTask(url.toString());
                sink.accept(page(url, file));
            }
        }
        for (URI url : known) {
            progress.split(1);
            if (seen.add(url)) {
                sink.accept(SourcePage.failed(url, true, SourceStatus.UNREACHABLE, Messages.MirrorMissing));
            }
        }
    }

    private static SourcePage page(URI url, Path file) {
        String name = url.getPath().toLowerCase(Locale.ROOT);
        if (!PAGE.matcher(name).find()) {
            return SourcePage.failed(url, false, SourceStatus.NOT_HTML, name.substring(name.lastIndexOf('.') + 1));
        }
        try {
            Charsets.Decoded text = Charsets.decode(Files.readAllBytes(file), null);
            Document document = Jsoup.parse(text.text(), url.toString());
            return SourcePage.fetched(url, false, document, text.charset().name(), text.undecodable());
        } catch (IOException e) {
            return SourcePage.failed(url, false, SourceStatus.UNREACHABLE, NLS.bind(Messages.MirrorUnreadable, e));
        }
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Download fetch(URI url, long maxBytes) {
        Path file = MirrorPaths.file(folder, url);
        if (file == null) {
            return Download.unreachable(Messages.MirrorMissing);
        }
        try {
            long size = Files.size(file);
            return size > maxBytes ? Download.oversized(size) : Download.ok(Files.readAllBytes(file));
        } catch (IOException e) {
            return Download.unreachable(NLS.bind(Messages.MirrorUnreadable, e));
        }
    }

    @Override
    public void close() {
        // nothing open between calls
    }
}
