package org.govsite.migration.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The common CMS layouts automatic detection knows (docs/migration.md, "Automatic detection"), tried in this order:
 * bodies in {@link #BODIES}, titles in {@link #TITLES}, and labelled source and author lines in the page text.
 */
final class Layouts {
    /** Body elements: TRS (.TRS_Editor, #zoom), then generic article containers. */
    static final List<String> BODIES = List.of(".TRS_Editor", "#zoom", ".article-content", "div.article", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "div.content", "#content"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Title elements, before the {@code <title>} fallback. */
    static final List<String> TITLES = List.of(".article-title", "div.article h1", "h1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Pattern SOURCE = Pattern.compile("(?:信息来源|来源)\\s*[:：]\\s*([^\\s|｜]+)"); //$NON-NLS-1$
    private static final Pattern AUTHOR = Pattern.compile("(?:作者|撰稿)\\s*[:：]\\s*([^\\s|｜]+)"); //$NON-NLS-1$

    private Layouts() {
    }

    /** @return the first body element of the known layouts, or {@code null} */
    static Element body(Document document) {
        return first(document, BODIES);
    }

    /** @return the text of the first title element of the known layouts, or empty */
    static String title(Document document) {
        Element title = first(document, TITLES);
        return title == null ? "" : title.text().strip(); //$NON-NLS-1$
    }

    /** @return the value of a {@code 来源：} line in the text, or empty */
    static String source(String text) {
        return labelled(SOURCE, text);
    }

    /** @return the value of an {@code 作者：} line in the text, or empty */
    static String author(String text) {
        return labelled(AUTHOR, text);
    }

    private static String labelled(Pattern label, String text) {
        Matcher matcher = label.matcher(text);
        return matcher.find() ? matcher.group(1) : ""; //$NON-NLS-1$
    }

    private static Element first(Document document, List<String> selectors) {
        for (String selector : selectors) {
            Element element = document.selectFirst(selector);
            if (element != null) {
                return element;
            }
        }
        return null;
    }
}
