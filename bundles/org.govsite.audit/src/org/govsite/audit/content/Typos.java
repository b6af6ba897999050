package org.govsite.audit.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govsite.audit.Finding;

/**
 * Typos (错别字): wrong forms of the built-in dictionary of frequent errors in government texts
 * ({@code typos_zh.txt} beside this class) and of the user's dictionary, each with its correct form. A user entry
 * replaces a built-in one with the same wrong form. Wrong names of the state, the Party and state organs (marked
 * {@code serious} in the dictionary) are PAGE-TYPO-SERIOUS, the others PAGE-TYPO.
 */
final class Typos {
    private static final String DICTIONARY = "typos_zh.txt"; //$NON-NLS-1$
    private static final String SERIOUS = "serious"; //$NON-NLS-1$
    private static final Map<String, Correction> BUILT_IN = load();

    /**
     * What a wrong form should be.
     *
     * @param right the correct form
     * @param serious whether the error is a serious wording error (严重表述错误)
     */
    record Correction(String right, boolean serious) {
    }

    private final Map<String, Correction> corrections = new LinkedHashMap<>();
    private final WordMatcher matcher;

    /** @param user the user's dictionary, wrong form to correct form */
    Typos(Map<String, String> user) {
        corrections.putAll(BUILT_IN);
        user.forEach((wrong, right) -> {
            if (!wrong.isBlank()) {
                corrections.put(wrong.trim().toLowerCase(Locale.ROOT), new Correction(right.trim(), false));
            }
        });
        matcher = new WordMatcher(corrections.keySet());
    }

    /** @return the built-in dictionary, wrong form (lower case) to its correction, in file order */
    static Map<String, Correction> builtIn() {
        return BUILT_IN;
    }

    /** Adds one finding per wrong form found: the wrong and correct forms, how often, and the text around it. */
    void check(URI page, String text, List<Finding> findings) {
        for (WordMatcher.Hit hit : matcher.find(text)) {
            Correction correction = corrections.get(hit.word());
            findings.add(Finding.page(correction.serious() ? ContentRule.TYPO_SERIOUS : ContentRule.TYPO, page,
                    hit.word() + " → " + correction.right() + " ×" + hit.count() + ": " + hit.context())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static Map<String, Correction> load() {
        Map<String, Correction> dictionary = new LinkedHashMap<>();
        try (InputStream in = Typos.class.getResourceAsStream(DICTIONARY);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t"); //$NON-NLS-1$
                if (!line.startsWith("#") && fields.length >= 2) { //$NON-NLS-1$
                    dictionary.put(fields[0].trim().toLowerCase(Locale.ROOT),
                            new Correction(fields[1].trim(), fields.length > 2 && SERIOUS.equals(fields[2].trim())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(dictionary);
    }
}
