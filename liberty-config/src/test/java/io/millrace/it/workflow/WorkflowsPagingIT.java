package io.millrace.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor paging of GET /v1/workflows, and the executions list of a workflow. */
class WorkflowsPagingIT {
    private final Api api = Api.server();

    @Test
    void pagingForwardVisitsEveryWorkflowOnceAndBackwardsReturnsTheFirstPage() {
        String prefix = "paged-" + System.nanoTime() + "-";
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            mine.add(api.post("/v1/workflows", """
                    {"name": "%s%d", "triggers": [], "steps": []}""".formatted(prefix, i))
                    .json().getJsonObject("data").getString("id"));
        }

        List<String> seen = new ArrayList<>();
        List<Long> createdAt = new ArrayList<>();
        String after = null;
        long total = -1;
        int pages = 0;
        while (true) {
            Api.Reply reply = api.get("/v1/workflows?limit=5" + (after == null ? "" : "&after=" + Api.encode(after)));
            assertEquals(200, reply.status(), reply.body());
            JsonObject info = reply.json().getJsonObject("page_info");
            List<JsonObject> data = reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
            assertTrue(data.size() <= 5, "limit is respected");
            assertEquals(data.size(), info.getInt("count"));
            if (total < 0) {
                total = info.getJsonNumber("total_count").longValue();
                assertTrue(total >= 12, "total_count " + total);
            }
            assertEquals(total, info.getJsonNumber("total_count").longValue(), "total_count is stable");
            if (!data.isEmpty()) {
                assertTrue(info.get("start_cursor") instanceof jakarta.json.JsonString, info.toString());
                assertTrue(info.get("end_cursor") instanceof jakarta.json.JsonString, info.toString());
            }
            for (JsonObject w : data) {
                seen.add(w.getString("id"));
                createdAt.add(w.getJsonNumber("created_at").longValue());
            }
            pages++;
            assertTrue(pages < 1000, "paging never ends");
            if (data.size() < 5) {
                break;
            }
            after = info.getString("end_cursor");
        }
        assertEquals(total, seen.size(), "every workflow once: " + seen);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no workflow repeated: " + seen);
        assertTrue(seen.containsAll(mine), "none of mine missing");
        for (int i = 1; i < createdAt.size(); i++) {
            assertTrue(createdAt.get(i - 1) >= createdAt.get(i), "newest first: " + createdAt);
        }
        assertTrue(seen.subList(0, 12).containsAll(mine), "the 12 newest are the ones just created");

