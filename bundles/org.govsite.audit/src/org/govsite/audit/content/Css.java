package org.govsite.audit.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.audit.crawl.MediaQueries;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The little CSS the hidden-link check needs: declarations of {@code style} attributes and of {@code <style>} rules
 * (the crawler puts a page's external style sheets in as {@code <style>} elements too), matched by jsoup's own
 * selector engine; lengths in pixels and colours as {@code #rrggbb}. {@code :link} and {@code :visited} are dropped
 * from selectors (every link matches one); a selector with {@code :hover}, {@code :focus}, {@code :focus-within} or
 * {@code :active} is kept, without them, as an <em>interactive</em> rule: what a visitor's pointer or keyboard
 * applies (a menu shown on hover). The rules inside {@code @media} that applies to every screen ({@code screen},
 * {@code all}, {@code not print}) count as the sheet's own; {@code @media} for print or with viewport conditions (a
 * phone's layout), a {@code <style>} whose {@code media} is such, other at-rules, selectors with other pseudo-classes
 * or pseudo-elements and selectors jsoup cannot parse are skipped.
 */
final class Css {
    private static final Pattern MEDIA = Pattern.compile("@media\\b(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern LINK_STATE = Pattern.compile(":(link|visited)\\b", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern IMPORTANT = Pattern.compile("!\\s*important"); //$NON-NLS-1$
    private static final Pattern INTERACTION = Pattern.compile(":(hover|focus-within|focus|active)\\b", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("#[-_a-zA-Z0-9]+"); //$NON-NLS-1$
    private static final Pattern CLASS_OR_ATTRIBUTE = Pattern.compile("\\.[-_a-zA-Z0-9]+|\\[[^\\]]*\\]"); //$NON-NLS-1$
    private static final Pattern TYPE = Pattern.compile("(^|[\\s>+~])[a-zA-Z][a-zA-Z0-9]*"); //$NON-NLS-1$
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%)?"); //$NON-NLS-1$
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})\\b"); //$NON-NLS-1$
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)"); //$NON-NLS-1$
    private static final Map<String, String> NAMED = Map.of("white", "#ffffff", "black", "#000000", "red", "#ff0000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "green", "#008000", "blue", "#0000ff", "yellow", "#ffff00", "gray", "#808080", "grey", "#808080", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "silver", "#c0c0c0"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final double PX_PER_PT = 4.0 / 3;
    private static final double PX_PER_EM = 16;
    private static final int HEX_DIGITS = 16;
    private static final int SPECIFICITY_BASE = 1000;

    /**
     * A style rule with one selector.
     *
     * @param selector as written (less {@code :link} and {@code :visited})
     * @param matcher the selector parsed by jsoup
     * @param specificity ids, classes and attributes, types: weighed so that more ids win, then more classes
     * @param declarations what it sets, less the {@code !important} declarations
     * @param important what it sets with {@code !important}
     * @param interactive applies only while the visitor hovers, focuses or activates an element
     */
    record Rule(String selector, Evaluator matcher, int specificity, Map<String, String> declarations,
            Map<String, String> important, boolean interactive) {

        boolean matches(Element element) {
            return element.is(matcher);
        }
    }

    private Css() {
    }

    /**
     * @param important the {@code !important} declarations, or the others
     * @return those declarations of the block (property in lower case to value in lower case, without
     *         {@code !important}), later ones winning
     */
    static Map<String, String> declarations(String block, boolean important) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : block.split(";")) { //$NON-NLS-1$
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String value = declaration.substring(colon + 1).toLowerCase(Locale.ROOT);
                Matcher flag = IMPORTANT.matcher(value);
                if (flag.find() == important) {
                    declarations.put(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            flag.replaceAll("").trim()); //$NON-NLS-1$
                }
            }
        }
        return declarations;
    }

    /**
     * @return the rules of the document's {@code <style>} elements, in document order, then sorted by specificity
     *         (a stable sort: later rules of equal specificity still come later and win)
     */
    static List<Rule> rules(Document document) {
        List<Rule> rules = new ArrayList<>();
        for (Element style : document.select("style")) { //$NON-NLS-1$
            if (MediaQueries.onScreen(style.attr("media"))) { //$NON-NLS-1$
                addBlocks(COMMENT.matcher(style.data()).replaceAll(" "), rules); //$NON-NLS-1$
            }
        }
        rules.sort(Comparator.comparingInt(Rule::specificity));
        return rules;
    }

    /**
     * Adds the rules of a style sheet's top-level blocks; the blocks of an {@code @media} rule that applies to every
     * screen ({@link MediaQueries#onScreen}) are read as the sheet's own, other at-rules are skipped.
     */
    private static void addBlocks(String css, List<Rule> rules) {
        int depth = 0;
        int start = 0;
        String prelude = null;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{' && depth++ == 0) {
                String before = css.substring(start, i);
                // after statement at-rules such as @charset "GBK"; or @import url(a.css);
                prelude = before.substring(before.lastIndexOf(';') + 1).trim();
                start = i + 1;
            } else if (c == '}' && depth > 0 && --depth == 0) {
                Matcher media = MEDIA.matcher(prelude);
                if (media.matches()) {
                    if (MediaQueries.onScreen(media.group(1))) {
                        addBlocks(css.substring(start, i), rules);
                    }
                } else if (!prelude.startsWith("@")) { //$NON-NLS-1$
                    addRules(prelude, css.substring(start, i), rules);
                }
                start = i + 1;
            }
        }
    }

    private static void addRules(String selectors, String block, List<Rule> rules) {
        Map<String, String> declarations = declarations(block, false);
        Map<String, String> important = declarations(block, true);
        for (String selector : selectors.split(",")) { //$NON-NLS-1$
            String stateless = LINK_STATE.matcher(selector.trim()).replaceAll(""); //$NON-NLS-1$
            String plain = INTERACTION.matcher(stateless).replaceAll(""); //$NON-NLS-1$
            if (plain.isEmpty() || plain.contains(":")) { //$NON-NLS-1$
                continue;
            }
            try {
                rules.add(new Rule(plain, QueryParser.parse(plain), specificity(plain), declarations, important,
                        !plain.equals(stateless)));
            } catch (Selector.SelectorParseException e) {
                // a selector jsoup does not understand applies to nothing here
            }
        }
    }

    private static int specificity(String selector) {
        String rest = selector.replaceAll("\\[[^\\]]*\\]", "[]"); //$NON-NLS-1$ //$NON-NLS-2$
        long ids = ID.matcher(rest).results().count();
        long classes = CLASS_OR_ATTRIBUTE.matcher(rest).results().count();
        long types = TYPE.matcher(rest).results().count();
        return (int) ((ids * SPECIFICITY_BASE + classes) * SPECIFICITY_BASE + types);
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
