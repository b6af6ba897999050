package org.govsite.audit.content;

import static org.govsite.audit.content.TestPages.ARTICLE_BODY;
import static org.govsite.audit.content.TestPages.FOOTER;
import static org.govsite.audit.content.TestPages.articleTags;
import static org.govsite.audit.content.TestPages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Page tags, PubDate and SiteIDCode, source and site identity shown. */
class PageTagsTest {

    @Test
    void aCleanArticlePageReportsNothing() {
        assertEquals(Set.of(), check(articleTags(), ARTICLE_BODY));
    }

    @Test
    void aColumnPageNeedsNoArticleTagsNorSource() {
        Map<String, String> tags = articleTags();
        tags.keySet().removeAll(Set.of("ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description",
                "Image", "Url"));
        assertEquals(Set.of(), check(tags, "<ul><li><a href=\"art_1.html\">会议</a></li></ul>" + FOOTER));
        tags.remove("ColumnType");
        tags.put("ColumnKeywords", " ");
        assertEquals(Set.of("PAGE-TAGS-COLUMN ColumnKeywords, ColumnType"), check(tags, FOOTER));
    }

    @Test
    void aPageWithoutColumnNameIsAHomePageNeedingOnlySiteTags() {
        Map<String, String> tags = Map.of("SiteName", "合肥市人民政府", "SiteDomain", "www.hefei.gov.cn");
        assertEquals(Set.of("PAGE-TAGS-SITE SiteIDCode"), check(tags, FOOTER));
    }

    @Test
    void missingArticleTagsAreListed() {
        Map<String, String> tags = articleTags();
        tags.remove("Author");
        tags.put("Image", "");
        tags.remove("ColumnName");
        assertEquals(Set.of("PAGE-TAGS-ARTICLE Author, Image", "PAGE-TAGS-COLUMN ColumnName"),
                check(tags, ARTICLE_BODY));
    }

    @Test
    void pubDateAloneMakesAnArticlePage() {
        Map<String, String> tags = articleTags();
        tags.remove("ArticleTitle");
        assertEquals(Set.of("PAGE-TAGS-ARTICLE ArticleTitle"), check(tags, ARTICLE_BODY));
    }

    @Test
    void aSchemeInsideSiteDomainIsTolerated() {
        Map<String, String> tags = articleTags();
        tags.put("SiteDomain", "http://www.hefei.gov.cn");
        assertEquals(Set.of(), check(tags, ARTICLE_BODY));
    }

    @Test
    void aDateOnlyOrMalformedPubDateIsAFinding() {
        Map<String, String> tags = articleTags();
        tags.put("PubDate", "2026-05-18");
        assertEquals(Set.of("PAGE-PUBDATE-FORMAT 2026-05-18"), check(tags, ARTICLE_BODY));
        tags.put("PubDate", "2026-02-30 10:19");
        assertEquals(Set.of("PAGE-PUBDATE-FORMAT 2026-02-30 10:19"), check(tags, ARTICLE_BODY));
        tags.put("PubDate", "2026/05/18 10:19");
        assertEquals(Set.of("PAGE-PUBDATE-FORMAT 2026/05/18 10:19"), check(tags, ARTICLE_BODY));
    }

    @Test
    void siteIdCodeIsTenDigitsOrBmAndEight() {
        Map<String, String> tags = articleTags();
        tags.put("SiteIDCode", "bm07000001");
        assertEquals(Set.of(), check(tags, ARTICLE_BODY.replace("3401000001", "bm07000001")));
        tags.put("SiteIDCode", "340100001");
        assertEquals(Set.of("PAGE-SITE-ID-CODE 340100001"), check(tags, ARTICLE_BODY));
        tags.put("SiteIDCode", "BM07000001");
        assertEquals(Set.of("PAGE-SITE-ID-CODE BM07000001"), check(tags, ARTICLE_BODY));
    }

    @Test
    void anArticlePageMustShowItsSource() {
        assertEquals(Set.of("PAGE-SOURCE-SHOWN 信息来源"),
                check(articleTags(), ARTICLE_BODY.replace("信息来源：市政府办公室", "浏览次数：12")));
        assertEquals(Set.of("PAGE-SOURCE-SHOWN 信息来源"),
                check(articleTags(), ARTICLE_BODY.replace("信息来源：市政府办公室", "信息来源：")));
        assertEquals(Set.of(), check(articleTags(), ARTICLE_BODY.replace("信息来源：市政府办公室", "来源 新华社")));
        assertEquals(Set.of(), check(articleTags(),
                ARTICLE_BODY.replace("信息来源：市政府办公室", "<span>信息来源：</span><span>新华社</span>")));
    }

    @Test
    void theFooterNamesWhatIsMissing() {
        assertEquals(Set.of("PAGE-FOOTER-IDENTITY ICP备, 公网安备"),
                check(articleTags(), ARTICLE_BODY.replace("皖ICP备05002528号 皖公网安备 34010402700602号", "")));
        assertEquals(Set.of("PAGE-FOOTER-IDENTITY 网站标识码"),
                check(articleTags(), ARTICLE_BODY.replace("网站标识码：3401000001", "网站标识码：34010")));
        Map<String, String> ministry = articleTags();
        ministry.put("SiteIDCode", "bm07000001");
        assertEquals(Set.of(), check(ministry, ARTICLE_BODY.replace("网站标识码：3401000001", "网站标识码 bm07000001")));
    }

    @Test
    void theFooterCodeMustBeTheSiteIdCodeTag() {
        Map<String, String> tags = articleTags();
        tags.put("SiteIDCode", "3401000002");
        assertEquals(Set.of("PAGE-FOOTER-ID-MISMATCH 网站标识码 3401000001 ≠ SiteIDCode 3401000002"),
                check(tags, ARTICLE_BODY));
        tags.put("SiteIDCode", "bm34010000");
        assertEquals(Set.of("PAGE-FOOTER-ID-MISMATCH 网站标识码 3401000001 ≠ SiteIDCode bm34010000"),
                check(tags, ARTICLE_BODY));
        tags.remove("SiteIDCode");
        assertEquals(Set.of("PAGE-TAGS-SITE SiteIDCode"), check(tags, ARTICLE_BODY), "no tag, nothing to compare");
        assertEquals(Set.of("PAGE-FOOTER-IDENTITY 网站标识码"),
                check(articleTags(), ARTICLE_BODY.replace("网站标识码：3401000001", "")), "no code shown");
    }
}
