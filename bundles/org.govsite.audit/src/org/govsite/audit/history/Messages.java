package org.govsite.audit.history;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the audit history (messages.properties, messages_zh.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.audit.history.messages"; //$NON-NLS-1$

    public static String Closed;
    public static String ReadFailed;
    public static String UnknownRule;
    public static String WriteFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
