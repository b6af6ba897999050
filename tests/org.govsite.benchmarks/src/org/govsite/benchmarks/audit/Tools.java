package org.govsite.benchmarks.audit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.audit.Audit;

/** The crawlers the audit.* benchmarks run, each reading the broken links from what its tool writes. */
final class Tools {
    /** Where releng/bench-tools.sh installs linkinator and its Node (relative to the repository, bench.sh's folder). */
    private static final Path NODE_MODULES = Path.of("bench-tools", "node_modules").toAbsolutePath();
    /** The materialized product (bench.sh's class path holds its plugins): plugins/org.govsite.audit_*.jar's folder's. */
    private static final Path PRODUCT = product();

    private Tools() {
    }

    private static Path product() {
        try {
            return Path.of(Audit.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * GovSite's audit as a user runs it: the product's {@code govsite audit --per-host 16 --timeout 10 --format csv
     * --output FILE URL} (crawl, link and content checks, verdict, CSV report), with the product's JVM settings, on
     * this JVM's Java (and GOVSITE_VM_ARGS when set), its ahead-of-time cache in the benchmark's folder, recorded by an
     * untimed first run.
     */
    static Tool govSite() {
        return new Tool() {
            @Override
            boolean present() {
                return super.present() && Files.isExecutable(PRODUCT.resolve("govsite"));
            }

            @Override
            Map<String, String> environment(Path folder) {
                return Map.of("JAVA_HOME", Path.of(System.getProperty("java.home")).toString(), "GOVSITE_CACHE",
                        folder.resolve("cache").toString());
            }

            @Override
            String prepare(String name, LinkSite site, Path folder) throws Exception {
                CrawlerRun first = run(name, site, folder);
                try (Stream<Path> cache = Files.list(folder.resolve("cache"))) {
                    return String.format(Locale.ROOT, "untimed first run recording the ahead-of-time cache (%s): %.1f s",
                            cache.map(file -> file.getFileName().toString()).collect(Collectors.joining(", ")),
                            first.seconds());
                }
            }

            @Override
            List<String> command(LinkSite site, Path folder) {
                return List.of(PRODUCT.resolve("govsite").toString(), "audit", "--per-host", "16", "--timeout", "10",
                        "--format", "csv", "--output", folder.resolve("findings.csv").toString(),
                        site.uri.toString());
            }

            @Override
            Set<String> broken(LinkSite site, Path folder) throws IOException {
                Set<String> broken = new TreeSet<>();
                for (String line : Files.readAllLines(folder.resolve("findings.csv"), StandardCharsets.UTF_8)) {
                    String[] fields = line.split(",");
                    if (fields[0].equals("LINK-BROKEN")) {
                        broken.add(fields[3]);
                    }
                }
                return broken;
            }
        };
    }

    /** {@link PlainCrawler}: JDK HttpClient + jsoup. */
    static Tool plainJava() {
        return new Tool() {
            @Override
            List<String> command(LinkSite site, Path folder) {
                List<String> command = new ArrayList<>(java(PlainCrawler.class));
                command.addAll(List.of(site.uri.toString(), folder.resolve("broken.txt").toString()));
                return command;
            }

            @Override
            Set<String> broken(LinkSite site, Path folder) throws IOException {
                return new TreeSet<>(Files.readAllLines(folder.resolve("broken.txt"), StandardCharsets.UTF_8));
            }
        };
    }

    /** linkinator 8.1.0 (npm) on its own Node 22: recursive, CSV on standard output, its default concurrency (100). */
    static Tool linkinator() {
        return new Tool() {
            @Override
            boolean present() {
                return super.present() && Files.isRegularFile(NODE_MODULES.resolve("linkinator/build/src/cli.js"));
            }

            @Override
            List<String> command(LinkSite site, Path folder) {
                return List.of(NODE_MODULES.resolve(".bin/node").toString(),
                        NODE_MODULES.resolve("linkinator/build/src/cli.js").toString(), site.uri.toString(),
                        "--recurse", "--format", "csv", "--timeout", "10000");
            }

            @Override
            Set<String> broken(LinkSite site, Path folder) throws IOException {
                // url,status,state,parent,failureDetails
                Set<String> broken = new TreeSet<>();
                for (String line : Files.readAllLines(folder.resolve("stdout.txt"), StandardCharsets.UTF_8)) {
                    String[] fields = line.split(",");
                    if (fields.length > 2 && fields[2].equals("BROKEN")) {
                        broken.add(fields[0]);
                    }
                }
                return broken;
            }
        };
    }

    /** GNU wget's spider: {@code wget --spider -r -l inf}, one request at a time; it lists broken links at the end. */
    static Tool wget() {
        return new Tool() {
            @Override
            boolean present() {
                return super.present() && Files.isExecutable(Path.of("/usr/bin/wget"));
            }

            @Override
            List<String> command(LinkSite site, Path folder) {
                return List.of("/usr/bin/wget", "--spider", "-r", "-l", "inf", "-nd", "-nv", "-e", "robots=off",
                        "-o", folder.resolve("wget.log").toString(), site.uri.toString());
            }

            @Override
            Set<String> broken(LinkSite site, Path folder) throws IOException {
                List<String> log = Files.readAllLines(folder.resolve("wget.log"), StandardCharsets.UTF_8);
                Set<String> broken = new TreeSet<>();
                boolean listing = false;
                for (String line : log) {
                    if (line.matches("Found \\d+ broken links?\\.")) {
                        listing = true;
                    } else if (listing && line.startsWith("http")) {
                        broken.add(line.trim());
                    } else if (listing && !line.isBlank()) {
                        listing = false;
                    }
                }
                return broken;
            }
        };
    }

    /** LinkChecker (Debian package), CSV on standard output, 16 threads, its rate limit lifted (the site allows it). */
    static Tool linkchecker() {
        return new Tool() {
            @Override
            boolean present() {
                return super.present() && Files.isExecutable(Path.of("/usr/bin/linkchecker"));
            }

            @Override
            List<String> command(LinkSite site, Path folder) throws IOException {
                Path config = folder.resolve("linkcheckerrc");
                Files.writeString(config, "[checking]\nthreads=16\nmaxrequestspersecond=1000\n");
                return List.of("/usr/bin/linkchecker", "--config", config.toString(), "--no-status", "--no-warnings",
                        "-o", "csv", site.uri.toString());
            }

            @Override
            Set<String> broken(LinkSite site, Path folder) throws IOException {
                Set<String> broken = new TreeSet<>();
                List<String> header = null;
                for (String line : Files.readAllLines(folder.resolve("stdout.txt"), StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    List<String> fields = Arrays.asList(line.split(";", -1));
                    if (header == null) {
                        header = fields;
                    } else if (fields.size() == header.size() && fields.get(header.indexOf("valid")).equals("False")) {
                        broken.add(fields.get(header.indexOf("url")));
                    }
                }
                return broken;
            }
        };
    }
}
