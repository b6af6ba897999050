package org.govsite.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The Chinese text of published pages ({@code pages.properties} beside this class). Published government sites are
 * Chinese whatever the server's locale, so unlike the server's messages this text is not localized.
 */
final class PageText {
    private static final Properties TEXT = load();

    private PageText() {
    }

    /** @return the text of {@code key} with {@code arguments} filled in */
    static String get(String key, Object... arguments) {
        String pattern = TEXT.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no page text " + key); //$NON-NLS-1$
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private static Properties load() {
        try (InputStream in = PageText.class.getResourceAsStream("pages.properties")) { //$NON-NLS-1$
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
