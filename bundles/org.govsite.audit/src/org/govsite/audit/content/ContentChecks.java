package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.govsite.audit.crawl.PageReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The content checks of one page (docs/audit.md, "Content findings"): page tags, PubDate and SiteIDCode form, source
 * and site identity shown (the footer's 标识码 matching SiteIDCode), images without alt text, hidden links, sensitive
 * words, typos. Thread-safe: one instance serves a
 * whole crawl, e.g. {@code crawler.crawl(home, monitor, checks.into(findings))} with a concurrent collection.
 */
public final class ContentChecks {
    private final ContentSettings settings;
    private final SensitiveWords sensitiveWords;
    private final Typos typos;

    public ContentChecks(ContentSettings settings) {
        this.settings = settings;
        sensitiveWords = new SensitiveWords(settings.sensitiveWords());
        typos = new Typos(settings.typos());
    }

    /**
     * @param page the page's URL
     * @param document the page parsed (with its URL as base URI, so that links and images resolve)
     * @return the page's content findings, in rule order
     */
    public List<Finding> findings(URI page, Document document) {
        List<Finding> findings = new ArrayList<>();
        PageTags tags = PageTags.of(document);
        tags.check(page, findings);
        Element body = document.body();
        String text = body.text();
        Identity.check(page, body, text, tags, findings);
        for (Element image : document.select("img")) { //$NON-NLS-1$
            if (image.attr("alt").isBlank()) { //$NON-NLS-1$
                findings.add(Finding.page(ContentRule.IMAGE_ALT, page, address(image, "src"))); //$NON-NLS-1$
            }
        }
        HiddenLinks.check(page, document, settings, findings);
        sensitiveWords.check(page, text, findings);
        typos.check(page, text, findings);
        return findings;
    }

    /** @return the element's URL attribute made absolute, or as written when it does not resolve */
    static String address(Element element, String attribute) {
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? element.attr(attribute) : absolute;
    }

    /** @return a reader for {@link org.govsite.audit.crawl.Crawler} adding each page's findings to {@code sink} */
    public PageReader into(Collection<Finding> sink) {
        return (page, document) -> sink.addAll(findings(page.url(), document));
    }
}
