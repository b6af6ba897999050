package org.govsite.ui.connect;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/** Secure storage in a test's folder, under a fixed master password: no real keyring or dialog is involved. */
public final class TestSecureStorage {

    private TestSecureStorage() {
    }

    public static ISecurePreferences open(Path file) {
        try {
            return SecurePreferencesFactory.open(file.toUri().toURL(),
                    Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master password for tests".toCharArray()),
                            IProviderHints.PROMPT_USER, Boolean.FALSE));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
