package org.govsite.audit.links;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.DnsResolver;
import org.govsite.audit.Finding;
import org.govsite.audit.crawl.CrawlSettings;
import org.govsite.audit.crawl.Downloader;
import org.govsite.audit.crawl.Hop;

/**
 * Whether visitors reach a site over IPv6 ({@code SITE-IPV6}; 国办函〔2018〕71号 asks the intensive platforms and
 * their sites to support IPv6): the home page's host name has an IPv6 address, and the home page answers over it (one
 * GET with the crawl's settings through a resolver that gives only the IPv6 addresses; the answer's first hop counts,
 * wherever it redirects). A home page given by IP address, or whose name does not resolve at all (the crawl reports
 * that), is not judged.
 */
public final class Ipv6Reach {
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+"); //$NON-NLS-1$

    private Ipv6Reach() {
    }

    /** @return the finding on {@code home}, if its site cannot be reached over IPv6 */
    public static Optional<Finding> check(URI home, CrawlSettings settings) {
        String host = home.getHost();
        if (host == null || host.startsWith("[") || IPV4.matcher(host).matches()) { //$NON-NLS-1$
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = settings.dnsResolver().resolve(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        List<InetAddress> ipv6 = Arrays.stream(addresses).filter(Inet6Address.class::isInstance).toList();
        if (ipv6.isEmpty()) {
            return Optional.of(Finding.page(LinkRule.IPV6, home, "no IPv6 address (AAAA), only " //$NON-NLS-1$
                    + Arrays.stream(addresses).map(InetAddress::getHostAddress).collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        try (Downloader overIpv6 = new Downloader(settings.withDnsResolver(only(ipv6, settings.dnsResolver())))) {
            Hop first = overIpv6.get(home).chain().get(0);
            if (first.isError()) {
                return Optional.of(Finding.page(LinkRule.IPV6, home, ipv6.stream().map(InetAddress::getHostAddress)
                        .collect(Collectors.joining(", ")) + ": " + first.outcome())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return Optional.empty();
    }

    private static DnsResolver only(List<InetAddress> addresses, DnsResolver names) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return addresses.toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return names.resolveCanonicalHostname(host);
            }
        };
    }
}
