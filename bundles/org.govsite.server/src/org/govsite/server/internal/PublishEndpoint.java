package org.govsite.server.internal;

import java.sql.SQLException;
import java.util.Map;

import org.govsite.server.Role;

/**
 * {@code POST /api/v1/sites/{id}/publish}: renders the site's static pages and serves them under its domains. Content
 * reviewers publish (三权分立: editors write into the library, reviewers release what they reviewed); the publish is
 * logged as {@code site.publish}.
 */
public final class PublishEndpoint {
    private final Services services;
    private final SitePublisher publisher;

    public PublishEndpoint(Services services) {
        this.services = services;
        this.publisher = new SitePublisher(new AttachmentStore(services.config().dataFolder()),
                new PublishedSites(services.config().dataFolder()), services.config().publicPrefix());
    }

    public ApiResponse publish(Caller caller, String siteId) throws SQLException {
        caller.require(Role.CONTENT_REVIEWER);
        long now = services.now();
        SitePublisher.Result result = publisher.publish(services.database(), siteId, now, (connection, generation, pages, rendered) -> services.log()
                .append(connection, caller.operator(), "site.publish", siteId, //$NON-NLS-1$
                        pages + " pages (" + rendered + " rendered), generation " + generation)); //$NON-NLS-1$ //$NON-NLS-2$
        return ApiResponse.json(200, Map.of("site", result.siteId(), "generation", result.generation(), //$NON-NLS-1$ //$NON-NLS-2$
                "pages", result.pages(), "rendered", result.rendered(), "hosts", result.hosts(), "publishedAt", now)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
