package org.govsite.audit;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the audit engine (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.audit.messages"; //$NON-NLS-1$

    public static String CrawlTask;
    public static String LINK_BROKEN;
    public static String LINK_RATE_LIMITED;
    public static String LINK_REDIRECT_CHAIN;
    public static String LINK_REDIRECT_LOOP;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
