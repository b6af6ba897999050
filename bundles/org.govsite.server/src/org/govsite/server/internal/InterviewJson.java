package org.govsite.server.internal;

import java.util.List;

import org.govsite.server.Role;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An online interview (在线访谈) on the wire: {@code {"id","site","title","heldAt","questions","answers","version"}}.
 * In requests {@code id} may be omitted on create, {@code site} may be omitted (it is the path's), the counts omitted
 * are 0, and {@code version} is ignored.
 *
 * @param heldAt {@code YYYY-MM-DD HH:MM} in Asia/Shanghai, required
 * @param questions questions received from the public (网民留言数量), at least 0
 * @param answers questions answered (答复网民提问数量), 0 to {@code questions}
 */
public record InterviewJson(String id, String site, String title, String heldAt, Integer questions, Integer answers,
        Long version) implements TitledRecord<InterviewJson> {
    /** @throws org.govsite.protocol.ProtocolException ({@code GS-REQ-INVALID-FIELD}) naming the first invalid field */
    public InterviewJson {
        Fields.id("id", id); //$NON-NLS-1$
        Fields.id("site", site); //$NON-NLS-1$
        Fields.name("title", title, 500); //$NON-NLS-1$
        Fields.check(heldAt != null, "heldAt is required"); //$NON-NLS-1$
        Fields.time("heldAt", heldAt); //$NON-NLS-1$
        questions = questions == null ? 0 : questions;
        answers = answers == null ? 0 : answers;
        Fields.count("questions", questions); //$NON-NLS-1$
        Fields.count("answers", answers); //$NON-NLS-1$
        Fields.check(answers <= questions, "answers must not exceed questions"); //$NON-NLS-1$
    }

    /** The table: {@code interview}, answering {@code {"interviews":[...]}}; reviewers may update (answers). */
    static SiteRecords<InterviewJson> table() {
        return new SiteRecords<>("interview", "interviews", InterviewJson.class, "interview", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("title", "held_at", "questions", "answers"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                row -> new InterviewJson(row.getString(1), row.getString(2), row.getString(3),
                        Fields.time(row.getObject(4, Long.class)), row.getInt(5), row.getInt(6), row.getLong(7)),
                Role.CONTENT_EDITOR, Role.CONTENT_REVIEWER);
    }

    @Override
    public InterviewJson with(String newSite, String newId, long newVersion) {
        return new InterviewJson(newId, newSite, title, heldAt, questions, answers, newVersion);
    }

    @Override
    @JsonIgnore
    public Object[] row() {
        return new Object[] { title, Fields.time("heldAt", heldAt), questions, answers }; //$NON-NLS-1$
    }
}
