package org.govsite.audit.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The little CSS the hidden-link check needs: declarations of {@code style} attributes and of {@code <style>} rules
 * whose selector is a tag, a .class or an #id (other selectors and at-rules are skipped), lengths in pixels and colours
 * as {@code #rrggbb}.
 */
final class Css {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("[a-z][a-z0-9]*|[.#][_a-z][-_a-z0-9]*", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%)?"); //$NON-NLS-1$
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})\\b"); //$NON-NLS-1$
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)"); //$NON-NLS-1$
    private static final Map<String, String> NAMED = Map.of("white", "#ffffff", "black", "#000000", "red", "#ff0000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "green", "#008000", "blue", "#0000ff", "yellow", "#ffff00", "gray", "#808080", "grey", "#808080", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "silver", "#c0c0c0"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final double PX_PER_PT = 4.0 / 3;
    private static final double PX_PER_EM = 16;
    private static final int HEX_DIGITS = 16;

    /** A {@code <style>} rule with a simple selector. */
    record Rule(String selector, Map<String, String> declarations) {

        boolean matches(Element element) {
            return switch (selector.charAt(0)) {
            case '.' -> element.hasClass(selector.substring(1));
            case '#' -> element.id().equals(selector.substring(1));
            default -> element.normalName().equals(selector);
            };
        }
    }

    private Css() {
    }

    /** @return the declarations (property in lower case to value, !important dropped), later ones winning */
    static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : block.split(";")) { //$NON-NLS-1$
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String value = declaration.substring(colon + 1).replace("!important", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
                declarations.put(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        value.toLowerCase(Locale.ROOT));
            }
        }
        return declarations;
    }

    /** @return the simple-selector rules of the document's {@code <style>} elements, in document order */
    static List<Rule> rules(Document document) {
        List<Rule> rules = new ArrayList<>();
        for (Element style : document.select("style")) { //$NON-NLS-1$
            String css = COMMENT.matcher(style.data()).replaceAll(" "); //$NON-NLS-1$
            int depth = 0;
            int start = 0;
            String selectors = null;
            for (int i = 0; i < css.length(); i++) {
                char c = css.charAt(i);
                if (c == '{' && depth++ == 0) {
                    selectors = css.substring(start, i).trim();
                    start = i + 1;
                } else if (c == '}' && depth > 0 && --depth == 0) {
                    addRules(selectors, css.substring(start, i), rules);
                    start = i + 1;
                }
            }
        }
        return rules;
    }

    private static void addRules(String selectors, String block, List<Rule> rules) {
        if (selectors.startsWith("@")) { //$NON-NLS-1$
            return;
        }
        Map<String, String> declarations = declarations(block);
        for (String selector : selectors.split(",")) { //$NON-NLS-1$
            String simple = selector.trim();
            if (SIMPLE_SELECTOR.matcher(simple).matches()) {
                rules.add(new Rule(simple.charAt(0) == '.' || simple.charAt(0) == '#' ? simple
                        : simple.toLowerCase(Locale.ROOT), declarations));
            }
        }
    }

    /** @return the length in CSS pixels (a unitless 0 is 0), or null when it is not a length this understands */
    static Double pixels(String value) {
        Matcher length = LENGTH.matcher(value.trim());
        if (!length.matches()) {
            return null;
        }
        double number = Double.parseDouble(length.group(1));
        String unit = length.group(2);
        if (unit == null) {
            return number == 0 ? 0.0 : null;
        }
        return switch (unit) {
        case "px" -> number; //$NON-NLS-1$
        case "pt" -> number * PX_PER_PT; //$NON-NLS-1$
        case "em", "rem" -> number * PX_PER_EM; //$NON-NLS-1$ //$NON-NLS-2$
        default -> number == 0 ? 0.0 : null;
        };
    }

    /** @return the first colour in the value as {@code #rrggbb}, or null (transparent and unknown names) */
    static String colour(String value) {
        Matcher hex = HEX.matcher(value);
        if (hex.find()) {
            String digits = hex.group(1);
            return digits.length() == 6 ? "#" + digits //$NON-NLS-1$
                    : "#" + digits.replaceAll("(.)", "$1$1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Matcher rgb = RGB.matcher(value);
        if (rgb.find() && (rgb.group(4) == null || Double.parseDouble(rgb.group(4)) > 0)) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", channel(rgb.group(1)), channel(rgb.group(2)), //$NON-NLS-1$
                    channel(rgb.group(3)));
        }
        for (String word : value.split("\\s+")) { //$NON-NLS-1$
            if (NAMED.containsKey(word)) {
                return NAMED.get(word);
            }
        }
        return null;
    }

    private static int channel(String digits) {
        return Math.min(Integer.parseInt(digits), HEX_DIGITS * HEX_DIGITS - 1);
    }
}
