package io.millrace.it.runtime;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LocalHttpServer;
import io.millrace.it.support.WorkflowLists;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a step reaches outside itself: env vars, HTTP, /tmp and the payload limit, through the real server. */
class StepEnvironmentIT {
    private final Api api = Api.server();
    private LocalHttpServer remote;

    @BeforeEach
    void startRemote() {
        remote = new LocalHttpServer()
                .on("/hello", exchange -> LocalHttpServer.answer(exchange, 200, "application/json",
                        ("{\"greeting\":\"hi " + exchange.getRequestMethod() + "\"}").getBytes(StandardCharsets.UTF_8)))
                .on("/missing", exchange -> LocalHttpServer.answer(exchange, 404, null, null))
                .start();
    }

    @AfterEach
    void stopRemote() {
        remote.close();
    }

    @Test
    void processEnvHasWorkspaceAndProjectVariablesWithTheProjectWinning() {
        JsonObject wf = api.createHttpWorkflow("env", steps(step("read",
                "export default defineComponent({ async run() { return { a: process.env.MR_IT_A, b: process.env.MR_IT_B, none: process.env.MR_IT_NONE === undefined } } })")));
        String workspace = wf.getString("org_id");
        String project = wf.getString("project_id");
        api.post("/v1/workspaces/" + workspace + "/env_vars", "{\"key\":\"MR_IT_A\",\"value\":\"from-workspace\"}");
        api.post("/v1/workspaces/" + workspace + "/env_vars", "{\"key\":\"MR_IT_B\",\"value\":\"workspace-b\"}");
        api.post("/v1/projects/" + project + "/env_vars", "{\"key\":\"MR_IT_B\",\"value\":\"project-b\",\"secret\":true}");
        JsonObject value = api.runOnce(wf).getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("from-workspace", value.getString("a"));
        assertEquals("project-b", value.getString("b"));
        assertTrue(value.getBoolean("none"));
    }

    @Test
    void fetchAxiosAndPlatformAxiosReachAnHttpServer() {
        String base = remote.url("");
        JsonObject wf = api.createHttpWorkflow("http", steps(step("call", """
                import axios from "axios";
                import { axios as pd } from "@pipedream/platform";
                export default defineComponent({
                  async run({ $ }) {
                    const f = await (await fetch("%1$s/hello")).json();
                    const a = (await axios.post("%1$s/hello", { x: 1 })).data;
                    const p = await pd($, { url: "%1$s/hello", method: "PUT" });
                    let status;
                    try { await axios.get("%1$s/missing"); } catch (e) { status = e.response.status; }
                    return { f: f.greeting, a: a.greeting, p: p.greeting, status };
                  },
                })""".formatted(base))));
        JsonObject ex = api.runOnce(wf);
        JsonObject value = ex.getJsonArray("steps").getJsonObject(0).getJsonObject("$return_value");
        assertEquals("hi GET", value.getString("f"));
        assertEquals("hi POST", value.getString("a"));
        assertEquals("hi PUT", value.getString("p"));
        assertEquals(404, value.getInt("status"));
        String logs = ex.getJsonArray("steps").getJsonObject(0).getJsonArray("logs").toString();
        assertTrue(logs.contains("GET " + base + "/hello"), logs);
    }

    @Test
    void tmpIsPrivateToEachExecutionAndTheHostFileSystemIsRefused() {
        JsonObject wf = api.createHttpWorkflow("files", steps(
                step("write", "import fs from 'fs'; export default defineComponent({ async run({ steps }) {"
                        + " const before = fs.existsSync('/tmp/note.txt');"
                        + " fs.writeFileSync('/tmp/note.txt', steps.trigger.context.id); return before } })"),
                step("read", "import fs from 'fs'; export default defineComponent({ async run() {"
                        + " let refused; try { fs.readFileSync('/etc/passwd') } catch (e) { refused = e.code }"
                        + " return { note: fs.readFileSync('/tmp/note.txt', 'utf8'), refused } } })")));
        JsonObject first = api.runOnce(wf);
        assertFalse(first.getJsonArray("steps").getJsonObject(0).getBoolean("$return_value"));
        JsonObject read = first.getJsonArray("steps").getJsonObject(1).getJsonObject("$return_value");
        assertEquals(first.getString("id"), read.getString("note"));
        assertEquals("EACCES", read.getString("refused"));
        api.trigger(wf);
        JsonObject second = api.awaitExecution(wf.getString("id"),
                e -> !e.getString("id").equals(first.getString("id")) && WorkflowLists.finished(e));
        assertFalse(second.getJsonArray("steps").getJsonObject(0).getBoolean("$return_value"),
                "the second execution does not see the first one's /tmp");
    }

    @Test
    void logsOverSixMegabytesEndTheExecutionWithFunctionPayloadLimitExceeded() {
        JsonObject wf = api.createHttpWorkflow("chatty", steps(step("log",
                "export default defineComponent({ async run() { const line = 'x'.repeat(60000); for (let i = 0; i < 200; i++) console.log(line); return 1 } })")));
        JsonObject ex = api.runOnce(wf);
        assertEquals("error", ex.getString("status"));
        assertEquals("Function Payload Limit Exceeded", ex.getJsonObject("error").getString("name"));
    }
}
