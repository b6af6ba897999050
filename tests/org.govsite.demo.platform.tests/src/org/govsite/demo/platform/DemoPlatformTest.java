package org.govsite.demo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.LogEntry;
import org.govsite.client.OperatorInfo;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.KeyFile;
import org.govsite.demo.DemoProvince;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.protocol.PageTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class DemoPlatformTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aNewPlatformHoldsTheProvinceItsOperatorsAndPublishedSitesAndKeepsThemAcrossRestarts() throws Exception {
        Platform province = DemoPlatform.province();
        Site site = province.getSites().get(0);
        Column news = DemoArticles.columns(site).stream().filter(c -> c.getCategory() == ColumnCategory.NEWS).findFirst()
                .orElseThrow();
        String fingerprint;
        String title;
        try (DemoPlatform platform = DemoPlatform.start(folder, CLOCK, new NullProgressMonitor())) {
            fingerprint = platform.fingerprint();
            try (PlatformClient admin = login(platform, DemoOperator.ADMINISTRATOR)) {
                assertEquals(Map.of("demo-admin", List.of("system-administrator"), "demo-editor", List.of("content-editor"),
                        "demo-reviewer", List.of("content-reviewer"), "demo-auditor", List.of("auditor")), roles(admin));
            }
            try (PlatformClient editor = login(platform, DemoOperator.EDITOR)) {
                for (Site each : province.getSites()) {
                    assertEquals(columnCount(each), editor.columns(each.getId()).size(), each.getName());
                }
                List<JsonNode> articles = editor.articles(news.getId(), "", 100).articles();
                assertEquals(DemoArticles.PER_COLUMN, articles.size());
                LocalDateTime now = LocalDateTime.now(CLOCK.withZone(PageTime.ZONE));
                for (JsonNode article : articles) {
                    LocalDateTime published = LocalDateTime.parse(article.path("publishedAt").asText(), PageTime.MINUTES);
                    assertTrue(published.isBefore(now) && published.isAfter(now.minusDays(60)), published.toString());
                    assertEquals(site.getHost().getName(), article.path("source").asText());
                }
                title = articles.get(0).path("title").asText();
                String home = page(platform.uri(), site.getMainDomain(), "/");
                assertTrue(home.contains(site.getName()), home);
                assertTrue(home.contains(escape(title)), home);
                String topicId = articles.get(0).path("topics").path(0).asText();
                Topic topic = site.getTopics().stream().filter(t -> t.getId().equals(topicId)).findFirst().orElseThrow();
                Matcher link = Pattern.compile("href=\"(/[a-z0-9]+/" + topic.getPathSegment() + "/)\"").matcher(home);
                assertTrue(link.find(), "the home page shows the current topic " + topic.getName() + ": " + home);
                String topicPage = page(platform.uri(), site.getMainDomain(), link.group(1));
                assertTrue(topicPage.contains(escape(title)), "the news articles are in the site's topics: " + topicPage);
                JsonNode stored = editor.getVersioned("/api/v1/sites/" + site.getId()).value();
                assertEquals(site.getName(), stored.path("name").asText());
                List<String> channels = new ArrayList<>();
                editor.get("/api/v1/sites/" + site.getId() + "/channels").path("channels").forEach(channel -> channels
                        .add(channel.path("name").asText() + " " + channel.path("columns").toString()));
                assertEquals(site.getChannels().stream().map(c -> c.getName() + " " + c.getColumns().stream()
                        .map(column -> '"' + column.getId() + '"').collect(Collectors.joining(",", "[", "]"))).toList(),
                        channels, "the portal's channels with their columns");
                assertTrue(home.contains(">" + site.getChannels().get(0).getName() + "</a>"), "and in its navigation: " + home);
            }
            Set<String> standard = DemoProvince.generate(DemoProvince.Size.STANDARD, 1).getSites().stream()
                    .map(Site::getMainDomain).collect(Collectors.toSet());
            assertEquals(province.getSites().size(), DemoPlatform.hosts().size());
            for (String host : DemoPlatform.hosts()) {
                assertTrue(page(platform.uri(), host, "/").contains("<meta name=\"SiteName\""), host + " is published");
                assertTrue(standard.contains(host), host + " is also a site of the workbench's demo province");
            }
            try (PlatformClient auditor = login(platform, DemoOperator.AUDITOR)) {
                long published = 0;
                for (List<LogEntry> page = auditor.log(0, 1000).entries(); !page.isEmpty();
                        page = auditor.log(page.get(page.size() - 1).seq(), 1000).entries()) {
                    published += page.stream().filter(e -> e.action().equals("site.publish")).count();
                }
                assertEquals(province.getSites().size(), published, "every site published once, by the reviewer");
            }
        }
        assertFalse(Files.exists(folder.resolve("seed-replica")), "the seeding replica is removed");

        try (DemoPlatform again = DemoPlatform.start(folder, CLOCK.withZone(ZoneOffset.UTC), new NullProgressMonitor())) {
            assertEquals(fingerprint, again.fingerprint(), "the server key is kept");
            try (PlatformClient admin = login(again, DemoOperator.ADMINISTRATOR)) {
                assertEquals(4, roles(admin).size(), "nobody registered twice");
            }
            try (PlatformClient editor = login(again, DemoOperator.EDITOR)) {
                assertEquals(DemoArticles.PER_COLUMN, editor.articles(news.getId(), "", 100).articles().size(),
                        "the articles are not created again");
            }
            assertTrue(page(again.uri(), site.getMainDomain(), "/").contains(escape(title)), "still published");
        }
    }

    @Test
    void aFillingCancelledHalfwayStartsAgainFromAnEmptyFolder() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> DemoPlatform.start(folder, CLOCK, cancelled));
        assertFalse(Files.exists(folder.resolve("ready")));
        assertTrue(Files.exists(folder.resolve("server")), "the cancelled start had created the platform");

        try (DemoPlatform platform = DemoPlatform.start(folder, CLOCK, new NullProgressMonitor());
                PlatformClient admin = login(platform, DemoOperator.ADMINISTRATOR)) {
            assertEquals(4, roles(admin).size());
            assertTrue(Files.exists(folder.resolve("ready")));
        }
    }

    private static PlatformClient login(DemoPlatform platform, DemoOperator operator) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings("demo", platform.uri(), operator.operatorName(),
                platform.fingerprint()));
        client.fetchServerIdentity();
        client.login(DemoPlatform.PASSWORD.toCharArray(),
                KeyFile.read(platform.keyFile(operator), DemoPlatform.PASSPHRASE.toCharArray()));
        return client;
    }

    private static Map<String, List<String>> roles(PlatformClient admin) {
        return admin.operators().stream().collect(Collectors.toMap(OperatorInfo::name, OperatorInfo::roles));
    }

    private static long columnCount(Site site) {
        return site.getColumns().stream().flatMap(DemoPlatformTest::withDescendants).count();
    }

    private static Stream<Column> withDescendants(Column column) {
        return Stream.concat(Stream.of(column), column.getChildren().stream().flatMap(DemoPlatformTest::withDescendants));
    }

    /** @return the page at {@code path} of the site the platform serves under {@code host} */
    private static String page(URI platform, String host, String path) throws IOException {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(platform.resolve(path));
            get.setHeader("Host", host);
            return http.execute(get, response -> {
                assertEquals(200, response.getCode(), host + path);
                return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            });
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
