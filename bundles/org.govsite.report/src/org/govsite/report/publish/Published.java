package org.govsite.report.publish;

/**
 * What {@link ReportPublisher#publish} did.
 *
 * @param articleId the report's article
 * @param version the article's version after the call
 * @param attachment the SM3 digest of the XLSX attached
 * @param created true when the article was created, false when an earlier one of the same site and year was updated
 */
public record Published(String articleId, long version, String attachment, boolean created) {
}
