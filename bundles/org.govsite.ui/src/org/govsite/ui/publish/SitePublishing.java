package org.govsite.ui.publish;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.client.PublishedSite;
import org.govsite.model.Site;
import org.govsite.protocol.ErrorCode;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connections;

/**
 * Publishes sites on a connection's platform, one request each ({@link PlatformClient#publishSite}), the model's site
 * ids being the platform's (a connection's own platform, or a local one uploaded with its ids). A site's refusal (not
 * on the platform, no domain, a domain another site is published under) is that site's outcome; no answer at all or
 * a refused role ends the run, since every further site would fail the same way.
 */
final class SitePublishing {
    private final Connections connections;
    private final String connectionId;

    SitePublishing(Connections connections, String connectionId) {
        this.connections = connections;
        this.connectionId = connectionId;
    }

    /** @return one line per site, in order: its pages and how many were rendered anew, or why it was not published */
    List<String> publish(List<Site> sites, IProgressMonitor monitor) {
        PlatformClient client = connections.client(connectionId);
        SubMonitor progress = SubMonitor.convert(monitor, sites.size());
        List<String> outcomes = new ArrayList<>();
        for (Site site : sites) {
            if (progress.isCanceled()) {
                outcomes.add(NLS.bind(Messages.Publish_failed, site.getName(), Messages.Publish_canceled));
                continue;
            }
            progress.subTask(NLS.bind(Messages.Publish_site, site.getName()));
            outcomes.add(outcome(client, site));
            progress.worked(1);
        }
        return outcomes;
    }

    private String outcome(PlatformClient client, Site site) {
        if (site.getMainDomain() == null || site.getMainDomain().isBlank()) {
            return NLS.bind(Messages.Publish_failed, site.getName(), Messages.Publish_noDomain);
        }
        try {
            PublishedSite published = connections.call(connectionId, () -> client.publishSite(site.getId()));
            return NLS.bind(Messages.Publish_done, new Object[] { site.getName(), published.pages(), published.rendered() });
        } catch (ClientException e) {
            if (e.code() == ErrorCode.REQ_NOT_FOUND) {
                return NLS.bind(Messages.Publish_failed, site.getName(), Messages.Publish_notOnPlatform);
            }
            if (e.code() == ErrorCode.REQ_INVALID_FIELD) {
                return NLS.bind(Messages.Publish_failed, site.getName(), Messages.Publish_domainTaken);
            }
            throw e;
        }
    }
}
