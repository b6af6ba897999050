package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dark links (暗链): links to another host than the page's (links within the site, such as a visually hidden "skip to
 * content" link, are not dark links) made invisible by their own or an ancestor's style, inline or from a style rule
 * (see {@link Css}), unless the rules for hover, focus or active show it again (a drop-down menu). Hidden are: display:none; visibility:hidden or collapse; opacity 0; width or height 0 with
 * overflow hidden; position absolute or fixed with left or top at or beyond {@code -offScreenPx}, or with a clip
 * rectangle of no area; a clip-path of inset 50% or more, or a circle or ellipse of radius 0; text-indent at or beyond
 * {@code -offScreenPx}; a font size (the nearest one declared) under {@code minFontSizePx}; a colour (the nearest
 * declared) equal to the background colour (the nearest declared).
 */
final class HiddenLinks {
    private static final String DISPLAY = "display"; //$NON-NLS-1$
    private static final String VISIBILITY = "visibility"; //$NON-NLS-1$
    private static final String OVERFLOW = "overflow"; //$NON-NLS-1$
    private static final String POSITION = "position"; //$NON-NLS-1$
    private static final String FONT_SIZE = "font-size"; //$NON-NLS-1$
    private static final String OPACITY = "opacity"; //$NON-NLS-1$
    private static final String TEXT_INDENT = "text-indent"; //$NON-NLS-1$
    private static final String CLIP = "clip"; //$NON-NLS-1$
    private static final String CLIP_PATH = "clip-path"; //$NON-NLS-1$
    private static final Pattern CLIP_RECT = Pattern.compile("rect\\(([^)]*)\\)"); //$NON-NLS-1$
    private static final Pattern CLIP_INSET = Pattern.compile("inset\\(\\s*([0-9.]+)%"); //$NON-NLS-1$
    private static final Pattern CLIP_NOTHING = Pattern.compile("(circle|ellipse)\\(\\s*0(px|%)?(\\s|\\)|\\s+at)"); //$NON-NLS-1$
    private static final double HALF = 50;
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
        boolean baseOnPage = !isOtherHost(document.baseUri(), page);
        List<Element> external = document.select("a[href]").stream() //$NON-NLS-1$
                .filter(link -> !(baseOnPage && isPathReference(link.attr("href"))) //$NON-NLS-1$
                        && isOtherHost(link.absUrl("href"), page)).toList(); //$NON-NLS-1$
        if (external.isEmpty()) {
            return;
        }
        HiddenLinks links = new HiddenLinks(document, settings);
        for (Element link : external) {
            String reason = links.hiddenBy(link);
            if (reason != null) {
                findings.add(Finding.page(ContentRule.HIDDEN_LINK, page,
                        ContentChecks.address(link, "href") + " (" + reason + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /**
     * @return the reference has neither scheme nor authority, nor a control character (which jsoup drops before
     *         resolving): it resolves onto the base's host, so when the base is no other host than the page's it is
     *         no link to another host and need not be resolved
     */
    private static boolean isPathReference(String reference) {
        if (reference.chars().anyMatch(c -> c < ' ')) {
            return false;
        }
        int start = 0;
        while (start < reference.length() && reference.charAt(start) == ' ') {
            start++;
        }
        String rest = reference.substring(start);
        for (int i = 0; i < rest.length() && "/?#".indexOf(rest.charAt(i)) < 0; i++) { //$NON-NLS-1$
            if (rest.charAt(i) == ':') {
                return false;
            }
        }
        return !(rest.startsWith("//") || rest.startsWith("\\\\") || rest.startsWith("/\\") || rest.startsWith("\\/")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static boolean isOtherHost(String url, URI page) {
        try {
            String host = url.isEmpty() ? null : new URI(url).getHost();
            return host != null && url.startsWith("http") && !host.equalsIgnoreCase(page.getHost()); //$NON-NLS-1$
        } catch (URISyntaxException e) {
            return false;
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
            if (reason != null && !revealedByInteraction(element, style)) {
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

    /** @return the element is shown once interactive rules (a menu opened on hover) apply to it */
    private boolean revealedByInteraction(Element element, Map<String, String> style) {
        Map<String, String> interacting = new LinkedHashMap<>(style);
        boolean any = false;
        for (Css.Rule rule : rules) {
            if (rule.interactive() && rule.matches(element)) {
                interacting.putAll(rule.declarations());
                interacting.putAll(rule.important());
                any = true;
            }
        }
        return any && hidden(interacting) == null;
    }

    private String hidden(Map<String, String> style) {
        if ("none".equals(style.get(DISPLAY))) { //$NON-NLS-1$
            return "display:none"; //$NON-NLS-1$
        }
        if (INVISIBLE.contains(style.getOrDefault(VISIBILITY, ""))) { //$NON-NLS-1$
            return VISIBILITY + ":" + style.get(VISIBILITY); //$NON-NLS-1$
        }
        if (style.containsKey(OPACITY) && isZero(style.get(OPACITY))) {
            return OPACITY + ":" + style.get(OPACITY); //$NON-NLS-1$
        }
        Double indent = style.containsKey(TEXT_INDENT) ? Css.pixels(style.get(TEXT_INDENT)) : null;
        if (indent != null && indent <= -settings.offScreenPx()) {
            return TEXT_INDENT + ":" + style.get(TEXT_INDENT); //$NON-NLS-1$
        }
        if (clipsAll(style.getOrDefault(CLIP_PATH, ""))) { //$NON-NLS-1$
            return CLIP_PATH + ":" + style.get(CLIP_PATH); //$NON-NLS-1$
        }
        if ("hidden".equals(style.get(OVERFLOW))) { //$NON-NLS-1$
            for (String size : List.of("width", "height")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (isZero(style.get(size))) {
                    return size + ":0; overflow:hidden"; //$NON-NLS-1$
                }
            }
        }
        if (POSITIONED.contains(style.getOrDefault(POSITION, ""))) { //$NON-NLS-1$
            if (isEmptyRect(style.getOrDefault(CLIP, ""))) { //$NON-NLS-1$
                return POSITION + ":" + style.get(POSITION) + "; " + CLIP + ":" + style.get(CLIP); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (String side : List.of("left", "top")) { //$NON-NLS-1$ //$NON-NLS-2$
                Double px = style.containsKey(side) ? Css.pixels(style.get(side)) : null;
                if (px != null && px <= -settings.offScreenPx()) {
                    return POSITION + ":" + style.get(POSITION) + "; " + side + ":" + style.get(side); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return null;
    }

    /** @return clip-path inset of 50% or more from each side, or a circle or ellipse of radius 0 */
    private static boolean clipsAll(String clipPath) {
        Matcher inset = CLIP_INSET.matcher(clipPath);
        return inset.find() && Double.parseDouble(inset.group(1)) >= HALF || CLIP_NOTHING.matcher(clipPath).find();
    }

    /** @return clip: rect(top, right, bottom, left) enclosing no area */
    private static boolean isEmptyRect(String clip) {
        Matcher rect = CLIP_RECT.matcher(clip);
        if (!rect.find()) {
            return false;
        }
        String[] sides = rect.group(1).trim().split("\\s*,\\s*|\\s+"); //$NON-NLS-1$
        if (sides.length != 4) {
            return false;
        }
        Double top = Css.pixels(sides[0]);
        Double right = Css.pixels(sides[1]);
        Double bottom = Css.pixels(sides[2]);
        Double left = Css.pixels(sides[3]);
        return top != null && right != null && bottom != null && left != null && (bottom <= top || right <= left);
    }

    private static boolean isZero(String value) {
        Double px = value == null ? null : Css.pixels(value);
        return px != null && px == 0;
    }

    /**
     * @return the element's declarations in cascade order: matching rules by specificity, its style attribute, then
     *         the same with {@code !important}
     */
    private Map<String, String> style(Element element) {
        return styles.computeIfAbsent(element, e -> {
            List<Css.Rule> matching = rules.stream().filter(rule -> !rule.interactive() && rule.matches(e)).toList();
            Map<String, String> style = new LinkedHashMap<>();
            matching.forEach(rule -> style.putAll(rule.declarations()));
            style.putAll(Css.declarations(e.attr("style"), false)); //$NON-NLS-1$
            matching.forEach(rule -> style.putAll(rule.important()));
            style.putAll(Css.declarations(e.attr("style"), true)); //$NON-NLS-1$
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
