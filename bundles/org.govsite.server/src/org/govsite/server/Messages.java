package org.govsite.server;

import org.eclipse.osgi.util.NLS;

/** Localized (en, zh) messages of the server's command line and start-up errors. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.server.messages"; //$NON-NLS-1$

    public static String AdministratorExists;
    public static String AdministratorCreated;
    public static String CannotListen;
    public static String DatabaseFailed;
    public static String InvalidAdministrator;
    public static String MissingOptionValue;
    public static String MissingPassphrase;
    public static String ReadFailed;
    public static String ServerKeyFailed;
    public static String Started;
    public static String UnknownOption;
    public static String Usage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
