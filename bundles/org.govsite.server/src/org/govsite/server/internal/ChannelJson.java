package org.govsite.server.internal;

import java.util.List;

/**
 * A channel (频道) of a site's navigation on the wire: {@code {"id","site","name","pathSegment","columns","position",
 * "version"}}. In requests {@code id} may be omitted on create, {@code site} may be omitted (it is the site of the
 * path), {@code columns} omitted is empty, {@code position} omitted is 0, and {@code version} is ignored.
 *
 * @param pathSegment {@code [a-z0-9_-]{1,64}}, unique among the site's channels
 * @param columns the ids of the columns of the same site the channel shows, in order: at most {@value #MAX_COLUMNS},
 *        distinct
 */
public record ChannelJson(String id, String site, String name, String pathSegment, List<String> columns, Integer position,
        Long version) implements VersionedEntity {
    private static final int MAX_COLUMNS = 50;

    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public ChannelJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("name", name, 200); //$NON-NLS-1$
        Fields.check(pathSegment != null, "pathSegment is required"); //$NON-NLS-1$
        Fields.matches("pathSegment", pathSegment, Fields.PATH_SEGMENT); //$NON-NLS-1$
        columns = Fields.list("columns", columns); //$NON-NLS-1$
        Fields.check(columns.size() <= MAX_COLUMNS && Fields.distinct(columns, Fields.ID),
                "columns must list at most " + MAX_COLUMNS + " distinct column ids"); //$NON-NLS-1$ //$NON-NLS-2$
        position = position == null ? 0 : position;
        Fields.check(position >= 0, "position must not be negative"); //$NON-NLS-1$
    }

    /** @return this channel in {@code newSite} with {@code newId} and {@code newVersion} */
    ChannelJson with(String newSite, String newId, long newVersion) {
        return new ChannelJson(newId, newSite, name, pathSegment, columns, position, newVersion);
    }

    /** @return this channel without column {@code column} (the others in their order), one version on */
    ChannelJson without(String column) {
        return new ChannelJson(id, site, name, pathSegment, columns.stream().filter(c -> !c.equals(column)).toList(),
                position, version + 1);
    }
}
