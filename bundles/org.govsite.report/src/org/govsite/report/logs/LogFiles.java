package org.govsite.report.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which access-log files an import reads and whose site each is (docs/reports.md, "Access logs"), shared by
 * {@code govsite report --logs} and the workbench's import: folders stand for their regular files (by name), and a
 * file whose name starts with a site's host is that site's log for lines without a virtual-host field.
 */
public final class LogFiles {

    private LogFiles() {
    }

    /** @return the files given, each folder replaced by its regular files sorted by name */
    public static List<Path> expand(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** @return the longest of {@code hosts} that the file's name starts with (any case), or null */
    public static String host(Path file, Collection<String> hosts) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return hosts.stream().filter(h -> name.startsWith(h.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }
}
