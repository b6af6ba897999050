package org.govsite.server.internal;

/**
 * An interaction record of one site (message, solicitation, interview, service item): versioned, scoped by its site
 * ({@code /api/v1/sites/{siteId}/...}), kept by a {@link SiteRecords} table.
 *
 * @param <T> the record type itself
 */
public interface SiteRecord<T extends SiteRecord<T>> extends VersionedEntity {
    /** @return the site's id; may be omitted in requests (it is the path's) */
    String site();

    /** @return this record in {@code newSite} with {@code newId} and {@code newVersion} */
    T with(String newSite, String newId, long newVersion);

    /** @return the values of the table's own columns ({@link SiteRecords}), in their order */
    Object[] row();
}
