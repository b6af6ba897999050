package org.govsite.audit.content;

import static org.govsite.audit.content.TestPages.ARTICLE_BODY;
import static org.govsite.audit.content.TestPages.articleTags;
import static org.govsite.audit.content.TestPages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    void hiddenReferencesAreResolvedAgainstTheBaseWhateverTheirForm() {
        String hidden = "<div style=\"display:none\">";
        String onPageHost = ARTICLE_BODY + hidden + "<a href=\"spam.html\">1</a><a href=\" /zwdt/x?y#z\">2</a>"
                + "<a href=\"?p=1\">3</a><a href=\"#top\">4</a><a href=\"//spam.example.com/5\">5</a>"
                + "<a href=\"HTTP://spam.example.com/6\">6</a><a href=\"\tht\ttp://spam.example.com/7\">7</a></div>";
        assertEquals(found("5 (display:none @ div)", "6 (display:none @ div)", "7 (display:none @ div)"),
                check(articleTags(), onPageHost));
        String head = "<base href=\"http://spam.example.com/dir/\">";
        String elsewhere = ARTICLE_BODY + hidden + "<a href=\"a.html\">1</a><a href=\"/b.html\">2</a>"
                + "<a href=\"http://www.hefei.gov.cn/ok\">同站</a></div>";
        assertEquals(Set.of("PAGE-HIDDEN-LINK http://spam.example.com/dir/a.html (display:none @ div)",
                "PAGE-HIDDEN-LINK http://spam.example.com/b.html (display:none @ div)"),
                check(ContentSettings.defaults(), articleTags(), head, elsewhere));
    }

    @Test
    void styleBlockRulesWithSimpleSelectorsHideLinks() {
        String head = "<style>/* spam */ .hd { DISPLAY: none !important } #lk, x y { visibility: hidden }"
                + " marquee { position: fixed; top: -600px } @media print { .info { display: none } }</style>";
        String body = ARTICLE_BODY + "<div class=\"box hd\"><a href=\"" + SPAM + "1\">博彩</a></div>"
                + "<a id=\"lk\" href=\"" + SPAM + "2\">博彩</a><marquee><a href=\"" + SPAM + "3\">博彩</a></marquee>"
                + "<y><a href=\"" + SPAM + "ok\">正常</a></y>";
        assertEquals(Set.of("PAGE-HIDDEN-LINK " + SPAM + "1 (display:none @ div.box.hd)",
                "PAGE-HIDDEN-LINK " + SPAM + "2 (visibility:hidden @ a#lk)",
                "PAGE-HIDDEN-LINK " + SPAM + "3 (position:fixed; top:-600px @ marquee)"),
                check(ContentSettings.defaults(), articleTags(), head, body));
    }

    @Test
    void visibleStylesAreNotHiddenLinks() {
        String body = ARTICLE_BODY
                + "<p style=\"font-size:0\"><a href=\"" + SPAM + "a\" style=\"font-size:14px\">图片新闻</a></p>"
                + "<div style=\"height:0\"><a href=\"" + SPAM + "b\">无溢出隐藏</a></div>"
                + "<div style=\"position:relative;left:-9999px\"><a href=\"" + SPAM + "c\">相对定位</a></div>"
                + "<div style=\"position:absolute;left:-20px\"><a href=\"" + SPAM + "d\">略微偏移</a></div>"
                + "<div style=\"background:#003366\"><a href=\"" + SPAM + "e\" style=\"color:#fff\">白字蓝底</a></div>"
                + "<div style=\"color:#fff;background:transparent\"><a href=\"" + SPAM + "f\">透明</a></div>"
                + "<p style=\"text-indent:2em;opacity:.8\"><a href=\"" + SPAM + "g\">缩进</a></p>"
                + "<div style=\"position:absolute;clip:auto;clip-path:inset(10%)\"><a href=\"" + SPAM + "h\">裁剪</a></div>"
                + "<div style=\"clip:rect(0,0,0,0)\"><a href=\"" + SPAM + "i\">未定位不裁剪</a></div>";
        assertEquals(Set.of(), check(articleTags(), body));
    }

    @Test
    void linksWithinTheSiteAreNotDarkLinks() {
        String head = "<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>";
        String body = "<a class=\"sr-only\" href=\"#main\">跳到主要内容</a>"
                + "<a href=\"/zwgk/\" style=\"display:none\">隐藏栏目</a>"
                + "<a href=\"javascript:void(0)\" style=\"display:none\">脚本</a>" + ARTICLE_BODY
                + "<a class=\"sr-only\" href=\"" + SPAM + "\">博彩</a>";
        assertEquals(Set.of("PAGE-HIDDEN-LINK " + SPAM + " (position:absolute; clip:rect(0,0,0,0) @ a.sr-only)"),
                check(ContentSettings.defaults(), articleTags(), head, body));
    }

    @Test
    void moreWaysOfHidingAreFound() {
        Map<String, String> reasons = Map.of("opacity:0", "opacity:0", "text-indent:-9999px", "text-indent:-9999px",
                "position:absolute;clip:rect(1px 1px 1px 1px)", "position:absolute; clip:rect(1px 1px 1px 1px)",
                "clip-path:inset(50%)", "clip-path:inset(50%)",
                "clip-path:circle(0 at 50% 50%)", "clip-path:circle(0 at 50% 50%)",
                "width:0px;overflow:hidden", "width:0; overflow:hidden");
        StringBuilder body = new StringBuilder(ARTICLE_BODY);
        Set<String> expected = new TreeSet<>();
        int i = 0;
        for (Map.Entry<String, String> reason : reasons.entrySet()) {
            body.append("<div style=\"").append(reason.getKey()).append("\"><a href=\"").append(SPAM).append(++i)
                    .append("\">博彩</a></div>");
            expected.add("PAGE-HIDDEN-LINK " + SPAM + i + " (" + reason.getValue() + " @ div)");
        }
        assertEquals(expected, check(articleTags(), body.toString()));
    }

    @Test
    void importantDeclarationsWinTheCascade() {
        String css = ".show a { display: inline !important } #ads a { display: block }"
                + " .gone { visibility: hidden !important } #box.keep { visibility: visible }";
        String links = "<p class=\"show\"><a href=\"" + SPAM + "ok\" style=\"display:none\">显示</a></p>"
                + "<p id=\"ads\"><a href=\"" + SPAM + "1\" style=\"display: none ! important\">博彩</a></p>"
                + "<div id=\"box\" class=\"gone keep\"><a href=\"" + SPAM + "2\">博彩</a></div>";
        assertEquals(found("1 (display:none @ a)", "2 (visibility:hidden @ div#box.gone.keep)"), styled(css, links));
    }

    @Test
    void menusShownOnHoverAreNotHiddenLinks() {
        String css = ".sub { display: none } li:hover > .sub { display: block } .tip { display: none }"
                + " .tip:hover a { color: red }"
                + " .drop { position: absolute; left: -9999px } .nav:focus-within .drop { left: 0 }";
        String links = "<ul><li>友情链接<ul class=\"sub\"><li><a href=\"" + SPAM + "ok1\">外站</a></li></ul></li></ul>"
                + "<div class=\"nav\"><div class=\"drop\"><a href=\"" + SPAM + "ok2\">外站</a></div></div>"
                + "<div class=\"tip\"><a href=\"" + SPAM + "1\">博彩</a></div>"
                + "<div class=\"drop\"><a href=\"" + SPAM + "2\">博彩</a></div>";
        assertEquals(found("1 (display:none @ div.tip)", "2 (position:absolute; left:-9999px @ div.drop)"), styled(css, links));
    }

    @Test
    void compoundSelectorsMatchThroughJsoupAndTheMoreSpecificRuleWins() {
        String css = "div.links > ul li a { display: none } #friends a:link { visibility: hidden }"
                + " .foot a { color: #fff } a { color: #fff } .box a { color: #333 } body { background: #fff }"
                + " .menu a:hover { display: none } a::after { display: none } ul[ { display: none }"
                + " p[data-x=\"1\"] a { opacity: 0 }";
        String links = "<div class=\"links\"><ul><li><a href=\"" + SPAM + "1\">博彩</a></li></ul></div>"
                + "<div id=\"friends\"><a href=\"" + SPAM + "2\">博彩</a></div>"
                + "<div class=\"foot\"><a href=\"" + SPAM + "3\">博彩</a></div>"
                + "<p data-x=\"1\"><a href=\"" + SPAM + "4\">博彩</a></p>"
                + "<div class=\"box\"><a href=\"" + SPAM + "ok1\">深色文字</a></div>"
                + "<div class=\"menu\"><a href=\"" + SPAM + "ok2\" style=\"color:#333\">悬停</a></div>"
                + "<div class=\"links\"><p><a href=\"" + SPAM + "ok3\" style=\"color:#333\">不是子元素</a></p></div>";
        assertEquals(found("1 (display:none @ a)",
                "2 (visibility:hidden @ a)",
                "3 (color = background #ffffff @ body)",
                "4 (opacity:0 @ a)"),
                styled(css, links));
    }

    @Test
    void mediaRulesForEveryScreenHideLinksWhilePrintAndPhoneLayoutsDoNot() {
        String css = "@media screen { .a { display: none } } @media only screen , print { .b { visibility: hidden } }"
                + " @MEDIA not print { @media all { .c { font-size: 0 } } } @media print { .d { display: none } }"
                + " @media (max-width: 600px) { .e { display: none } } @media screen and (max-width: 600px) { .f { display: none } }"
                + " @supports (display: grid) { .g { display: none } } .h { color: #333 }";
        String links = "<div class=\"a\"><a href=\"" + SPAM + "1\">博彩</a></div>"
                + "<div class=\"b\"><a href=\"" + SPAM + "2\">博彩</a></div>"
                + "<div class=\"c\"><a href=\"" + SPAM + "3\">博彩</a></div>";
        for (String shown : List.of("d", "e", "f", "g", "h")) {
            links += "<div class=\"" + shown + "\"><a href=\"" + SPAM + "ok-" + shown + "\">外站</a></div>";
        }
        assertEquals(found("1 (display:none @ div.a)", "2 (visibility:hidden @ div.b)", "3 (font-size:0 @ div.c)"),
                styled(css, links));
        String printOnly = "<a href=\"" + SPAM + "ok\" class=\"p\">外站</a>";
        assertEquals(Set.of(), check(ContentSettings.defaults(), articleTags(),
                "<style media=\"print\">.p { display: none }</style>", ARTICLE_BODY + printOnly));
        assertEquals(found(" (display:none @ a.p)"), check(ContentSettings.defaults(), articleTags(),
                "<style media=\"screen, print\">.p { display: none }</style>", ARTICLE_BODY + printOnly.replace("ok", "")));
    }

    /** @return the findings of an article page with a style sheet and links added */
    private static Set<String> styled(String css, String links) {
        return check(ContentSettings.defaults(), articleTags(), "<style>" + css + "</style>", ARTICLE_BODY + links);
    }

    /** @return hidden-link findings of links to {@link #SPAM} + each path and reason */
    private static Set<String> found(String... pathsAndReasons) {
        Set<String> found = new TreeSet<>();
        for (String pathAndReason : pathsAndReasons) {
            found.add("PAGE-HIDDEN-LINK " + SPAM + pathAndReason);
        }
        return found;
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
