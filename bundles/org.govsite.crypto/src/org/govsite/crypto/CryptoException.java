package org.govsite.crypto;

/**
 * Input that fails a cryptographic or format check: a damaged or foreign key, ciphertext, signature encoding or
 * key file, a wrong passphrase. The message is localized (Chinese or English, following the default locale) and
 * safe to show to the user: it never contains key material.
 * <p>
 * Programming errors (a 15-byte SM4 key, a null argument) are reported with {@link IllegalArgumentException} or
 * {@link NullPointerException} instead.
 */
public class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
