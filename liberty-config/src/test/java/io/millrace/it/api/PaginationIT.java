package io.millrace.it.api;

import static io.millrace.it.support.Replies.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list endpoint follows seed 004's pagination: limit 1 to 100 (default 10), after/before cursors,
 * page_info with total_count, count, start_cursor, end_cursor; bad values are 400 naming the parameter.
 * Each list here is of a fresh workspace, so its contents are known.
 */
class PaginationIT {
    private final Api admin = Api.server();

    /** The list endpoints of a workspace, with a way to add one item to each. */
    private static List<String> lists(Workspaces.Tenant t, String workflowId) {
        return List.of("/v1/workflows", "/v1/workflows/" + workflowId + "/executions",
                "/v1/workspaces/" + t.orgId() + "/env_vars", "/v1/projects/" + t.projectId() + "/env_vars",
                "/v1/workspaces/" + t.orgId() + "/oauth_clients");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", ""})
    void aBadLimitIs400NamingLimitOnEveryList(String limit) {
        Workspaces.Tenant t = Workspaces.create(admin, "limits");
        String wf = t.api().createHttpWorkflow("w", "[]").getString("id");
        for (String list : lists(t, wf)) {
            assertRejected(t.api().get(list + "?limit=" + limit), 400, "limit");
        }
    }

    @Test
    void badCursorsAre400NamingTheParameterOnEveryList() {
        Workspaces.Tenant t = Workspaces.create(admin, "cursors");
        String wf = t.api().createHttpWorkflow("w", "[]").getString("id");
        for (String list : lists(t, wf)) {
            assertRejected(t.api().get(list + "?after=not-a-cursor"), 400, "after");
            assertRejected(t.api().get(list + "?before=%25%25%25"), 400, "before");
            assertRejected(t.api().get(list + "?after=Og"), 400, "after");
            assertRejected(t.api().get(list + "?after=a&before=b"), 400, "before");
            assertEquals(200, t.api().get(list + "?limit=1").status());
            assertEquals(200, t.api().get(list + "?limit=100").status());
        }
    }

    @Test
    void theDefaultPageIs10AndCursorsVisitEveryItemOnce() {
        Workspaces.Tenant t = Workspaces.create(admin, "pages");
        for (int i = 0; i < 23; i++) {
            assertEquals(200, t.api().post("/v1/workspaces/" + t.orgId() + "/oauth_clients",
                    "{\"name\": \"c" + i + "\"}").status());
            assertEquals(200, t.api().post("/v1/projects/" + t.projectId() + "/env_vars",
                    "{\"key\": \"K" + i + "\", \"value\": \"v\"}").status());
            assertEquals(200, t.api().post("/v1/workflows", "{\"name\": \"w" + i + "\"}").status());
        }
        for (String list : List.of("/v1/workspaces/" + t.orgId() + "/oauth_clients",
                "/v1/projects/" + t.projectId() + "/env_vars", "/v1/workflows")) {
            JsonObject first = t.api().get(list).json();
            JsonObject info = first.getJsonObject("page_info");
            assertEquals(Set.of("total_count", "count", "start_cursor", "end_cursor"), info.keySet());
            assertEquals(23, info.getInt("total_count"), list);
            assertEquals(10, info.getInt("count"), list);
            assertEquals(10, first.getJsonArray("data").size(), list);

            List<String> seen = new ArrayList<>(ids(first));
            String after = info.getString("end_cursor");
            JsonObject page;
            do {
                page = t.api().get(list + "?limit=4&after=" + Api.encode(after)).json();
                seen.addAll(ids(page));
                after = page.getJsonObject("page_info").get("end_cursor") instanceof JsonString s ? s.getString() : null;
            } while (page.getJsonArray("data").size() == 4);
            assertEquals(23, seen.size(), list + " " + seen);
            assertEquals(23, new HashSet<>(seen).size(), "none repeated: " + seen);

            JsonObject second = t.api().get(list + "?limit=10&after="
                    + Api.encode(info.getString("end_cursor"))).json();
            JsonObject back = t.api().get(list + "?limit=10&before="
                    + Api.encode(second.getJsonObject("page_info").getString("start_cursor"))).json();
            assertEquals(ids(first), ids(back), "before the second page is the first page: " + list);
        }
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(o -> o.containsKey("id") ? o.getString("id") : o.getString("client_id")).toList();
    }
}
