package org.govsite.server.internal;

/** An entity of the REST API with an id, a name and a version (organisation, site, column, topic, channel, ...). */
public interface VersionedEntity {
    /** @return the id, null in a create request that lets the server choose */
    String id();

    String name();

    /** @return the version: 1 on create, + 1 per update; ignored in requests */
    Long version();
}
