package org.govsite.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worked example of docs/protocol.md, read from the document itself: blocks after {@code <!-- file: NAME -->}
 * are files, {@code sh} blocks after {@code <!-- run: SPEC -->} are commands. The values live only there.
 */
final class DocumentedExample {
    private static final Pattern BLOCK = Pattern.compile("<!-- (file|run): (.+?) -->\n```[a-z]*\n(.*?)\n```", //$NON-NLS-1$
            Pattern.DOTALL);
    private static final DocumentedExample INSTANCE = load();

    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();

    /** A {@code run} block: its spec ({@code expect=NAME}, ...) and its script. */
    record Command(String spec, String script) {
    }

    private DocumentedExample(String markdown) {
        Matcher matcher = BLOCK.matcher(markdown);
        while (matcher.find()) {
            if (matcher.group(1).equals("file")) { //$NON-NLS-1$
                if (files.put(matcher.group(2), matcher.group(3)) != null) {
                    fail("docs/protocol.md defines file " + matcher.group(2) + " twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else {
                commands.add(new Command(matcher.group(2), matcher.group(3)));
            }
        }
    }

    static DocumentedExample get() {
        return INSTANCE;
    }

    /** @return the content of the file block {@code name}, without final newline */
    String file(String name) {
        String content = files.get(name);
        assertNotNull(content, "docs/protocol.md has no file block " + name); //$NON-NLS-1$
        return content;
    }

    byte[] bytes(String name) {
        return file(name).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the lines {@code Name: value} of a headers file block, in order */
    Map<String, String> headers(String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : file(name).split("\n")) { //$NON-NLS-1$
            int colon = line.indexOf(": "); //$NON-NLS-1$
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return headers;
    }

    List<Command> commands() {
        return commands;
    }

    /** @return the command whose spec is {@code spec} */
    Command command(String spec) {
        return commands.stream().filter(c -> c.spec().equals(spec)).findFirst()
                .orElseThrow(() -> new AssertionError("docs/protocol.md has no run block " + spec)); //$NON-NLS-1$
    }

    /** Writes every file block into {@code folder} (UTF-8, exactly the block's bytes). */
    void writeFiles(Path folder) {
        files.forEach((name, content) -> {
            try {
                Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static DocumentedExample load() {
        Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath(); //$NON-NLS-1$
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/protocol.md"); //$NON-NLS-1$
            if (Files.isRegularFile(doc)) {
                try {
                    return new DocumentedExample(Files.readString(doc, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("docs/protocol.md not found above " + directory); //$NON-NLS-1$
    }
}
