package org.govsite.benchmarks.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The plain Java baseline of the audit.* benchmarks: the JDK's HttpClient and jsoup, nothing else. From the home page,
 * every page of the same host is fetched once (GET, {@value #PARALLEL} at a time on virtual threads), parsed, and its
 * {@code a[href]} links followed; an answer of 400 or more is a broken link. Arguments: home page URL, output file
 * (one broken URL a line).
 */
public final class PlainCrawler {
    private static final int PARALLEL = 16;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Semaphore permits = new Semaphore(PARALLEL);
    private final Phaser pending = new Phaser(1);
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final String host;

    private PlainCrawler(URI home) {
        host = home.getHost() + ":" + home.getPort();
    }

    public static void main(String[] args) throws IOException {
        URI home = URI.create(args[0]);
        PlainCrawler crawler = new PlainCrawler(home);
        crawler.visit(home.toString());
        crawler.pending.arriveAndAwaitAdvance();
        crawler.threads.shutdown();
        Files.write(Path.of(args[1]), new TreeSet<>(crawler.broken), StandardCharsets.UTF_8);
    }

    private void visit(String url) {
        if (!seen.add(url)) {
            return;
        }
        pending.register();
        threads.execute(() -> {
            try {
                fetch(url);
            } finally {
                pending.arriveAndDeregister();
            }
        });
    }

    private void fetch(String url) {
        try {
            permits.acquire();
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } finally {
                permits.release();
            }
            if (response.statusCode() >= 400) {
                broken.add(url);
                return;
            }
            for (Element a : Jsoup.parse(response.body(), url).select("a[href]")) {
                String link = a.absUrl("href").replaceFirst("#.*$", "");
                URI target = URI.create(link);
                if ((target.getHost() + ":" + target.getPort()).equals(host)) {
                    visit(link);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            broken.add(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
