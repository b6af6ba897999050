package org.govsite.crypto.tests;

import static org.govsite.crypto.tests.LocalizedMessages.CHINESE;
import static org.govsite.crypto.tests.LocalizedMessages.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The English and Chinese message files of the crypto bundle define the same, non-empty messages. */
class MessagesTest {
    @Test
    void chineseAndEnglishDefineTheSameMessages() {
        assertFalse(ENGLISH.isEmpty());
        assertEquals(ENGLISH.stringPropertyNames(), CHINESE.stringPropertyNames());
        for (String key : CHINESE.stringPropertyNames()) {
            assertFalse(ENGLISH.getProperty(key).isBlank(), key);
            assertTrue(CHINESE.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " has no Chinese text");
        }
    }
}
