package org.govsite.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.govsite.crypto.CryptoException;
import org.junit.jupiter.api.Test;

/** The English and Chinese message files of the crypto bundle define the same, non-empty messages. */
class MessagesTest {
    private static Properties load(String name) throws IOException {
        try (InputStream in = CryptoException.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }

    @Test
    void chineseAndEnglishDefineTheSameMessages() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertFalse(english.isEmpty());
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key);
            assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " has no Chinese text");
        }
    }
}
