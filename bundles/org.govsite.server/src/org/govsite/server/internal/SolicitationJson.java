package org.govsite.server.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.govsite.server.Role;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A solicitation or survey (征集调查) on the wire: {@code {"id","site","title","startOn","endOn","opinions",
 * "resultPublishedAt","version"}}. In requests {@code id} may be omitted on create, {@code site} may be omitted (it
 * is the path's), {@code opinions} omitted is 0, and {@code version} is ignored.
 *
 * @param startOn {@code YYYY-MM-DD}, required: the statistics count a solicitation in the year it starts
 * @param endOn {@code YYYY-MM-DD}, required, not before {@code startOn}
 * @param opinions opinions received (收到意见数量), at least 0
 * @param resultPublishedAt when the result was published ({@code YYYY-MM-DD HH:MM}, Asia/Shanghai), null if not yet
 */
public record SolicitationJson(String id, String site, String title, String startOn, String endOn, Integer opinions,
        String resultPublishedAt, Long version) implements TitledRecord<SolicitationJson> {
    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public SolicitationJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("title", title, 500); //$NON-NLS-1$
        Fields.check(startOn != null && endOn != null, "startOn and endOn are required"); //$NON-NLS-1$
        Fields.check(!Fields.date("endOn", endOn).isBefore(Fields.date("startOn", startOn)), //$NON-NLS-1$ //$NON-NLS-2$
                "endOn must not be before startOn"); //$NON-NLS-1$
        opinions = opinions == null ? 0 : opinions;
        Fields.count("opinions", opinions); //$NON-NLS-1$
        Fields.time("resultPublishedAt", resultPublishedAt); //$NON-NLS-1$
    }

    /** The table: {@code solicitation}, answering {@code {"solicitations":[...]}}; reviewers may update (results). */
    static SiteRecords<SolicitationJson> table() {
        return new SiteRecords<>("solicitation", "solicitations", SolicitationJson.class, "solicitation", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("title", "start_on", "end_on", "opinions", "result_published_at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                row -> new SolicitationJson(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class).toString(), row.getObject(5, LocalDate.class).toString(),
                        row.getInt(6), Fields.time(row.getObject(7, Long.class)), row.getLong(8)),
                Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
    }

    @Override
    public SolicitationJson with(String newSite, String newId, long newVersion) {
        return new SolicitationJson(newId, newSite, title, startOn, endOn, opinions, resultPublishedAt, newVersion);
    }

    @Override
    @JsonIgnore
    public Object[] row() {
        return new Object[] { title, Date.valueOf(startOn), Date.valueOf(endOn), opinions,
                Fields.time("resultPublishedAt", resultPublishedAt) }; //$NON-NLS-1$
    }
}
