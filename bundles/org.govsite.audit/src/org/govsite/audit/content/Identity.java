package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.model.guide.GuideRules;
import org.jsoup.nodes.Element;

/**
 * What the visible text must show: on every page the site's identity (网站标识码 and the code, an ICP record number
 * such as 皖ICP备05002528号, a public-security record number such as 皖公网安备 34010402700602号), the same 标识码 as the
 * SiteIDCode tag when both are there (a malformed tag is PAGE-SITE-ID-CODE's), and on article pages the source (信息来源 or 来源, then some text).
 */
final class Identity {
    static final String ID_CODE = "网站标识码"; //$NON-NLS-1$
    static final String ICP = "ICP备"; //$NON-NLS-1$
    static final String PUBLIC_SECURITY = "公网安备"; //$NON-NLS-1$
    private static final String SITE_ID_CODE = "SiteIDCode"; //$NON-NLS-1$
    private static final String SEPARATOR = "[\\s:：]*"; //$NON-NLS-1$
    private static final Pattern ID_CODE_SHOWN = Pattern.compile(ID_CODE + SEPARATOR + "(" //$NON-NLS-1$
            + GuideRules.LOCAL_ID_CODE.pattern() + "|" + GuideRules.MINISTRY_ID_CODE.pattern() + ")(?![0-9])"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern ICP_SHOWN = Pattern.compile("\\p{IsHan}\\s*ICP\\s*备\\s*[0-9]+\\s*号"); //$NON-NLS-1$
    private static final Pattern PUBLIC_SECURITY_SHOWN = Pattern.compile("\\p{IsHan}\\s*公网安备\\s*[0-9]+\\s*号"); //$NON-NLS-1$
    private static final String SOURCE = "来源"; //$NON-NLS-1$
    private static final Pattern SOURCE_SHOWN = Pattern.compile(SOURCE + SEPARATOR + "[^\\s:：]"); //$NON-NLS-1$

    private Identity() {
    }

    /** @param text the body's text ({@code body.text()}, which the other checks read too) */
    static void check(URI page, Element body, String text, PageTags tags, List<Finding> findings) {
        List<String> absent = new ArrayList<>();
        Matcher idCode = ID_CODE_SHOWN.matcher(text);
        if (!idCode.find()) {
            absent.add(ID_CODE);
        } else {
            String tagged = tags.value(SITE_ID_CODE);
            if (GuideRules.isIdCode(tagged) && !tagged.equals(idCode.group(1))) {
                findings.add(Finding.page(ContentRule.FOOTER_ID_MISMATCH, page,
                        ID_CODE + " " + idCode.group(1) + " ≠ " + SITE_ID_CODE + " " + tagged)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!ICP_SHOWN.matcher(text).find()) {
            absent.add(ICP);
        }
        if (!PUBLIC_SECURITY_SHOWN.matcher(text).find()) {
            absent.add(PUBLIC_SECURITY);
        }
        if (!absent.isEmpty()) {
            findings.add(Finding.page(ContentRule.FOOTER_IDENTITY, page, String.join(", ", absent))); //$NON-NLS-1$
        }
        if (tags.article() && !sourceShown(body)) {
            findings.add(Finding.page(ContentRule.SOURCE_SHOWN, page, "信息来源")); //$NON-NLS-1$
        }
    }

    /**
     * The source must follow 来源 in the same element, or in its parent when 来源 is in an inline element
     * ({@code <span>来源：</span><span>新华社</span>}), never in the next paragraph.
     */
    private static boolean sourceShown(Element body) {
        for (Element element : body.getElementsContainingOwnText(SOURCE)) {
            Element holder = element.isBlock() || element.parent() == null ? element : element.parent();
            if (SOURCE_SHOWN.matcher(holder.text()).find()) {
                return true;
            }
        }
        return false;
    }
}
