package org.govsite.migration.mapping;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern old URLs are matched against, in one of two syntaxes. The pattern must match the whole subject: the
 * normalised URL ({@code http://old.gov.cn/art/2019/art_1_2.html?x=1}), or, when the pattern starts with {@code /},
 * its path and query only ({@code /art/2019/art_1_2.html?x=1}).
 * <ul>
 * <li>{@link Syntax#GLOB}: {@code **} matches anything, {@code *} anything but {@code /}; every other character,
 * {@code ?} and {@code .} included, stands for itself.</li>
 * <li>{@link Syntax#REGEX}: a Java regular expression.</li>
 * </ul>
 * Immutable; equal when syntax and text are.
 */
public final class UrlPattern {
    private final Syntax syntax;
    private final String text;
    private final Pattern compiled;

    /** The two pattern syntaxes. */
    public enum Syntax {
        /** {@code *} and {@code **} wildcards. */
        GLOB,
        /** A Java regular expression. */
        REGEX;

        /** @return the syntax a CSV cell names ({@code glob} or {@code regex}, any case), or {@code null} */
        public static Syntax of(String name) {
            for (Syntax syntax : values()) {
                if (syntax.name().equalsIgnoreCase(name.strip())) {
                    return syntax;
                }
            }
            return null;
        }

        /** @return the name as written in CSV files */
        public String cell() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param syntax how {@code text} is read
     * @param text the pattern as written
     * @throws PatternSyntaxException when {@code text} is no valid regular expression
     */
    public UrlPattern(Syntax syntax, String text) {
        this.syntax = Objects.requireNonNull(syntax);
        this.text = Objects.requireNonNull(text);
        this.compiled = compile(syntax, text);
    }

    /** @return how the text is read */
    public Syntax syntax() {
        return syntax;
    }

    /** @return the pattern as written */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UrlPattern pattern && pattern.syntax == syntax && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(syntax, text);
    }

    @Override
    public String toString() {
        return syntax.cell() + ':' + text;
    }

    /** @return whether the pattern matches the whole URL (or its path and query) */
    public boolean matches(URI url) {
        String subject = text.startsWith("/") //$NON-NLS-1$
                ? url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()) //$NON-NLS-1$ //$NON-NLS-2$
                : url.toString();
        return compiled.matcher(subject).matches();
    }

    private static Pattern compile(Syntax syntax, String text) {
        if (syntax == Syntax.REGEX) {
            return Pattern.compile(text);
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '*') {
                literal.append(text.charAt(i));
                continue;
            }
            regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString())); //$NON-NLS-1$
            literal.setLength(0);
            boolean twice = i + 1 < text.length() && text.charAt(i + 1) == '*';
            regex.append(twice ? ".*" : "[^/]*"); //$NON-NLS-1$ //$NON-NLS-2$
            i += twice ? 1 : 0;
        }
        regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString())); //$NON-NLS-1$
        return Pattern.compile(regex.toString());
    }
}
