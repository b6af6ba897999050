package org.govsite.model.validation;

import org.eclipse.osgi.util.NLS;

/** Localized validation messages (messages.properties, messages_zh.properties); one field per {@link Rule}. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.model.validation.messages"; //$NON-NLS-1$

    public static String VALIDATION_TASK;
    public static String GS_REQUIRED;
    public static String GS_REFERENCE_DANGLING;
    public static String GS_DOMAIN_SYNTAX;
    public static String GS_DOMAIN_SUFFIX;
    public static String GS_DOMAIN_PORTAL;
    public static String GS_DOMAIN_DEPARTMENT;
    public static String GS_DOMAIN_UNIQUE;
    public static String GS_IDCODE_FORMAT;
    public static String GS_IDCODE_DIVISION;
    public static String GS_IDCODE_UNIQUE;
    public static String GS_SITE_PER_ORGANISATION;
    public static String GS_COLUMNS_REQUIRED;
    public static String GS_CHANNEL_COUNT;
    public static String GS_PATH_SYNTAX;
    public static String GS_PATH_UNIQUE;
    public static String GS_TOPIC_ARCHIVED_HOME;
    public static String GS_TOPIC_ARCHIVED_DATE;
    public static String GS_OFFLINE_DATES;
    public static String GS_OFFLINE_DURATION;
    public static String GS_COLOUR_FORMAT;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
