package org.govsite.audit.crawl;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The links of a parsed page: the elements browsers load or navigate to, http(s) only. A link to follow ({@code a},
 * {@code area}) has a leave-site prompt when it or an ancestor has an {@code onclick} calling {@code confirm(} or
 * naming leave, exit, outlink, 离开 or 外部; a class name that is, or has as a {@code -}/{@code _} separated part,
 * leave, out, outlink, exit, external, wailian or waibu; or a {@code data-} attribute whose name holds leave,
 * confirm, outlink or external. One instance serves a whole crawl (thread-safe): it remembers each URL's normal form,
 * since most links of a site's pages repeat (navigation, footers).
 */
final class LinkExtractor {
    /** Selectors parsed once: jsoup parses a query string on every call. */
    private static final Evaluator ELEMENTS = QueryParser.parse("a[href], area[href], frame[src], iframe[src], " //$NON-NLS-1$
            + "img[src], script[src], link[href], audio[src], video[src], source[src], embed[src]"); //$NON-NLS-1$
    private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]"); //$NON-NLS-1$
    private static final Pattern PROMPT_SCRIPT = Pattern.compile("confirm\\s*\\(|leave|exit|outlink|离开|外部", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT_CLASS = Pattern.compile(
            "(^|.*[-_])(leave|out|outlink|exit|external|wailian|waibu)([-_].*|$)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern PROMPT_DATA = Pattern.compile("data-.*(leave|confirm|outlink|external).*", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Optional<URI>> normalized = new ConcurrentHashMap<>();
    /** Absolute addresses of the references whose resolution does not depend on the page's path: see {@link #absolute}. */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    List<Link> links(Document page, URI pageUrl) {
        List<Link> links = new ArrayList<>();
        Map<Element, Boolean> prompts = new IdentityHashMap<>();
        for (Element element : page.select(ELEMENTS)) {
            String name = element.normalName();
            String rel = element.attr("rel").toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (name.equals("link") && isHint(rel)) { //$NON-NLS-1$
                continue;
            }
            String address = absolute(element, element.hasAttr("href") ? "href" : "src"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            int hash = address.indexOf('#');
            URI target = normalized.computeIfAbsent(hash < 0 ? address : address.substring(0, hash),
                    url -> Optional.ofNullable(Urls.normalize(url))).orElse(null);
            if (target != null) {
                boolean follows = name.equals("a") || name.equals("area"); //$NON-NLS-1$ //$NON-NLS-2$
                boolean embedded = !follows && (!name.equals("link") || rel.contains("stylesheet")); //$NON-NLS-1$ //$NON-NLS-2$
                links.add(new Link(pageUrl, target, name, text(element).strip(),
                        hash < 0 ? "" : decode(address.substring(hash + 1)), embedded, //$NON-NLS-1$
                        follows && hasLeavePrompt(element, prompts)));
            }
        }
        return links;
    }

    /**
     * @return jsoup's {@code absUrl} of the attribute, remembered for the crawl when the reference is an http(s) URL
     *         (its own) or starts with a single {@code /} (the base's scheme and authority): most links of a site's
     *         pages are such and repeat, and {@code absUrl} parses the base URL and the reference anew every time
     */
    private String absolute(Element element, String attribute) {
        String reference = element.attr(attribute);
        String base = element.baseUri();
        String key = key(base, reference);
        return key == null ? element.absUrl(attribute) : resolved.computeIfAbsent(key, k -> element.absUrl(attribute));
    }

    /**
     * @return what {@code absUrl} depends on, or {@code null} when that is the whole base (a relative path): the
     *         reference, after the base's scheme and authority when it starts with a single {@code /} (neither holds
     *         a line break, so keys of different bases never meet)
     */
    private static String key(String base, String reference) {
        String trimmed = reference.stripLeading();
        if (trimmed.regionMatches(true, 0, "http://", 0, 7) || trimmed.regionMatches(true, 0, "https://", 0, 8)) { //$NON-NLS-1$ //$NON-NLS-2$
            return '\n' + reference;
        }
        int authority = base.indexOf("://"); //$NON-NLS-1$
        if (!trimmed.startsWith("/") || trimmed.startsWith("//") || authority < 0 || base.indexOf('\n') >= 0) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        int end = authority + 3;
        while (end < base.length() && "/?#".indexOf(base.charAt(end)) < 0) { //$NON-NLS-1$
            end++;
        }
        return base.substring(0, end) + '\n' + reference;
    }

    /** @return the anchor text; an image's or area's alt text, also for a link showing only an image */
    private static String text(Element element) {
        if (element.normalName().equals("img") || element.normalName().equals("area")) { //$NON-NLS-1$ //$NON-NLS-2$
            return element.attr("alt"); //$NON-NLS-1$
        }
        String text = element.text();
        Element image = text.isBlank() ? element.selectFirst(IMAGE_WITH_ALT) : null;
        return image == null ? text : image.attr("alt"); //$NON-NLS-1$
    }

    /** @param known what is known of the page's elements so far: each ancestor is looked at once per page */
    private static boolean hasLeavePrompt(Element element, Map<Element, Boolean> known) {
        if (element == null) {
            return false;
        }
        Boolean prompt = known.get(element);
        if (prompt == null) {
            prompt = isPrompt(element) || hasLeavePrompt(element.parent(), known);
            known.put(element, prompt);
        }
        return prompt;
    }

    /** The patterns run only on what they can match: most elements have no onclick, class or data- attribute. */
    private static boolean isPrompt(Element element) {
        String onclick = element.attr("onclick"); //$NON-NLS-1$
        if (!onclick.isEmpty() && PROMPT_SCRIPT.matcher(onclick).find()) {
            return true;
        }
        if (!element.className().isBlank()
                && element.classNames().stream().anyMatch(name -> PROMPT_CLASS.matcher(name).matches())) {
            return true;
        }
        for (Attribute attribute : element.attributes()) {
            if (attribute.getKey().regionMatches(true, 0, "data-", 0, 5) //$NON-NLS-1$
                    && PROMPT_DATA.matcher(attribute.getKey()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Resource hints name hosts to connect to early, not resources. */
    private static boolean isHint(String rel) {
        return rel.contains("preconnect") || rel.contains("dns-prefetch"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }
}
