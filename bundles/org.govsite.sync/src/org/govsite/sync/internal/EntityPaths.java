package org.govsite.sync.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;
import org.govsite.store.replica.OutboxEntry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The REST v1 paths of the change feed's entities (docs/protocol.md, Contract 1): columns, topics and channels are nested in
 * their site, whose id their JSON carries in {@code "site"}.
 */
public final class EntityPaths {

    private EntityPaths() {
    }

    /** The path new objects of this entity are POSTed to. */
    public static String collection(String entity, JsonNode data) {
        return switch (entity) {
            case "organisation" -> "/api/v1/organisations";
            case "site" -> "/api/v1/sites";
            case "article" -> "/api/v1/articles";
            case "column" -> "/api/v1/sites/" + segment(site(entity, data)) + "/columns";
            case "topic" -> "/api/v1/sites/" + segment(site(entity, data)) + "/topics";
            case "channel" -> "/api/v1/sites/" + segment(site(entity, data)) + "/channels";
            default -> throw new IllegalArgumentException(NLS.bind(Messages.UnknownEntity, entity));
        };
    }

    /** The path of one object. */
    public static String item(String entity, String id, JsonNode data) {
        return collection(entity, data) + "/" + segment(id);
    }

    /**
     * Whether the entry's call is high-risk and so needs the operator's own signature: deleting a site
     * (docs/protocol.md, "High-risk operations").
     */
    public static boolean isHighRisk(OutboxEntry entry) {
        return "site".equals(entry.entity()) && entry.isDelete();
    }

    private static String site(String entity, JsonNode data) {
        JsonNode site = data == null ? null : data.get("site");
        if (site == null || !site.isTextual()) {
            throw new IllegalArgumentException(NLS.bind(Messages.MissingSite, entity));
        }
        return site.asText();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
