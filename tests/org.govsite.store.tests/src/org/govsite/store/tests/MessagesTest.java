package org.govsite.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.store.internal.Messages;
import org.junit.jupiter.api.Test;

/** Both languages say the same things: same keys, same placeholders, and every message field is bound. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @Test
    void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(english.keySet(), chinese.keySet());
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
            assertFalse(chinese.getProperty(key).chars().allMatch(c -> c < 128), key + " is not translated");
        }
    }

    @Test
    void everyMessageFieldHasAText() throws IOException, IllegalAccessException {
        Properties english = load("messages.properties");
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
                assertFalse(((String) field.get(null)).startsWith("NLS missing message"), field.getName());
            }
        }
        assertEquals(new TreeSet<>(english.stringPropertyNames()), fields);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
