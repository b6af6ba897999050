package org.govsite.audit.content;

import static org.govsite.audit.content.TestPages.ARTICLE_BODY;
import static org.govsite.audit.content.TestPages.articleTags;
import static org.govsite.audit.content.TestPages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Images without alt text, hidden links, sensitive words. */
class PageBodyTest {
    private static final String SPAM = "http://spam.example.com/";

    @Test
    void imagesWithoutAltTextAreEachReported() {
        assertEquals(Set.of("PAGE-IMAGE-ALT http://www.hefei.gov.cn/images/a.png",
                "PAGE-IMAGE-ALT http://www.hefei.gov.cn/zwdt/b.gif"),
                check(articleTags(), ARTICLE_BODY + "<img src=\"/images/a.png\"><img src=\"b.gif\" alt=\" \">"));
    }

    @Test
    void inlineStylesHidingALinkOrItsAncestorsAreFound() {
        String body = ARTICLE_BODY
                + "<a href=\"" + SPAM + "1\" style=\"display: none\">博彩</a>"
                + "<div style=\"visibility:hidden\"><span><a href=\"" + SPAM + "2\">博彩</a></span></div>"
                + "<p style=\"font-size:0\"><a href=\"" + SPAM + "3\">博彩</a></p>"
                + "<p style=\"font-size:1px\"><a href=\"" + SPAM + "4\">博彩</a></p>"
                + "<div style=\"height:0;overflow:hidden\"><a href=\"" + SPAM + "5\">博彩</a></div>"
                + "<div style=\"position:absolute;left:-9999px\"><a href=\"" + SPAM + "6\">博彩</a></div>"
                + "<div style=\"background:#FFF\"><a href=\"" + SPAM + "7\" style=\"color:white\">博彩</a></div>"
                + "<div style=\"background-color:rgb(238,238,238)\"><a href=\"" + SPAM + "8\" style=\"color:#eee\">博彩</a></div>";
        assertEquals(Set.of(
                "PAGE-HIDDEN-LINK " + SPAM + "1 (display:none @ a)",
                "PAGE-HIDDEN-LINK " + SPAM + "2 (visibility:hidden @ div)",
                "PAGE-HIDDEN-LINK " + SPAM + "3 (font-size:0 @ p)",
                "PAGE-HIDDEN-LINK " + SPAM + "4 (font-size:1px @ p)",
                "PAGE-HIDDEN-LINK " + SPAM + "5 (height:0; overflow:hidden @ div)",
                "PAGE-HIDDEN-LINK " + SPAM + "6 (position:absolute; left:-9999px @ div)",
                "PAGE-HIDDEN-LINK " + SPAM + "7 (color = background #ffffff @ div)",
                "PAGE-HIDDEN-LINK " + SPAM + "8 (color = background #eeeeee @ div)"), check(articleTags(), body));
    }

    @Test
    void styleBlockRulesWithSimpleSelectorsHideLinks() {
        String head = "<style>/* spam */ .hd { DISPLAY: none !important } #lk, x y { visibility: hidden }"
                + " marquee { position: fixed; top: -600px } @media print { .info { display: none } }</style>";
        String body = ARTICLE_BODY + "<div class=\"box hd\"><a href=\"" + SPAM + "1\">博彩</a></div>"
                + "<a id=\"lk\" href=\"" + SPAM + "2\">博彩</a><marquee><a href=\"" + SPAM + "3\">博彩</a></marquee>"
                + "<y><a href=\"/ok\">正常</a></y>";
        assertEquals(Set.of("PAGE-HIDDEN-LINK " + SPAM + "1 (display:none @ div.box.hd)",
                "PAGE-HIDDEN-LINK " + SPAM + "2 (visibility:hidden @ a#lk)",
                "PAGE-HIDDEN-LINK " + SPAM + "3 (position:fixed; top:-600px @ marquee)"),
                check(ContentSettings.defaults(), articleTags(), head, body));
    }

    @Test
    void visibleStylesAreNotHiddenLinks() {
        String body = ARTICLE_BODY
                + "<p style=\"font-size:0\"><a href=\"/a\" style=\"font-size:14px\">图片新闻</a></p>"
                + "<div style=\"height:0\"><a href=\"/b\">无溢出隐藏</a></div>"
                + "<div style=\"position:relative;left:-9999px\"><a href=\"/c\">相对定位</a></div>"
                + "<div style=\"position:absolute;left:-20px\"><a href=\"/d\">略微偏移</a></div>"
                + "<div style=\"background:#003366\"><a href=\"/e\" style=\"color:#fff\">白字蓝底</a></div>"
                + "<div style=\"color:#fff;background:transparent\"><a href=\"/f\">透明</a></div>";
        assertEquals(Set.of(), check(articleTags(), body));
    }

    @Test
    void theFontSizeThresholdIsASetting() {
        String body = ARTICLE_BODY + "<a href=\"/small\" style=\"font-size:9pt\">小字</a>";
        assertEquals(Set.of(), check(articleTags(), body));
        assertEquals(Set.of("PAGE-HIDDEN-LINK http://www.hefei.gov.cn/small (font-size:9pt @ a)"),
                check(new ContentSettings(List.of(), 13, 500, Map.of()), articleTags(), "", body));
    }

    @Test
    void sensitiveWordsAreFoundInOnePassWithCountsAndContext() {
        ContentSettings settings = ContentSettings.defaults().withSensitiveWords(List.of("博彩", "六合彩", "Casino", " "));
        String body = ARTICLE_BODY + "<p>请勿参与博彩活动，网络博彩与六合彩均属违法，CASINO 广告请举报。</p>";
        Set<String> found = check(settings, articleTags(), "", body);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.contains("PAGE-SENSITIVE-WORD 博彩 ×2: …0602号 请勿参与博彩活动，网络博彩与六合…"), found.toString());
        assertTrue(found.contains("PAGE-SENSITIVE-WORD casino ×1: …彩与六合彩均属违法，CASINO 广告请举报。…"), found.toString());
        assertTrue(found.contains("PAGE-SENSITIVE-WORD 六合彩 ×1: …博彩活动，网络博彩与六合彩均属违法，CASIN…"), found.toString());
        assertEquals(Set.of(), check(settings, articleTags(), "", ARTICLE_BODY));
    }
}
