package org.govsite.audit.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the word lists an operator writes, one entry a line, the same way for the command line's files and the
 * workbench's settings: the sensitive words (one word a line), the user typo dictionary ({@code wrong<TAB>right}
 * a line) and lists of other entries (e.g. column categories). A byte order mark is dropped, blank lines are skipped, entries are trimmed. Lines that are not entries are
 * returned with their line number, nothing else is dropped.
 */
public final class WordLists {

    /**
     * A line that is not an entry.
     *
     * @param number the line's number, from 1
     * @param text the line as written
     */
    public record BadLine(int number, String text) {
    }

    /**
     * What a list holds.
     *
     * @param <T> the entries' type
     * @param entries the entries read, in order
     * @param badLines the lines that are not entries; empty when the list is valid
     */
    public record Parsed<T>(T entries, List<BadLine> badLines) {
        public Parsed {
            badLines = List.copyOf(badLines);
        }
    }

    private WordLists() {
    }

    /** @return the words, one a line (every non-blank line is a word) */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String line : lines(text)) {
            if (!line.isBlank()) {
                words.add(line.strip());
            }
        }
        return words;
    }

    /**
     * @param entry reads one line (trimmed) as an entry, empty when it is not one
     * @return the entries of the non-blank lines, in order, and the lines {@code entry} does not read
     */
    public static <T> Parsed<List<T>> entries(String text, Function<String, Optional<T>> entry) {
        List<T> entries = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                int number = i + 1;
                entry.apply(line.strip()).ifPresentOrElse(entries::add, () -> bad.add(new BadLine(number, line)));
            }
        }
        return new Parsed<>(entries, bad);
    }

    /**
     * @return the typo dictionary, wrong form to correct form, from {@code wrong<TAB>right} lines (a later line of the
     *         same wrong form wins); a non-blank line without a tab, or with an empty side, is a bad line
     */
    public static Parsed<Map<String, String>> typos(String text) {
        Map<String, String> typos = new LinkedHashMap<>();
        List<BadLine> bad = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String wrong = tab < 0 ? "" : line.substring(0, tab).strip(); //$NON-NLS-1$
            String right = tab < 0 ? "" : line.substring(tab + 1).strip(); //$NON-NLS-1$
            if (wrong.isEmpty() || right.isEmpty()) {
                bad.add(new BadLine(i + 1, line));
            } else {
                typos.put(wrong, right);
            }
        }
        return new Parsed<>(typos, bad);
    }

    /** @return the typo dictionary written back as {@code wrong<TAB>right} lines, which {@link #typos} reads */
    public static String typoLines(Map<String, String> typos) {
        StringBuilder text = new StringBuilder();
        typos.forEach((wrong, right) -> text.append(wrong).append('\t').append(right).append('\n'));
        return text.toString();
    }

    private static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
        return body.lines().toList();
    }
}
