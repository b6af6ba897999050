package org.govsite.audit.content;

import java.net.URI;
import java.util.List;

import org.govsite.audit.Finding;

/** Reports the words of the user's sensitive-word list found in a page's text, one finding per word. */
final class SensitiveWords {
    private final WordMatcher matcher;

    SensitiveWords(List<String> words) {
        matcher = new WordMatcher(words);
    }

    /** Adds one finding per word found: the word, how often, and the text around its first occurrence. */
    void check(URI page, String text, List<Finding> findings) {
        for (WordMatcher.Hit hit : matcher.find(text)) {
            findings.add(Finding.page(ContentRule.SENSITIVE_WORD, page,
                    hit.word() + " ×" + hit.count() + ": " + hit.context())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
