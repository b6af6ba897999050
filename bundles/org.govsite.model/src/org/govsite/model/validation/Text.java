package org.govsite.model.validation;

import java.util.Locale;

/** Small string helpers shared by the rules. */
final class Text {
    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The canonical key of a domain or path segment: trimmed and lower-cased. */
    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
