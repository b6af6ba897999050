package org.govsite.report;

/** The sections of the 政府网站工作年度报表 in the template's order; labels in {@code messages*.properties}. */
public enum Section {
    SITE, PUBLISHING, TOPICS, INTERPRETATION, SERVICES, INTERACTION, SECURITY, NEW_MEDIA, INNOVATION, SIGN_OFF
}
