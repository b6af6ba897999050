package org.govsite.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One site's statistics for a year as the platform's {@code GET /api/v1/statistics} answers them (docs/reports.md,
 * "Statistics"): counts within the calendar year in Asia/Shanghai. Unknown JSON fields are ignored (see
 * {@link Statistics#read}), missing ones are zero.
 */
public record SiteStatistics(String siteId, String siteName, String host, String idCode, Articles articles,
        Topics topics, Interpretations interpretations, long hotspotResponses, Services services, Messages messages,
        Solicitations solicitations, Interviews interviews) {

    /** Sub-records a missing JSON object leaves empty (all zero). */
    public SiteStatistics {
        articles = articles == null ? new Articles(0, 0, 0, 0) : articles;
        topics = topics == null ? new Topics(0, 0) : topics;
        interpretations = interpretations == null ? new Interpretations(0, 0, 0, 0) : interpretations;
        services = services == null ? new Services(false, 0, 0, 0, null) : services;
        messages = messages == null ? new Messages(0, 0, 0, 0) : messages;
        solicitations = solicitations == null ? new Solicitations(0, 0, 0) : solicitations;
        interviews = interviews == null ? new Interviews(0, 0, 0) : interviews;
    }

    /** Articles published in the year: in total and by their column's category. */
    public record Articles(long total, long overview, long news, long catalogue) {
    }

    /** Topics (专题) live at any time in the year and created in the year. */
    public record Topics(long maintained, long opened) {
    }

    /** Interpretation items (解读) published in the year. */
    public record Interpretations(long total, long materials, long products, long mediaComments) {
    }

    /** Service items of the site and cases handled in the year. */
    public record Services(boolean catalogue, long registeredUsers, long items, long onlineItems, Cases cases) {
        /** A missing cases object is zero. */
        public Services {
            cases = cases == null ? new Cases(0, 0, 0) : cases;
        }
    }

    /** Cases (办件) handled in the year, by applicant kind. */
    public record Cases(long total, long persons, long legalEntities) {
    }

    /** Messages received in the year; closed, mean handling days and publicly answered of those. */
    public record Messages(long received, long closed, double averageDays, @JsonProperty("public") long public_) { //$NON-NLS-1$
    }

    /** Solicitations (征集调查) held in the year. */
    public record Solicitations(long count, long opinions, long resultsPublished) {
    }

    /** Online interviews (在线访谈) held in the year. */
    public record Interviews(long count, long questions, long answers) {
    }
}
