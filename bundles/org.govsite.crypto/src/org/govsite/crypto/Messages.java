package org.govsite.crypto;

import org.eclipse.osgi.util.NLS;

/** Localized messages of {@link CryptoException}s (messages.properties, messages_zh.properties). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.crypto.messages"; //$NON-NLS-1$

    public static String PEM_NO_PRIVATE_KEY;
    public static String PEM_NO_PUBLIC_KEY;
    public static String PEM_ENCRYPTED_KEY;
    public static String KEY_ENCODING;
    public static String KEY_NOT_SM2;
    public static String PUBLIC_KEY_POINT;
    public static String PRIVATE_KEY_RANGE;
    public static String SIGNATURE_ENCODING;
    public static String SM2_CIPHERTEXT_FORMAT;
    public static String SM2_DECRYPT_FAILED;
    public static String SM4_GCM_FAILED;
    public static String SM4_CBC_FAILED;
    public static String KEYFILE_FORMAT;
    public static String KEYFILE_VERSION;
    public static String KEYFILE_PARAMETERS;
    public static String KEYFILE_DECRYPT;
    public static String KEYFILE_EMPTY_PASSPHRASE;
    public static String KEYFILE_MISSING;
    public static String KEYFILE_READ;
    public static String KEYFILE_WRITE;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
