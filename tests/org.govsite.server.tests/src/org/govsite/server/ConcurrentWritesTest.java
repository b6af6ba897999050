package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.govsite.crypto.Sm3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database take conflicting writes at the same moment: the database decides, so exactly one
 * wins and the other gets the documented refusal ({@code GS-REQ-INVALID-FIELD}), never a server error, and what is
 * stored keeps the rules (a domain belongs to one site, a site's host exists).
 */
class ConcurrentWritesTest extends EditorTestBase {
    private static final int ROUNDS = 12;

    private PlatformServer second;
    private ApiClient client2;
    private Content other;

    @BeforeEach
    void startSecondInstance() {
        second = PlatformServer.start(test.config);
        client2 = new ApiClient(second.uri(), second.serverKey());
        other = new Content(client2, client2.login(editorAccount));
    }

    @AfterEach
    void stopSecondInstance() {
        second.stop();
    }

    @Test
    void aDomainClaimedAtBothInstancesAtOnceGoesToOneSite() throws Exception {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        for (int round = 0; round < ROUNDS; round++) {
            String domain = "www.d" + round + ".gov.cn";
            String[] ids = { "a" + round, "b" + round };
            List<ApiClient.Reply> replies = race(at -> instance(at).post("/api/v1/sites", Content.site(ids[at], "hz", domain)));
            assertOneWins(replies, "domain " + domain + " belongs to another site");
        }
        List<?> sites = TestServer.list(content.get("/api/v1/sites"), "sites");
        assertEquals(ROUNDS, sites.size(), "one site per domain");
    }

    @Test
    void anAliasClaimedAtOnceAsAnotherSitesMainDomainGoesToOneSite() throws Exception {
        content.create("/api/v1/organisations", Content.organisation("hz"));
        for (int round = 0; round < ROUNDS; round++) {
            String domain = "www.e" + round + ".gov.cn";
            List<Map<String, Object>> sites = List.of(Content.site("main" + round, "hz", domain), Content.with(
                    Content.site("alias" + round, "hz", "www.f" + round + ".gov.cn"), "aliases", List.of(domain)));
            List<ApiClient.Reply> replies = race(at -> instance(at).post("/api/v1/sites", sites.get(at)));
            assertOneWins(replies, "domain " + domain + " belongs to another site");
        }
    }

    @Test
    void oneIdCreatedAtBothInstancesAtOnceIsCreatedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "org" + round;
            List<ApiClient.Reply> replies = race(at -> instance(at).post("/api/v1/organisations", Content.organisation(id)));
            assertOneWins(replies, "organisation " + id + " exists already");
        }
        assertEquals(ROUNDS, TestServer.list(content.get("/api/v1/organisations"), "organisations").size());
    }

    @Test
    void aSiteCreatedWhileItsHostIsDeletedNeverLosesItsHost() throws Exception {
        int created = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String host = "o" + round;
            content.create("/api/v1/organisations", Content.organisation(host));
            Map<String, Object> body = Content.site("s" + round, host, "www.s" + round + ".gov.cn");
            List<ApiClient.Reply> replies = race(at -> at == 0 ? content.delete("/api/v1/organisations/" + host, 1)
                    : other.post("/api/v1/sites", body));
            ApiClient.Reply deleted = replies.get(0);
            ApiClient.Reply site = replies.get(1);
            if (deleted.status() == 200) {
                assertEquals(400, site.status(), site::text);
                assertEquals("host " + host + " is not an organisation", message(site));
            } else {
                assertEquals(201, site.status(), site::text);
                assertEquals(400, deleted.status(), deleted::text);
                assertEquals("organisation " + host + " hosts sites", message(deleted));
                created++;
            }
        }
        assertEquals(created, TestServer.list(content.get("/api/v1/sites"), "sites").size());
    }

    @Test
    void anOrganisationMadeSuperiorWhileItIsDeletedIsNeverLost() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String superior = "up" + round;
            content.create("/api/v1/organisations", Content.organisation(superior));
            Map<String, Object> body = Content.with(Content.organisation("down" + round), "superior", superior);
            List<ApiClient.Reply> replies = race(at -> at == 0 ? content.delete("/api/v1/organisations/" + superior, 1)
                    : other.post("/api/v1/organisations", body));
            boolean deleted = replies.get(0).status() == 200;
            assertEquals(deleted ? 400 : 201, replies.get(1).status(), replies.get(1)::text);
            assertEquals(deleted ? 404 : 200, content.get("/api/v1/organisations/" + superior).status());
        }
    }

    /** @return the editor's calls at instance 0 (the first) or 1 (the second) */
    private Content instance(int at) {
        return at == 0 ? content : other;
    }

    @Test
    void oneOperatorRegisteredAtBothInstancesAtOnceIsRegisteredOnce() throws Exception {
        List<Content> admins = List.of(new Content(client, client.login(test.admin)), new Content(client2, client2.login(test.admin)));
        for (int round = 0; round < ROUNDS; round++) {
            Account account = Account.generate("audit" + round);
            Map<String, Object> body = Map.of("name", account.name(), "publicKey", account.key().publicKey().toPem(),
                    "password", account.password(), "roles", List.of(Role.AUDITOR.wireName()));
            List<ApiClient.Reply> replies = race(at -> admins.get(at).post("/api/v1/operators", body));
            assertOneWins(replies, "operator " + account.name() + " exists already");
        }
    }

    @Test
    void theSameRedirectsArchivesAndNoticePutAtBothInstancesAtOnceAreWrittenOnce() throws Exception {
        Library library = new Library(test, editor, content);
        library.site("portal", "门户网站", "bd", "www.bd.gov.cn", List.of(), "1306000001");
        library.site("slj", "保定市水利局", "bd", "slj.bd.gov.cn", List.of(), "1306000009");
        for (int round = 0; round < ROUNDS; round++) {
            String host = "www.old" + round + ".gov.cn";
            Map<String, Object> redirects = Map.of("entries", List.of(
                    Map.of("path", "/a.html", "status", 301, "target", "http://slj.bd.gov.cn/a.html"),
                    Map.of("path", "/b.html", "status", 410, "target", "http://slj.bd.gov.cn/b.html")));
            List<ApiClient.Reply> replies = race(at -> instance(at).putKeyed("/api/v1/redirects/" + host, redirects));
            assertEquals(2, changed(replies), "the entries written once");

            byte[] html = ("<html><body>旧页面 " + round + "</body></html>").getBytes(StandardCharsets.UTF_8);
            Library.expect(201, library.putAttachment(editor, null, html, "text/html; charset=utf-8"));
            Map<String, Object> archive = Map.of("snapshots", List.of(Map.of("path", "/old.html", "digest", Sm3.digestHex(html))));
            assertEquals(1, changed(race(at -> instance(at).putKeyed("/api/v1/archives/" + host, archive))), "archived once");

            Map<String, Object> notice = Map.of("site", "slj", "superiorSite", "portal", "title", "网站迁移公告",
                    "text", "网站已迁移。", "end", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(40)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            for (ApiClient.Reply reply : race(at -> instance(at).putKeyed("/api/v1/migration-notices/" + host, notice))) {
                assertEquals(200, reply.status(), reply::text);
            }
        }
    }

    /** @return the sum of the answers' {@code changed} counts, each answer 200 */
    private static int changed(List<ApiClient.Reply> replies) {
        int changed = 0;
        for (ApiClient.Reply reply : replies) {
            assertEquals(200, reply.status(), reply::text);
            changed += ((Number) TestServer.parse(reply).get("changed")).intValue();
        }
        return changed;
    }

    /** @return the answers of {@code call} made for instances 0 and 1 at the same moment */
    private static List<ApiClient.Reply> race(IntFunction<ApiClient.Reply> call) throws Exception {
        return Together.run(List.of(() -> call.apply(0), () -> call.apply(1)));
    }

    private static void assertOneWins(List<ApiClient.Reply> replies, String refusal) {
        List<ApiClient.Reply> refused = replies.stream().filter(reply -> reply.status() != 201).toList();
        assertEquals(1, refused.size(), () -> replies.stream().map(ApiClient.Reply::text).toList().toString());
        assertEquals(400, refused.get(0).status(), refused.get(0)::text);
        assertEquals("GS-REQ-INVALID-FIELD", refused.get(0).code());
        assertEquals(refusal, message(refused.get(0)));
    }

    private static String message(ApiClient.Reply reply) {
        Object message = TestServer.parse(reply).get("detail");
        assertTrue(message instanceof String, reply::text);
        return (String) message;
    }
}
