package io.millrace.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Walking lists of the API to the end, and waiting for several executions. */
public final class WorkflowLists {
    private WorkflowLists() {
    }

    /** Every workflow of the caller's org, following {@code end_cursor} page by page. */
    public static List<JsonObject> all(Api api) {
        List<JsonObject> out = new ArrayList<>();
        String after = null;
        while (true) {
            Api.Reply reply = api.get("/v1/workflows?limit=100" + (after == null ? "" : "&after=" + Api.encode(after)));
            if (reply.status() != 200) {
                throw new AssertionError("list workflows: " + reply.status() + " " + reply.body());
            }
            List<JsonObject> page = reply.json().getJsonArray("data").getValuesAs(JsonObject.class);
            out.addAll(page);
            JsonValue end = reply.json().getJsonObject("page_info").get("end_cursor");
            if (page.size() < 100 || end == null || end == JsonValue.NULL) {
                return out;
            }
            after = ((jakarta.json.JsonString) end).getString();
        }
    }

    public static Set<String> allNames(Api api) {
        return all(api).stream().map(w -> w.getString("name")).collect(Collectors.toSet());
    }

    /** Waits until {@code count} executions of the workflow match {@code done}; returns the list, newest first. */
    public static List<JsonObject> awaitExecutions(Api api, String workflowId, int count, Predicate<JsonObject> done) {
        Instant until = Instant.now().plusSeconds(60);
        List<JsonObject> list = List.of();
        while (Instant.now().isBefore(until)) {
            list = api.get("/v1/workflows/" + workflowId + "/executions?limit=100").json().getJsonArray("data")
                    .getValuesAs(JsonObject.class);
            if (list.stream().filter(done).count() >= count) {
                return list;
            }
            Wait.pause();
        }
        throw new AssertionError("expected " + count + " matching executions of " + workflowId + ", have " + list);
    }

    public static boolean finished(JsonObject execution) {
        String s = execution.getString("status");
        return !s.equals("queued") && !s.equals("executing");
    }
}
