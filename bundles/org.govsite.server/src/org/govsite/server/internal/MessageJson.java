package org.govsite.server.internal;

import java.util.List;

import org.govsite.server.Role;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A message or consultation (留言) on the wire: {@code {"id","site","title","receivedAt","answeredAt","closedAt",
 * "publicAnswer","version"}}. Times are {@code YYYY-MM-DD HH:MM} in Asia/Shanghai. In requests {@code id} may be
 * omitted on create, {@code site} may be omitted (it is the path's), {@code publicAnswer} omitted is false, and
 * {@code version} is ignored.
 *
 * @param receivedAt required
 * @param answeredAt null until answered; not before {@code receivedAt}
 * @param closedAt null until closed (办结); not before {@code receivedAt}
 * @param publicAnswer answered publicly (公开答复); only with {@code answeredAt}
 */
public record MessageJson(String id, String site, String title, String receivedAt, String answeredAt, String closedAt,
        Boolean publicAnswer, Long version) implements TitledRecord<MessageJson> {
    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public MessageJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("title", title, 500); //$NON-NLS-1$
        Fields.check(receivedAt != null, "receivedAt is required"); //$NON-NLS-1$
        long received = Fields.time("receivedAt", receivedAt); //$NON-NLS-1$
        Fields.timeFrom("answeredAt", answeredAt, received, "receivedAt"); //$NON-NLS-1$ //$NON-NLS-2$
        Fields.timeFrom("closedAt", closedAt, received, "receivedAt"); //$NON-NLS-1$ //$NON-NLS-2$
        publicAnswer = Boolean.TRUE.equals(publicAnswer);
        Fields.check(!publicAnswer || answeredAt != null, "publicAnswer needs answeredAt"); //$NON-NLS-1$
    }

    /** The table: {@code message}, answering {@code {"messages":[...]}}; reviewers may update (answer, close). */
    static SiteRecords<MessageJson> table() {
        return new SiteRecords<>("message", "messages", MessageJson.class, "message", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("title", "received_at", "answered_at", "closed_at", "public_answer"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                row -> new MessageJson(row.getString(1), row.getString(2), row.getString(3),
                        Fields.time(row.getObject(4, Long.class)), Fields.time(row.getObject(5, Long.class)),
                        Fields.time(row.getObject(6, Long.class)), row.getBoolean(7), row.getLong(8)),
                Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER) {
            @Override
            StatisticCounts.Tally counts(MessageJson message) {
                return message.counts();
            }
        };
    }

    /**
     * @return what this stored message counts for in the year it was received (Asia/Shanghai): received; closed
     *         before that year ended, with its handling time in seconds; answered publicly
     */
    StatisticCounts.Tally counts() {
        int year = Integer.parseInt(receivedAt.substring(0, 4));
        StatisticCounts.Tally tally = new StatisticCounts.Tally().add(site, year, StatisticCounts.RECEIVED, 1);
        if (closedAt != null && closedAt.compareTo(String.format("%04d", year + 1)) < 0) { //$NON-NLS-1$
            tally.add(site, year, StatisticCounts.CLOSED, 1).add(site, year, StatisticCounts.CLOSED_SECONDS,
                    Fields.time("closedAt", closedAt) - Fields.time("receivedAt", receivedAt)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return tally.add(site, year, StatisticCounts.PUBLIC, publicAnswer ? 1 : 0);
    }

    @Override
    public MessageJson with(String newSite, String newId, long newVersion) {
        return new MessageJson(newId, newSite, title, receivedAt, answeredAt, closedAt, publicAnswer, newVersion);
    }

    @Override
    @JsonIgnore
    public Object[] row() {
        return new Object[] { title, Fields.time("receivedAt", receivedAt), Fields.time("answeredAt", answeredAt), //$NON-NLS-1$ //$NON-NLS-2$
                Fields.time("closedAt", closedAt), publicAnswer }; //$NON-NLS-1$
    }
}
