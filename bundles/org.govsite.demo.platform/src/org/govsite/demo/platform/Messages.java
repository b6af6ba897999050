package org.govsite.demo.platform;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the demo platform (messages.properties, messages_zh.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.demo.platform.messages"; //$NON-NLS-1$

    public static String Starting;
    public static String Seed_operators;
    public static String Seed_province;
    public static String Seed_articles;
    public static String Seed_publish;
    public static String Seed_uploadFailed;
    public static String ReadFailed;
    public static String WriteFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
