package org.govsite.audit.crawl;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a link led: the hops from its URL to the last answer.
 *
 * @param chain every request made, the link's own first; at least one
 * @param loop the last hop redirects to a URL already in the chain
 * @param tooManyRedirects the chain was cut after {@link CrawlSettings#maxRedirects()} redirects
 */
public record Resolution(List<Hop> chain, boolean loop, boolean tooManyRedirects) {

    public Resolution {
        chain = List.copyOf(chain);
    }

    /**
     * Follows redirects from {@code url}, asking {@code fetch} for each hop (so each hop is requested once).
     *
     * @param fetch the request for a URL, chosen per hop by the caller (GET or HEAD with fallback)
     */
    static Resolution follow(URI url, int maxRedirects, Function<URI, Hop> fetch) {
        Redirects.Walk<Hop> walk = Redirects.follow(url, maxRedirects, fetch::apply, hop -> hop.isRedirect() ? hop.location() : null);
        return new Resolution(walk.answers(), walk.loop(), walk.tooManyRedirects());
    }

    /** @return the same chain without page bodies, to be kept after the page was read */
    Resolution withoutBodies() {
        return new Resolution(chain.stream().map(Hop::withoutBody).toList(), loop, tooManyRedirects);
    }

    /** @return the last answer (or failure) */
    public Hop last() {
        return chain.get(chain.size() - 1);
    }

    /** @return redirects followed */
    public int redirects() {
        return chain.size() - 1;
    }

    /** @return the link does not lead to a working resource */
    public boolean broken() {
        return loop || tooManyRedirects || last().isError();
    }

    /** @return the chain as evidence: {@code url -301-> url -302-> url HTTP 200} */
    public String describe() {
        return chain.stream().map(h -> h.url() + (h.isRedirect() ? " -" + h.status() + "->" : " " + h.outcome())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .collect(Collectors.joining(" ")); //$NON-NLS-1$
    }
}
