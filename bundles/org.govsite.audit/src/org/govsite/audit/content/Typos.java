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
 * replaces a built-in one with the same wrong form.
 */
final class Typos {
    private static final String DICTIONARY = "typos_zh.txt"; //$NON-NLS-1$
    private static final Map<String, String> BUILT_IN = load();

    private final Map<String, String> corrections = new LinkedHashMap<>();
    private final WordMatcher matcher;

    /** @param user the user's dictionary, wrong form to correct form */
    Typos(Map<String, String> user) {
        corrections.putAll(BUILT_IN);
        user.forEach((wrong, right) -> {
            if (!wrong.isBlank()) {
                corrections.put(wrong.trim().toLowerCase(Locale.ROOT), right.trim());
            }
        });
        matcher = new WordMatcher(corrections.keySet());
    }

    /** @return the built-in dictionary, wrong form (lower case) to correct form, in file order */
    static Map<String, String> builtIn() {
        return BUILT_IN;
    }

    /** Adds one finding per wrong form found: the wrong and correct forms, how often, and the text around it. */
    void check(URI page, String text, List<Finding> findings) {
        for (WordMatcher.Hit hit : matcher.find(text)) {
            findings.add(Finding.page(ContentRule.TYPO, page, hit.word() + " → " + corrections.get(hit.word()) //$NON-NLS-1$
                    + " ×" + hit.count() + ": " + hit.context())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Map<String, String> load() {
        Map<String, String> dictionary = new LinkedHashMap<>();
        try (InputStream in = Typos.class.getResourceAsStream(DICTIONARY);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) { //$NON-NLS-1$
                    dictionary.put(line.substring(0, tab).trim().toLowerCase(Locale.ROOT),
                            line.substring(tab + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(dictionary);
    }
}
