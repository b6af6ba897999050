package org.govsite.server.internal;

import java.util.List;
import java.util.Map;

import org.govsite.protocol.PublishedPaths;
import org.govsite.server.internal.Attachments.Attachment;

/**
 * Everything the static pages of one site show, read in one transaction.
 *
 * @param columns the site's columns, by position among siblings
 * @param articles per column id of this site: the articles listed there, newest first, with empty bodies
 * @param topics the site's topics (专题), newest first
 * @param topicArticles per topic id of this site: the articles listed there, newest first, with empty bodies (some may
 *        be in no column of this site)
 * @param canonicalUrls per article id: the absolute URL of its page under its home column (which may be on another
 *        site), the Url page tag
 * @param attachments the attachments the articles refer to, by digest
 * @param bodyDigests per article id: the fingerprint of its body ({@link Fingerprints}), absent if not known
 * @param channels the site's channels (频道, its navigation), by position, then id
 */
record SiteContent(Site site, List<Column> columns, Map<String, List<ArticleJson>> articles, List<TopicJson> topics,
        Map<String, List<ArticleJson>> topicArticles, Map<String, String> canonicalUrls, Map<String, Attachment> attachments,
        Map<String, String> bodyDigests, List<ChannelJson> channels) {
    /** The site tags and footer identity of a site. */
    record Site(String id, String name, String hostName, String mainDomain, List<String> aliases, String idCode,
            String icpRecord, String securityRecord) {
    }

    /** A column (栏目): {@code parentId} is null at the top level; {@code category} a ColumnCategory literal. */
    record Column(String id, String siteId, String parentId, String name, String pathSegment, String category,
            String description, String keywords, int position) implements PublishedPaths.Column {
    }
}
