package org.govsite.server.internal;

/** Escaping for the published pages: text and double-quoted attribute values. */
final class Html {
    private Html() {
    }

    /** @return {@code value} with {@code & < > " '} escaped, safe as element text and as a quoted attribute value */
    static String escape(String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> out.append("&amp;"); //$NON-NLS-1$
            case '<' -> out.append("&lt;"); //$NON-NLS-1$
            case '>' -> out.append("&gt;"); //$NON-NLS-1$
            case '"' -> out.append("&quot;"); //$NON-NLS-1$
            case '\'' -> out.append("&#39;"); //$NON-NLS-1$
            default -> out.append(c);
            }
        }
        return out.toString();
    }
}
