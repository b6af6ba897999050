package org.govsite.sync.internal;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the sync engine (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.govsite.sync.internal.messages";

    public static String TaskPull;
    public static String TaskPush;
    public static String NotAConflict;
    public static String MergeNeedsData;
    public static String UnknownEntity;
    public static String MissingSite;
    public static String PageSize;
    public static String NotRejected;
    public static String NoOperatorKey;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
