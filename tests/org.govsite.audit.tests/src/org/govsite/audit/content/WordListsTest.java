package org.govsite.audit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.govsite.audit.freshness.ColumnCategory;
import org.junit.jupiter.api.Test;

/** The word lists operators write for the command line and the workbench. */
class WordListsTest {

    @Test
    void wordsOneALineWithoutBomOrBlankLines() {
        assertEquals(List.of("违禁词甲", "违禁词乙", "two words"), WordLists.words("\uFEFF违禁词甲\r\n\n  违禁词乙 \n\t\ntwo words"));
        assertEquals(List.of(), WordLists.words(""));
    }

    @Test
    void typosAreWrongTabRightAndBadLinesAreNamedWithTheirNumbers() {
        WordLists.Parsed<Map<String, String>> parsed = WordLists
                .typos("\uFEFF政务公凯\t政务公开\n\n只有一列\n\t正确\n错误\t \n 既往不究 \t 既往不咎 \n");
        assertEquals(Map.of("政务公凯", "政务公开", "既往不究", "既往不咎"), parsed.entries());
        assertEquals(List.of(new WordLists.BadLine(3, "只有一列"), new WordLists.BadLine(4, "\t正确"),
                new WordLists.BadLine(5, "错误\t ")), parsed.badLines());
    }

    @Test
    void otherEntriesAreReadOneALineAndTheLinesNotReadAreNamed() {
        WordLists.Parsed<List<ColumnCategory>> parsed = WordLists.entries("\uFEFFnews:7:动态\n\n 人事任免 90 \nrsrm：90：人事任免\n",
                ColumnCategory::parse);
        assertEquals(List.of(new ColumnCategory("news", 7, List.of("动态")), new ColumnCategory("rsrm", 90, List.of("人事任免"))),
                parsed.entries());
        assertEquals(List.of(new WordLists.BadLine(3, " 人事任免 90 ")), parsed.badLines(), "numbered, as written");
    }

    @Test
    void typoLinesReadBackAsTheSameDictionary() {
        Map<String, String> typos = Map.of("政务公凯", "政务公开", "既往不究", "既往不咎");
        WordLists.Parsed<Map<String, String>> back = WordLists.typos(WordLists.typoLines(typos));
        assertEquals(typos, back.entries());
        assertEquals(List.of(), back.badLines());
    }
}
