package org.govsite.client;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the client (messages.properties, messages_zh.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.client.messages"; //$NON-NLS-1$

    public static String Offline;
    public static String TransportFailed;
    public static String Untrusted;
    public static String WithDetail;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
