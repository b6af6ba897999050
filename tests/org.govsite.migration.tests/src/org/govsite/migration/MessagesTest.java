package org.govsite.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every message has its English and Chinese text, and nothing else is in the files. */
class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveEveryKey() throws Exception {
        Set<String> fields = Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toSet());
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(fields, english.stringPropertyNames());
        assertEquals(fields, chinese.stringPropertyNames());
        for (String key : fields) {
            assertFalse(chinese.getProperty(key).chars().allMatch(c -> c < 128), key + " is not translated");
        }
    }

    @Test
    void theCommandLineHasEveryTextInBothLanguages() throws Exception {
        Properties english = load("cli/messages.properties");
        Properties chinese = load("cli/messages_zh.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertFalse(chinese.getProperty(key).chars().allMatch(c -> c < 128), key + " is not translated");
        }
    }
}
