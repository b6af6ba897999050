package org.govsite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interaction records of a site (messages, solicitations, interviews, service items): CRUD with ETags, the change
 * feed and the log, roles (reviewers answer and close, auditors read), invalid fields, removal with their site.
 */
class InteractionRecordTest extends EditorTestBase {
    private static final String SITE = "/api/v1/sites/s1/";

    /** One record kind: its path below the site, feed entity, a valid body and a change of one field. */
    private record Kind(String path, String entity, Map<String, Object> body, String field, Object changed) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("messages", "message", Map.of("id", "m1", "title", "咨询社保转移", "receivedAt", "2026-03-01 09:30"),
                    "closedAt", "2026-03-05 17:00"),
            new Kind("solicitations", "solicitation", Map.of("id", "q1", "title", "十五五规划意见征集", "startOn", "2026-04-01",
                    "endOn", "2026-04-30"), "opinions", 57),
            new Kind("interviews", "interview", Map.of("id", "i1", "title", "局长在线访谈", "heldAt", "2026-06-10 15:00"),
                    "questions", 12),
            new Kind("services", "service", Map.of("id", "v1", "name", "企业设立登记"), "online", true));

    @BeforeEach
    void start() {
        content.siteWithHost("s1", "hz", "www.hangzhou.gov.cn");
        content.siteWithHost("s2", "hz", "www.xihu.gov.cn");
    }

    @Test
    void everyKindHasCrudWithETagsInTheFeedAndTheLog() {
        for (Kind kind : KINDS) {
            String collection = SITE + kind.path();
            String item = collection + "/" + kind.body().get("id");
            Map<String, Object> created = content.create(collection, kind.body());
            assertEquals("s1", created.get("site"), kind::path);
            assertEquals(1, created.get("version"));
            ApiClient.Reply read = content.get(item);
            assertEquals("\"1\"", read.header("ETag"));
            assertEquals(created, TestServer.parse(read));
            assertEquals(List.of(created), TestServer.list(content.get(collection), kind.path()));
            assertEquals(List.of(), TestServer.list(content.get("/api/v1/sites/s2/" + kind.path()), kind.path()));

            Map<String, Object> changed = Content.with(kind.body(), kind.field(), kind.changed());
            assertEquals("GS-REQ-PRECONDITION-REQUIRED", client.signed(editor, "PUT", item, TestServer.json(changed)).code());
            ApiClient.Reply updated = content.put(item, changed, 1);
            assertEquals(200, updated.status(), updated::text);
            assertEquals("\"2\"", updated.header("ETag"));
            assertEquals(kind.changed(), TestServer.parse(content.get(item)).get(kind.field()), kind::path);
            assertEquals("GS-CONFLICT-ETAG", content.put(item, changed, 1).code(), "a stale ETag");
            assertEquals("GS-REQ-NOT-FOUND", content.get("/api/v1/sites/s2/" + kind.path() + "/" + kind.body().get("id")).code(),
                    "a record of another site");
            assertEquals("GS-REQ-INVALID-FIELD", content.post(collection, kind.body()).code(), "the id exists");
            assertEquals("GS-CONFLICT-ETAG", client.signed(editor, "DELETE", item, Content.NO_BODY, "\"1\"").code());
            assertEquals(200, client.signed(editor, "DELETE", item, Content.NO_BODY, "\"2\"").status());
            assertEquals("GS-REQ-NOT-FOUND", content.get(item).code());

            List<Map<?, ?>> feed = content.feed(100).stream().filter(change -> change.get("entity").equals(kind.entity())).toList();
            assertEquals(List.of("upsert", "upsert", "delete"), feed.stream().map(change -> change.get("op")).toList(), kind::entity);
            assertEquals(kind.changed(), ((Map<?, ?>) feed.get(1).get("data")).get(kind.field()));
            assertEquals(List.of(kind.entity() + ".create", kind.entity() + ".update", kind.entity() + ".delete"),
                    actions(kind.entity() + "."));
        }
    }

    @Test
    void serviceCasesAreKeptPerYear() {
        Map<String, Object> item = new HashMap<>(Map.of("id", "v1", "name", "企业设立登记", "online", true));
        item.put("cases", List.of(Map.of("year", 2026, "persons", 120, "legalEntities", 30), Map.of("year", 2025, "persons", 7)));
        Map<String, Object> created = content.create(SITE + "services", item);
        assertEquals(List.of(Map.of("year", 2025, "persons", 7, "legalEntities", 0),
                Map.of("year", 2026, "persons", 120, "legalEntities", 30)), created.get("cases"));
        assertEquals(200, content.put(SITE + "services/v1", Content.with(item, "cases", List.of(Map.of("year", 2027))), 1).status());
        assertEquals(List.of(Map.of("year", 2027, "persons", 0, "legalEntities", 0)),
                TestServer.parse(content.get(SITE + "services/v1")).get("cases"));
        assertEquals(1, TestServer.list(content.get(SITE + "services"), "services").size());
    }

    @Test
    void reviewersAnswerAndCloseAuditorsReadAdministratorsAreRefused() {
        ApiClient.Session reviewer = client.login(test.addOperator("li.na", Role.CONTENT_REVIEWER));
        ApiClient.Session auditor = client.login(test.addOperator("zhao.min", Role.AUDITOR));
        ApiClient.Session admin = client.login(test.admin);
        for (Kind kind : KINDS) {
            content.create(SITE + kind.path(), kind.body());
        }
        Map<String, Object> closed = Content.with(Content.with(KINDS.get(0).body(), "answeredAt", "2026-03-02 10:00"),
                "closedAt", "2026-03-05 17:00");
        assertEquals(200, client.signed(reviewer, "PUT", SITE + "messages/m1", TestServer.json(closed), "\"1\"").status());
        assertEquals(200, client.signed(reviewer, "PUT", SITE + "solicitations/q1",
                TestServer.json(Content.with(KINDS.get(1).body(), "resultPublishedAt", "2026-05-10 09:00")), "\"1\"").status());
        assertEquals(200, client.signed(reviewer, "PUT", SITE + "interviews/i1",
                TestServer.json(Content.with(KINDS.get(2).body(), "questions", 3)), "\"1\"").status());
        assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "PUT", SITE + "services/v1",
                TestServer.json(KINDS.get(3).body()), "\"1\"").code(), "service items are the editors'");
        for (Kind kind : KINDS) {
            String item = SITE + kind.path() + "/" + kind.body().get("id");
            assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "POST", SITE + kind.path(), TestServer.json(kind.body())).code());
            assertEquals("GS-AUTH-ROLE", client.signed(reviewer, "DELETE", item, Content.NO_BODY, "\"1\"").code());
            assertEquals(200, client.signed(auditor, "GET", item, Content.NO_BODY).status());
            assertEquals(1, TestServer.list(client.signed(auditor, "GET", SITE + kind.path(), Content.NO_BODY), kind.path()).size());
            assertEquals("GS-AUTH-ROLE", client.signed(auditor, "PUT", item, TestServer.json(kind.body()), "\"1\"").code());
            assertEquals("GS-AUTH-ROLE", client.signed(admin, "GET", item, Content.NO_BODY).code());
        }
        assertEquals("GS-AUTH-ROLE", client.signed(auditor, "GET", "/api/v1/sites/s1", Content.NO_BODY).code(),
                "auditors read the records, not the sites");
        assertTrue(actions("request.refused").size() >= 16);
    }

    @Test
    void invalidRecordsAreRefusedWithNothingStored() {
        Map<String, Object> message = KINDS.get(0).body();
        Map<String, Object> solicitation = KINDS.get(1).body();
        Map<String, Object> interview = KINDS.get(2).body();
        Map<String, Object> service = KINDS.get(3).body();
        Map<String, List<Map<String, Object>>> invalid = Map.of(
                "messages", List.of(Content.with(message, "title", " "), Content.with(message, "receivedAt", null),
                        Content.with(message, "receivedAt", "2026-03-01"), Content.with(message, "receivedAt", "2026-02-30 10:00"),
                        Content.with(message, "closedAt", "2026-02-28 10:00"), Content.with(message, "answeredAt", "2026-02-01 10:00"),
                        Content.with(message, "publicAnswer", true)),
                "solicitations", List.of(Content.with(solicitation, "endOn", "2026-03-31"),
                        Content.with(solicitation, "startOn", null), Content.with(solicitation, "opinions", -1),
                        Content.with(solicitation, "resultPublishedAt", "2026-05-10T09:00")),
                "interviews", List.of(Content.with(interview, "heldAt", null), Content.with(interview, "answers", 1),
                        Content.with(interview, "questions", -2)),
                "services", List.of(Content.with(service, "name", null),
                        Content.with(service, "cases", List.of(Map.of("year", 2026), Map.of("year", 2026))),
                        Content.with(service, "cases", List.of(Map.of("year", 1800))),
                        Content.with(service, "cases", List.of(Map.of("year", 2026, "persons", -1)))));
        invalid.forEach((path, bodies) -> {
            for (Map<String, Object> body : bodies) {
                assertEquals("GS-REQ-INVALID-FIELD", content.post(SITE + path, body).code(), () -> path + " " + body);
            }
            assertEquals("GS-REQ-MALFORMED-JSON", content.post(SITE + path, Content.with(body(path), "colour", "red")).code());
            assertEquals("GS-REQ-NOT-FOUND", content.post("/api/v1/sites/nope/" + path, body(path)).code());
            assertEquals("GS-REQ-INVALID-FIELD", content.post(SITE + path, Content.with(body(path), "site", "s2")).code());
            assertEquals(List.of(), TestServer.list(content.get(SITE + path), path));
        });
    }

    @Test
    void deletingTheSiteRemovesItsRecordsWithAChangeEach() {
        for (Kind kind : KINDS) {
            content.create(SITE + kind.path(), kind.body());
        }
        Account editorKey = editorAccount;
        ApiClient.Reply deleted = client.signed(editor, "DELETE", "/api/v1/sites/s1", Content.NO_BODY,
                Map.of("If-Match", "\"1\""), editorKey.key());
        assertEquals(200, deleted.status(), deleted::text);
        List<String> deletes = content.feed(100).stream().filter(change -> change.get("op").equals("delete"))
                .map(change -> change.get("entity") + "/" + change.get("id")).toList();
        assertEquals(List.of("message/m1", "solicitation/q1", "interview/i1", "service/v1", "site/s1"), deletes);
    }

    private static Map<String, Object> body(String path) {
        return KINDS.stream().filter(kind -> kind.path().equals(path)).findFirst().orElseThrow().body();
    }

    private List<String> actions(String prefix) {
        try {
            return test.server.operationLog().read(0, 10_000).stream().map(OperationLog.Entry::action)
                    .filter(action -> action.startsWith(prefix)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
