package org.govsite.audit.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds the words of a list in a text in one pass (an Aho-Corasick automaton, org.ahocorasick 0.6), ignoring case.
 * Built once per list and shared by all pages: the automaton is read-only after construction.
 */
final class WordMatcher {
    /** Characters of context shown on each side of the first occurrence. */
    private static final int CONTEXT = 10;

    /**
     * A word found.
     *
     * @param word the word of the list, in lower case
     * @param count its occurrences
     * @param context the text around its first occurrence
     */
    record Hit(String word, int count, String context) {
    }

    private final Trie trie;

    /** @param words the list; surrounding blanks are trimmed and blank entries ignored */
    WordMatcher(Collection<String> words) {
        List<String> kept = words.stream().map(String::trim).filter(word -> !word.isEmpty()).toList();
        trie = kept.isEmpty() ? null : Trie.builder().ignoreCase().addKeywords(kept).build();
    }

    /** @return each word found, in the order of first occurrence */
    List<Hit> find(String text) {
        if (trie == null) {
            return List.of();
        }
        Map<String, Emit> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Emit emit : trie.parseText(text)) {
            String word = emit.getKeyword().toLowerCase(Locale.ROOT);
            first.putIfAbsent(word, emit);
            counts.merge(word, 1, Integer::sum);
        }
        List<Hit> hits = new ArrayList<>();
        first.forEach((word, emit) -> hits.add(new Hit(word, counts.get(word), "…" //$NON-NLS-1$
                + text.substring(Math.max(0, emit.getStart() - CONTEXT),
                        Math.min(text.length(), emit.getEnd() + 1 + CONTEXT))
                + "…"))); //$NON-NLS-1$
        return hits;
    }
}
