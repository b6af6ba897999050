package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dark links (暗链): links made invisible by their own or an ancestor's style, inline or from a {@code <style>} rule
 * with a simple selector. Hidden are: display:none; visibility:hidden or collapse; width or height 0 with overflow
 * hidden; position absolute or fixed with left or top at or beyond {@code -offScreenPx}; a font size (the nearest
 * one declared) under {@code minFontSizePx}; a colour (the nearest declared) equal to the background colour (the
 * nearest declared).
 */
final class HiddenLinks {
    private static final String DISPLAY = "display"; //$NON-NLS-1$
    private static final String VISIBILITY = "visibility"; //$NON-NLS-1$
    private static final String OVERFLOW = "overflow"; //$NON-NLS-1$
    private static final String POSITION = "position"; //$NON-NLS-1$
    private static final String FONT_SIZE = "font-size"; //$NON-NLS-1$
    private static final String COLOR = "color"; //$NON-NLS-1$
    private static final List<String> BACKGROUNDS = List.of("background-color", "background"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> INVISIBLE = Set.of("hidden", "collapse"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> POSITIONED = Set.of("absolute", "fixed"); //$NON-NLS-1$ //$NON-NLS-2$

    private final ContentSettings settings;
    private final List<Css.Rule> rules;
    private final Map<Element, Map<String, String>> styles = new IdentityHashMap<>();

    private HiddenLinks(Document document, ContentSettings settings) {
        this.settings = settings;
        rules = Css.rules(document);
    }

    static void check(URI page, Document document, ContentSettings settings, List<Finding> findings) {
        HiddenLinks links = new HiddenLinks(document, settings);
        for (Element link : document.select("a[href]")) { //$NON-NLS-1$
            String reason = links.hiddenBy(link);
            if (reason != null) {
                findings.add(Finding.page(ContentRule.HIDDEN_LINK, page,
                        ContentChecks.address(link, "href") + " (" + reason + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /** @return why the link is invisible, or null */
    private String hiddenBy(Element link) {
        String fontSize = null;
        String colour = null;
        String background = null;
        for (Element element = link; element != null && !"html".equals(element.normalName()); element = element.parent()) { //$NON-NLS-1$
            Map<String, String> style = style(element);
            String reason = hidden(style);
            if (reason != null) {
                return reason + " @ " + describe(element); //$NON-NLS-1$
            }
            if (fontSize == null && style.containsKey(FONT_SIZE)) {
                fontSize = style.get(FONT_SIZE);
                Double px = Css.pixels(fontSize);
                if (px != null && px < settings.minFontSizePx()) {
                    return FONT_SIZE + ":" + fontSize + " @ " + describe(element); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            if (colour == null && style.containsKey(COLOR)) {
                colour = Css.colour(style.get(COLOR));
            }
            for (String property : BACKGROUNDS) {
                if (background == null && style.containsKey(property)) {
                    background = Css.colour(style.get(property));
                }
            }
            if (colour != null && colour.equals(background)) {
                return "color = background " + colour + " @ " + describe(element); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return null;
    }

    private String hidden(Map<String, String> style) {
        if ("none".equals(style.get(DISPLAY))) { //$NON-NLS-1$
            return "display:none"; //$NON-NLS-1$
        }
        if (INVISIBLE.contains(style.getOrDefault(VISIBILITY, ""))) { //$NON-NLS-1$
            return VISIBILITY + ":" + style.get(VISIBILITY); //$NON-NLS-1$
        }
        if ("hidden".equals(style.get(OVERFLOW))) { //$NON-NLS-1$
            for (String size : List.of("width", "height")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (isZero(style.get(size))) {
                    return size + ":0; overflow:hidden"; //$NON-NLS-1$
                }
            }
        }
        if (POSITIONED.contains(style.getOrDefault(POSITION, ""))) { //$NON-NLS-1$
            for (String side : List.of("left", "top")) { //$NON-NLS-1$ //$NON-NLS-2$
                Double px = style.containsKey(side) ? Css.pixels(style.get(side)) : null;
                if (px != null && px <= -settings.offScreenPx()) {
                    return POSITION + ":" + style.get(POSITION) + "; " + side + ":" + style.get(side); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return null;
    }

    private static boolean isZero(String value) {
        Double px = value == null ? null : Css.pixels(value);
        return px != null && px == 0;
    }

    /** @return the element's declarations: matching {@code <style>} rules in order, then its style attribute */
    private Map<String, String> style(Element element) {
        return styles.computeIfAbsent(element, e -> {
            Map<String, String> style = new LinkedHashMap<>();
            for (Css.Rule rule : rules) {
                if (rule.matches(e)) {
                    style.putAll(rule.declarations());
                }
            }
            style.putAll(Css.declarations(e.attr("style"))); //$NON-NLS-1$
            return style;
        });
    }

    private static String describe(Element element) {
        List<String> parts = new ArrayList<>();
        parts.add(element.normalName());
        if (!element.id().isEmpty()) {
            parts.add("#" + element.id()); //$NON-NLS-1$
        }
        for (String name : element.classNames()) {
            parts.add("." + name); //$NON-NLS-1$
        }
        return String.join("", parts); //$NON-NLS-1$
    }
}