        JsonObject first = api.get("/v1/workflows?limit=5").json();
        JsonObject second = api.get("/v1/workflows?limit=5&after="
                + Api.encode(first.getJsonObject("page_info").getString("end_cursor"))).json();
        assertEquals(5, second.getJsonArray("data").size());
        assertTrue(ids(second).stream().noneMatch(ids(first)::contains));
        JsonObject back = api.get("/v1/workflows?limit=5&before="
                + Api.encode(second.getJsonObject("page_info").getString("start_cursor"))).json();
        assertEquals(ids(first), ids(back));
        assertEquals(first.getJsonObject("page_info").getString("start_cursor"),
                back.getJsonObject("page_info").getString("start_cursor"));
        assertEquals(first.getJsonObject("page_info").getString("end_cursor"),
                back.getJsonObject("page_info").getString("end_cursor"));
    }

    @Test
    void beforeTheNewestGivesAnEmptyPageWithNullCursors() {
        JsonObject first = api.get("/v1/workflows?limit=1").json();
        String start = first.getJsonObject("page_info").getString("start_cursor");
        JsonObject none = api.get("/v1/workflows?limit=5&before=" + Api.encode(start)).json();
        assertEquals(0, none.getJsonArray("data").size());
        assertEquals(0, none.getJsonObject("page_info").getInt("count"));
        assertEquals(JsonValue.NULL, none.getJsonObject("page_info").get("start_cursor"));
        assertEquals(JsonValue.NULL, none.getJsonObject("page_info").get("end_cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "-1", "1.5"})
    void aBadLimitIs400NamingLimit(String limit) {
        assertBadInput(api.get("/v1/workflows?limit=" + limit), "limit");
    }

    @Test
    void limitsAtTheBoundsAreAccepted() {
        assertEquals(200, api.get("/v1/workflows?limit=1").status());
        assertEquals(200, api.get("/v1/workflows?limit=100").status());
    }

    @Test
    void aBadCursorIs400NamingTheParameter() {
        assertBadInput(api.get("/v1/workflows?after=not-a-cursor"), "after");
        assertBadInput(api.get("/v1/workflows?before=not-a-cursor"), "before");
        assertBadInput(api.get("/v1/workflows?after=" + Api.encode("bm90LWEtbnVtYmVyOnBfeA")), "after");
    }

    @Test
    void executionsAreListedNewestFirstAndCanBeFilteredByStatus() {
        JsonObject wf = api.createHttpWorkflow("listed", JsCode.steps(JsCode.step("maybe_fail", """
                export default defineComponent({
                  async run({ steps }) {
                    if (steps.trigger.event.query.fail) throw new Error("asked to");
                    return steps.trigger.event.path;
                  },
                })""")));
        String id = wf.getString("id");
        for (String suffix : List.of("/1", "/2?fail=yes", "/3")) {
            assertEquals(200, api.raw(api.request(Api.endpoint(wf) + suffix).GET()).status());
        }
        List<JsonObject> all = WorkflowLists.awaitExecutions(api, id, 3, WorkflowLists::finished);
        assertEquals(3, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(Instant.parse(all.get(i - 1).getString("created_at"))
                    .isBefore(Instant.parse(all.get(i).getString("created_at"))), "newest first");
            assertTrue(all.get(i - 1).getString("id").compareTo(all.get(i).getString("id")) > 0, "newest first");
        }
        JsonObject newest = api.get("/v1/executions/" + all.get(0).getString("id")).json().getJsonObject("data");
        assertEquals("/3", newest.getJsonObject("trigger").getJsonObject("event").getString("path"));
        assertEquals(id, all.get(0).getString("workflow_id"));
        assertEquals(List.of("success", "error", "success"), all.stream().map(e -> e.getString("status")).toList());

        JsonObject successes = api.get("/v1/workflows/" + id + "/executions?status=success").json();
        assertEquals(2, successes.getJsonArray("data").size());
        assertEquals(2, successes.getJsonObject("page_info").getInt("total_count"));
        successes.getJsonArray("data").getValuesAs(JsonObject.class)
                .forEach(e -> assertEquals("success", e.getString("status")));
        JsonObject errors = api.get("/v1/workflows/" + id + "/executions?status=error").json();
        assertEquals(1, errors.getJsonArray("data").size());
        assertEquals("Error", errors.getJsonArray("data").getJsonObject(0).getJsonObject("error").getString("name"));

        JsonObject paged = api.get("/v1/workflows/" + id + "/executions?limit=2").json();
        assertEquals(3, paged.getJsonObject("page_info").getInt("total_count"));
        JsonObject rest = api.get("/v1/workflows/" + id + "/executions?limit=2&after="
                + Api.encode(paged.getJsonObject("page_info").getString("end_cursor"))).json();
        assertEquals(all.get(2).getString("id"), rest.getJsonArray("data").getJsonObject(0).getString("id"));
        assertEquals(1, rest.getJsonArray("data").size());
    }

    @Test
    void anUnknownStatusFilterIs400() {
        JsonObject wf = api.createHttpWorkflow("filtered", "[]");
        assertBadInput(api.get("/v1/workflows/" + wf.getString("id") + "/executions?status=bogus"), "status");
        assertBadInput(api.get("/v1/workflows/" + wf.getString("id") + "/executions?limit=0"), "limit");
    }

    @Test
    void executionsOfAnUnknownWorkflowAre404() {
        Api.Reply reply = api.get("/v1/workflows/p_nosuchwf/executions");
        assertEquals(404, reply.status(), reply.body());
        assertEquals(404, reply.error().getInt("status"));
        assertFalse(reply.error().getString("message").isBlank());
    }

    private static List<String> ids(JsonObject list) {
        return list.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(w -> w.getString("id")).toList();
    }

    private static void assertBadInput(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(400, reply.error().getInt("status"), reply.body());
        assertEquals(field, reply.error().getString("field"), reply.body());
        assertFalse(reply.error().getString("message").isBlank(), reply.body());
    }
}
