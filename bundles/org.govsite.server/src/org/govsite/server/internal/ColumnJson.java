package org.govsite.server.internal;

import org.govsite.model.ColumnCategory;
import org.govsite.model.guide.GuideRules;

/**
 * A column (栏目) on the wire: {@code {"id","site","parent","name","pathSegment","category","description",
 * "keywords","updatePeriodDays","position","version"}}. In requests {@code id} may be omitted on create, {@code site}
 * may be omitted (it is the site of the path), {@code updatePeriodDays} omitted is the Guide's period of the
 * category, {@code position} omitted is 0, and {@code version} is ignored.
 *
 * @param parent the id of the parent column in the same site, null at the top level
 * @param pathSegment {@code [a-z0-9_-]{1,64}}, unique among the column's siblings
 * @param category a literal of the model's {@link ColumnCategory}
 */
public record ColumnJson(String id, String site, String parent, String name, String pathSegment, String category,
        String description, String keywords, Integer updatePeriodDays, Integer position, Long version)
        implements VersionedEntity {
    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public ColumnJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.id("parent", parent); //$NON-NLS-1$
        Fields.check(parent == null || !parent.equals(id), "parent must not be the column itself"); //$NON-NLS-1$
        Fields.name("name", name, 200); //$NON-NLS-1$
        Fields.check(pathSegment != null, "pathSegment is required"); //$NON-NLS-1$
        Fields.matches("pathSegment", pathSegment, Fields.PATH_SEGMENT); //$NON-NLS-1$
        Fields.literal("category", category, ColumnCategory::get, ColumnCategory.VALUES); //$NON-NLS-1$
        Fields.optional("description", description, 2000); //$NON-NLS-1$
        Fields.optional("keywords", keywords, 500); //$NON-NLS-1$
        updatePeriodDays = updatePeriodDays == null ? GuideRules.defaultUpdatePeriodDays(ColumnCategory.get(category))
                : updatePeriodDays;
        Fields.check(updatePeriodDays >= 0 && updatePeriodDays <= 3660, "updatePeriodDays must be 0 to 3660"); //$NON-NLS-1$
        position = position == null ? 0 : position;
        Fields.check(position >= 0, "position must not be negative"); //$NON-NLS-1$
    }

    /** @return this column in {@code newSite} with {@code newId} and {@code newVersion} */
    ColumnJson with(String newSite, String newId, long newVersion) {
        return new ColumnJson(newId, newSite, parent, name, pathSegment, category, description, keywords,
                updatePeriodDays, position, newVersion);
    }
}
