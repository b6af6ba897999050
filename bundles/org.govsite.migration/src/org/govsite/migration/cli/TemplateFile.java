package org.govsite.migration.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

import org.govsite.audit.cli.UsageException;
import org.govsite.audit.export.Texts;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.UrlPattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The template rules file of {@code govsite migrate --templates} (docs/migration.md, "Template rules file"): a JSON
 * array of objects, in the order rules are tried, each {@code {"name", "pattern", "syntax", "title", "published",
 * "source", "author", "body", "attachments"}}: the pattern as in the mapping ({@code syntax} {@code glob}, the
 * default, or {@code regex}), a jsoup CSS selector per field (absent or empty: automatic detection). Every entry is
 * checked; a file with a bad entry gives no rule and a {@link UsageException} naming each bad entry.
 */
public final class TemplateFile {
    /** The selector fields of an entry, in {@link TemplateRule}'s order. */
    static final List<String> SELECTORS = List.of("title", "published", "source", "author", "body", "attachments"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final List<String> FIELDS = List.of("name", "pattern", "syntax"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private TemplateFile() {
    }

    /**
     * @return the rules of {@code file}, in order
     * @throws UsageException if the file is no JSON array or an entry is wrong (each named)
     * @throws IOException if it cannot be read
     */
    public static List<TemplateRule> read(Path file, Texts text) throws IOException, UsageException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new UsageException(text.get("TemplatesNotJson", file, e.getOriginalMessage(), //$NON-NLS-1$
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        }
        if (root == null || !root.isArray()) {
            throw new UsageException(text.get("TemplatesNotArray", file)); //$NON-NLS-1$
        }
        List<TemplateRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            List<String> entryProblems = new ArrayList<>();
            TemplateRule rule = rule(root.get(i), text, entryProblems);
            for (String problem : entryProblems) {
                problems.add(text.get("TemplateEntry", i + 1, problem)); //$NON-NLS-1$
            }
            if (entryProblems.isEmpty()) {
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(MigrateCommand.lines(text.get("BadTemplates", file), problems)); //$NON-NLS-1$
        }
        return rules;
    }

    /** Writes {@code rules} in this format (a rule's empty selectors left out); {@code out} is not closed. */
    public static void write(List<TemplateRule> rules, OutputStream out) throws IOException {
        List<Map<String, String>> entries = new ArrayList<>();
        for (TemplateRule rule : rules) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", rule.name()); //$NON-NLS-1$
            entry.put("pattern", rule.urls().text()); //$NON-NLS-1$
            entry.put("syntax", rule.urls().syntax().cell()); //$NON-NLS-1$
            List<String> selectors = List.of(rule.title(), rule.published(), rule.source(), rule.author(),
                    rule.body(), rule.attachments());
            for (int i = 0; i < SELECTORS.size(); i++) {
                if (!selectors.get(i).isEmpty()) {
                    entry.put(SELECTORS.get(i), selectors.get(i));
                }
            }
            entries.add(entry);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, entries);
    }

    private static TemplateRule rule(JsonNode entry, Texts text, List<String> problems) {
        if (!entry.isObject()) {
            problems.add(text.get("TemplateNotObject")); //$NON-NLS-1$
            return null;
        }
        for (Iterator<String> names = entry.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name) && !SELECTORS.contains(name)) {
                problems.add(text.get("TemplateUnknownField", name)); //$NON-NLS-1$
            } else if (!entry.get(name).isTextual()) {
                problems.add(text.get("TemplateNotText", name)); //$NON-NLS-1$
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String name = entry.path("name").asText("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.isEmpty()) {
            problems.add(text.get("TemplateNoName")); //$NON-NLS-1$
        }
        UrlPattern pattern = pattern(entry, text, problems);
        Map<String, String> selectors = new LinkedHashMap<>();
        for (String field : SELECTORS) {
            String selector = entry.path(field).asText("").strip(); //$NON-NLS-1$
            if (!selector.isEmpty()) {
                try {
                    QueryParser.parse(selector);
                } catch (Selector.SelectorParseException e) {
                    problems.add(text.get("TemplateBadSelector", field, selector, e.getMessage())); //$NON-NLS-1$
                }
            }
            selectors.put(field, selector);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new TemplateRule(name, pattern, selectors.get("title"), selectors.get("published"), //$NON-NLS-1$ //$NON-NLS-2$
                selectors.get("source"), selectors.get("author"), selectors.get("body"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                selectors.get("attachments")); //$NON-NLS-1$
    }

    private static UrlPattern pattern(JsonNode entry, Texts text, List<String> problems) {
        String pattern = entry.path("pattern").asText("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        String syntaxName = entry.path("syntax").asText("glob"); //$NON-NLS-1$ //$NON-NLS-2$
        UrlPattern.Syntax syntax = UrlPattern.Syntax.of(syntaxName);
        if (pattern.isEmpty()) {
            problems.add(text.get("TemplateNoPattern")); //$NON-NLS-1$
        } else if (syntax == null) {
            problems.add(text.get("TemplateBadSyntax", syntaxName)); //$NON-NLS-1$
        } else {
            try {
                return new UrlPattern(syntax, pattern);
            } catch (PatternSyntaxException e) {
                problems.add(text.get("TemplateBadRegex", e.getDescription())); //$NON-NLS-1$
            }
        }
        return null;
    }
}
