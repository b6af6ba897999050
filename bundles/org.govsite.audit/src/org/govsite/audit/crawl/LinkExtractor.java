package org.govsite.audit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The links of a parsed page: the elements browsers load or navigate to, http(s) only. */
final class LinkExtractor {
    private static final String SELECTOR = "a[href], area[href], frame[src], iframe[src], img[src], script[src], link[href]"; //$NON-NLS-1$

    private LinkExtractor() {
    }

    static List<Link> links(Document page, URI pageUrl) {
        List<Link> links = new ArrayList<>();
        for (Element element : page.select(SELECTOR)) {
            String name = element.normalName();
            if (name.equals("link") && isHint(element.attr("rel"))) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            String attribute = element.hasAttr("href") ? "href" : "src"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            URI target = Urls.normalize(withoutFragment(element.absUrl(attribute)));
            if (target != null) {
                links.add(new Link(pageUrl, target, name, text(element).strip()));
            }
        }
        return links;
    }

    /** @return the anchor text; an image's alt text, also for a link showing only an image */
    private static String text(Element element) {
        if (element.normalName().equals("img")) { //$NON-NLS-1$
            return element.attr("alt"); //$NON-NLS-1$
        }
        String text = element.text();
        Element image = text.isBlank() ? element.selectFirst("img[alt]") : null; //$NON-NLS-1$
        return image == null ? text : image.attr("alt"); //$NON-NLS-1$
    }

    /** Resource hints name hosts to connect to early, not resources. */
    private static boolean isHint(String rel) {
        String value = rel.toLowerCase(Locale.ROOT);
        return value.contains("preconnect") || value.contains("dns-prefetch"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
