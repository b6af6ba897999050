package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

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
    private Content other;

    @BeforeEach
    void startSecondInstance() {
        second = PlatformServer.start(test.config);
        ApiClient client2 = new ApiClient(second.uri(), second.serverKey());
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
