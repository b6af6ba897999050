package org.govsite.audit.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Routes the requests to the crawl's hosts in scope to the address of {@link CrawlSettings#through()} (its scheme, host
 * and port), as {@code curl --connect-to} does: the request keeps its own host as {@code Host} and TLS server name, so
 * the server there answers as it would under that name (the platform serves each site by its host name). Requests to
 * other hosts take their usual route.
 */
final class ThroughRoutes implements HttpRoutePlanner {
    private final HttpRoutePlanner usual = new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE);
    private final URI through;
    private final Set<String> hosts;
    private final DnsResolver dns;

    /** @param hosts the authorities ({@link Urls#authority}) whose requests go through */
    ThroughRoutes(URI through, Collection<String> hosts, DnsResolver dns) {
        this.through = through;
        this.hosts = Set.copyOf(hosts);
        this.dns = dns;
    }

    /** @return whether {@code uri} can be gone through: an http(s) URL with a host ({@link Urls#normalize} takes it) */
    static boolean isAddress(URI uri) {
        return Urls.normalize(uri.toString()) != null;
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
        if (!hosts.contains(authority(target))) {
            return usual.determineRoute(target, context);
        }
        String scheme = through.getScheme().toLowerCase(Locale.ROOT);
        int port = through.getPort() > 0 ? through.getPort() : Urls.defaultPort(scheme);
        InetAddress address;
        try {
            address = dns.resolve(through.getHost())[0];
        } catch (UnknownHostException e) {
            throw new HttpException("cannot resolve " + through.getHost(), e); //$NON-NLS-1$
        }
        return new HttpRoute(new HttpHost(scheme, address, target.getHostName(), port), null, URIScheme.HTTPS.same(scheme));
    }

    /** @return the target as the crawl names hosts: the authority of its normal form ({@link Urls#authority}) */
    private static String authority(HttpHost target) {
        URI normal = Urls.normalize(target.toURI());
        return normal == null ? target.toHostString() : Urls.authority(normal);
    }
}
