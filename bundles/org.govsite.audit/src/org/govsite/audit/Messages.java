package org.govsite.audit;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the audit engine (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.audit.messages"; //$NON-NLS-1$

    public static String CrawlTask;
    public static String CaMissing;
    public static String CaUnreadable;
    public static String CaNoCertificate;
    public static String LINK_BROKEN;
    public static String LINK_RATE_LIMITED;
    public static String LINK_REDIRECT_CHAIN;
    public static String LINK_REDIRECT_LOOP;
    public static String PAGE_TAGS_SITE;
    public static String PAGE_TAGS_COLUMN;
    public static String PAGE_TAGS_ARTICLE;
    public static String PAGE_PUBDATE_FORMAT;
    public static String PAGE_SITE_ID_CODE;
    public static String PAGE_SOURCE_SHOWN;
    public static String PAGE_FOOTER_IDENTITY;
    public static String PAGE_IMAGE_ALT;
    public static String PAGE_HIDDEN_LINK;
    public static String PAGE_SENSITIVE_WORD;
    public static String VETO_SERIOUS_CONTENT;
    public static String DEDUCT_BROKEN_LINK;
    // content, freshness and verdict (audit-content)
    public static String PAGE_TYPO;
    public static String PAGE_TYPO_SERIOUS;
    public static String PAGE_FOOTER_ID_MISMATCH;
    public static String FRESH_HOME_UNREADABLE;
    public static String FRESH_HOME_STALE;
    public static String FRESH_COLUMN_STALE;
    public static String FRESH_COLUMN_EMPTY;
    public static String VETO_SITE_UNREACHABLE;
    public static String VETO_HOME_STALE;
    public static String VETO_COLUMNS_STALE;
    public static String VETO_COLUMNS_NOT_UPDATED;
    public static String VETO_COLUMNS_EMPTY;
    public static String DEDUCT_POLICY_STALE;
    // link rules and page budgets of the crawl (audit-links)
    public static String LINK_FRAGMENT_MISSING;
    public static String LINK_SOFT_BLOCKED;
    public static String LINK_MIXED_CONTENT;
    public static String LINK_EXTERNAL_NO_PROMPT;
    public static String PAGE_IMAGE_SIZE;
    public static String PAGE_LOAD_TIME;
    public static String SITE_IPV6;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
