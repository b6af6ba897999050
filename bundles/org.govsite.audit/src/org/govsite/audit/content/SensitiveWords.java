package org.govsite.audit.content;

import org.govsite.audit.Finding;
import java.net.URI;
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
final class SensitiveWords {
    /** Characters of context shown on each side of the first occurrence. */
    private static final int CONTEXT = 10;

    private final Trie trie;

    SensitiveWords(List<String> words) {
        List<String> kept = words.stream().map(String::trim).filter(word -> !word.isEmpty()).toList();
        trie = kept.isEmpty() ? null : Trie.builder().ignoreCase().addKeywords(kept).build();
    }

    /** Adds one finding per word found: the word, how often, and the text around its first occurrence. */
    void check(URI page, String text, List<Finding> findings) {
        if (trie == null) {
            return;
        }
        Map<String, Emit> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Emit emit : trie.parseText(text)) {
            String word = emit.getKeyword().toLowerCase(Locale.ROOT);
            first.putIfAbsent(word, emit);
            counts.merge(word, 1, Integer::sum);
        }
        first.forEach((word, emit) -> {
            String around = text.substring(Math.max(0, emit.getStart() - CONTEXT),
                    Math.min(text.length(), emit.getEnd() + 1 + CONTEXT));
            findings.add(Finding.page(ContentRule.SENSITIVE_WORD, page,
                    word + " ×" + counts.get(word) + ": …" + around + "…")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
    }
}
