package org.govsite.server.internal;

/**
 * A topic (专题) on the wire: {@code {"id","site","name","pathSegment","onHomePage","archived","archivedOn",
 * "version"}}. In requests {@code id} may be omitted on create, {@code site} may be omitted (it is the site of the
 * path), the booleans omitted are false, and {@code version} is ignored.
 *
 * @param pathSegment {@code [a-z0-9_-]{1,64}}, unique among the site's topics
 * @param archivedOn {@code YYYY-MM-DD} or null; only an archived topic has one
 */
public record TopicJson(String id, String site, String name, String pathSegment, Boolean onHomePage, Boolean archived,
        String archivedOn, Long version) implements VersionedEntity {
    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public TopicJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("name", name, 200); //$NON-NLS-1$
        Fields.check(pathSegment != null, "pathSegment is required"); //$NON-NLS-1$
        Fields.matches("pathSegment", pathSegment, Fields.PATH_SEGMENT); //$NON-NLS-1$
        onHomePage = Boolean.TRUE.equals(onHomePage);
        archived = Boolean.TRUE.equals(archived);
        Fields.date("archivedOn", archivedOn); //$NON-NLS-1$
        Fields.check(archivedOn == null || archived, "archivedOn needs archived true"); //$NON-NLS-1$
    }

    /** @return this topic in {@code newSite} with {@code newId} and {@code newVersion} */
    TopicJson with(String newSite, String newId, long newVersion) {
        return new TopicJson(newId, newSite, name, pathSegment, onHomePage, archived, archivedOn, newVersion);
    }
}
