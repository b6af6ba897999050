package org.govsite.audit.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The external style sheets of a crawl's pages, so that page checks see the CSS a browser applies: each
 * {@code <link rel="stylesheet">} on a host in scope (not an alternate or print-only sheet, and allowed by robots.txt
 * when it is obeyed) is fetched once per crawl and its text put into the page, right after the link, as
 * {@code <style data-href="URL">}, where it stands in the cascade. The sheet's charset is its Content-Type's, else
 * the page's. Its {@code @import}s of sheets on hosts in scope are followed (at most {@value #MAX_IMPORT_DEPTH} deep,
 * not round a cycle) and their text put before its own, as the cascade orders them; the media an import names are
 * not looked at.
 */
final class StyleSheets {
    static final String SOURCE = "data-href"; //$NON-NLS-1$
    /** {@code @import url("a.css")}, {@code @import 'a.css' screen}: group 1 is the URL. */
    private static final Pattern IMPORT = Pattern.compile(
            "@import\\s+(?:url\\(\\s*)?[\"']?([^\"')\\s;]+)[\"']?\\s*\\)?[^;]*;", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final int MAX_IMPORT_DEPTH = 3;

    private final Fetcher fetcher;
    private final Scope scope;
    private final Predicate<URI> allowed;
    private final int maxRedirects;
    private final Once<URI, String> texts = new Once<>(UnaryOperator.identity());

    /** @param allowed whether a sheet may be fetched (robots.txt) */
    StyleSheets(Fetcher fetcher, Scope scope, Predicate<URI> allowed, int maxRedirects) {
        this.fetcher = fetcher;
        this.scope = scope;
        this.allowed = allowed;
        this.maxRedirects = maxRedirects;
    }

    /** Puts the text of the page's in-scope style sheets after their links. */
    void inline(Document page, Charset pageCharset) {
        for (Element link : page.select("link[rel][href]")) { //$NON-NLS-1$
            List<String> rel = Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")); //$NON-NLS-1$ //$NON-NLS-2$
            if (!rel.contains("stylesheet") || rel.contains("alternate") //$NON-NLS-1$ //$NON-NLS-2$
                    || !MediaQueries.onScreen(link.attr("media"))) { //$NON-NLS-1$
                continue;
            }
            String address = link.absUrl("href"); //$NON-NLS-1$
            URI url = Urls.normalize(address.contains("#") ? address.substring(0, address.indexOf('#')) : address); //$NON-NLS-1$
            String css = readable(url) ? withImports(url, pageCharset, new ArrayDeque<>()) : ""; //$NON-NLS-1$
            if (!css.isEmpty()) {
                link.after(new Element("style").attr(SOURCE, url.toString()).appendChild(new DataNode(css))); //$NON-NLS-1$
            }
        }
    }

    private boolean readable(URI url) {
        return url != null && scope.hosts().contains(Urls.authority(url)) && allowed.test(url);
    }

    /**
     * @param importers the sheets importing this one, innermost first (an import cycle stops where it closes)
     * @return the sheet's text after the text of the sheets it imports, each fetched once per crawl
     */
    private String withImports(URI url, Charset fallback, Deque<URI> importers) {
        String css = texts.get(url, key -> load(key, fallback));
        if (importers.size() >= MAX_IMPORT_DEPTH) {
            return css;
        }
        importers.push(url);
        StringBuilder text = new StringBuilder();
        Matcher imports = IMPORT.matcher(css);
        while (imports.find()) {
            URI imported = Urls.resolve(url, imports.group(1));
            if (readable(imported) && !importers.contains(imported)) {
                text.append(withImports(imported, fallback, importers)).append('\n');
            }
        }
        importers.pop();
        return text.append(css).toString();
    }

    private String load(URI url, Charset fallback) {
        Resolution outcome = Resolution.follow(url, maxRedirects, fetcher::get);
        Hop last = outcome.last();
        return outcome.broken() || last.body() == null ? "" //$NON-NLS-1$
                : Charsets.decode(last.body(), last.charset(), fallback).text();
    }
}
