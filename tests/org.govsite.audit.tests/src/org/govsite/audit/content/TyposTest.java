package org.govsite.audit.content;

import static org.govsite.audit.content.TestPages.ARTICLE_BODY;
import static org.govsite.audit.content.TestPages.articleTags;
import static org.govsite.audit.content.TestPages.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void builtInWrongFormsAreFoundWithTheCorrectFormCountAndContext() {
        String body = ARTICLE_BODY + "<p>希望各单位再接再励，一股作气完成任务。再接再励！</p><p>中华人民共合国政府信息公开条例</p>";
        assertEquals(Set.of("PAGE-TYPO 再接再励 → 再接再厉 ×2: …602号 希望各单位再接再励，一股作气完成任务。…",
                "PAGE-TYPO 一股作气 → 一鼓作气 ×1: …希望各单位再接再励，一股作气完成任务。再接再励！…",
                "PAGE-TYPO-SERIOUS 中华人民共合国 → 中华人民共和国 ×1: …成任务。再接再励！ 中华人民共合国政府信息公开条例…"),
                check(articleTags(), body));
    }

    @Test
    void theUserDictionaryAddsPairsAndReplacesBuiltInOnes() {
        ContentSettings settings = ContentSettings.defaults()
                .withTypos(Map.of("合肥市人名政府", "合肥市人民政府", "再接再励", "再接再厉（用户）", " ", "x"));
        String body = ARTICLE_BODY + "<p>合肥市人名政府要求再接再励。迫不急待。</p>";
        assertEquals(Set.of("PAGE-TYPO 合肥市人名政府 → 合肥市人民政府 ×1: …02700602号 合肥市人名政府要求再接再励。迫不急…",
                "PAGE-TYPO 再接再励 → 再接再厉（用户） ×1: … 合肥市人名政府要求再接再励。迫不急待。…",
                "PAGE-TYPO 迫不急待 → 迫不及待 ×1: …名政府要求再接再励。迫不急待。…"),
                check(settings, articleTags(), "", body));
    }

    @Test
    void correctTextHoldsNoWrongForm() {
        Map<String, Typos.Correction> dictionary = Typos.builtIn();
        assertTrue(dictionary.size() >= 100, "dictionary size " + dictionary.size());
        dictionary.forEach((wrong, correction) -> assertFalse(wrong.equals(correction.right()), wrong));
        assertTrue(dictionary.get("中华人民共合国").serious());
        assertFalse(dictionary.get("再接再励").serious());
        // every correct form in one page, and the look-alikes left out of the dictionary on purpose
        String correct = String.join("，", dictionary.values().stream().map(Typos.Correction::right).toList())
                + "。按装修标准执行，既使企业受益又使群众满意，按排名先后，全部份额，当做为民办实事的平台。";
        assertEquals(Set.of(), check(articleTags(), ARTICLE_BODY + "<p>" + correct + "</p>"));
    }

    @Test
    void textHiddenInScriptsIsNotRead() {
        assertEquals(Set.of(), check(articleTags(), ARTICLE_BODY + "<script>var s = '再接再励';</script>"));
    }
}
