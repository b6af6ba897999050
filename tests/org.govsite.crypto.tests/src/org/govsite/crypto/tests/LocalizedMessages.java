package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.govsite.crypto.CryptoException;

/** The crypto bundle's message files, to check that an error carries the intended message in either language. */
final class LocalizedMessages {
    static final Properties ENGLISH = load("messages.properties");
    static final Properties CHINESE = load("messages_zh.properties");

    private LocalizedMessages() {
    }

    private static Properties load(String name) {
        try (InputStream in = CryptoException.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code error}'s message is the English or Chinese text of {@code key}, its placeholders
     * {0}, {1}, ... filled with {@code arguments}.
     */
    static void assertMessage(String key, Throwable error, Object... arguments) {
        String english = fill(ENGLISH.getProperty(key), arguments);
        String chinese = fill(CHINESE.getProperty(key), arguments);
        String actual = error.getMessage();
        assertTrue(actual.equals(english) || actual.equals(chinese),
                "expected message " + key + " (\"" + english + "\"), got \"" + actual + "\"");
    }

    private static String fill(String template, Object... arguments) {
        String text = template;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
