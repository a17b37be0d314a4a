package io.millrace.it.connect;

import io.millrace.it.support.Api;
import io.millrace.it.support.Workspaces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official TypeScript SDK {@code @pipedream/sdk} (npm, the version pinned in
 * {@code src/test/node/connect-sdk/package.json}) against the real server, configured only with the server's base
 * URL, an OAuth client of a new workspace and its project id, with the SDK's response validation switched on
 * (its script checks that a response in the wrong shape is refused). Every covered call must pass, and the event
 * sent to the deployed trigger after a workflow listens to it must start that workflow.
 */
class ConnectSdkIT {
    private static final List<String> COVERED = List.of("validation.on", "tokens.create", "tokens.validate", "users.list",
            "accounts.create", "accounts.list", "accounts.retrieve", "accounts.listByExternalUser", "proxy.get", "proxy.get.slash", "proxy.post",
            "proxy.otherUser", "accounts.reconnect", "accounts.delete",
            "accounts.deleteByApp", "apps.list", "apps.list.filters", "apps.retrieve", "appCategories.retrieve",
            "projects.retrieveInfo", "projectEnvironment.updateWebhook", "projectEnvironment.retrieveWebhook",
            "projectEnvironment.regenerateWebhookSigningKey", "projectEnvironment.deleteWebhook", "components.list", "components.list.q", "components.retrieve", "actions.list",
            "actions.retrieve", "triggers.list", "triggers.retrieve", "actions.configureProp",
            "components.configureProp", "actions.reloadProps", "actions.run", "triggers.deploy",
            "deployedTriggers.list", "deployedTriggers.list.otherUser", "deployedTriggers.retrieve",
            "deployedTriggers.update", "deployedTriggers.listEvents", "deployedTriggers.updateWebhooks",
            "deployedTriggers.listWebhooks", "deployedTriggers.retrieveWebhook",
            "deployedTriggers.regenerateWebhookSigningKey", "deployedTriggers.updateWorkflows", "deployedTriggers.listWorkflows",
            "deployedTriggers.delete", "users.deleteExternalUser");

    private static final String ACTION = """
            export default {
              key: "%s",
              name: "Pick a colour",
              description: "A Connect test action with dynamic options and additional props",
              version: "0.1.0",
              type: "action",
              props: {
                shade: { type: "string", label: "Shade", options: ["light", "dark"], reloadProps: true },
                color: {
                  type: "string",
                  label: "Colour",
                  async options({ page }) { return [`${this.shade}-red`, `${this.shade}-blue`]; },
                },
              },
              async additionalProps() {
                return this.shade === "dark" ? { extra: { type: "string", label: "Extra", optional: true } } : {};
              },
              async run({ $ }) {
                console.log("running with", this.color);
                $.export("chosen", this.color);
                return this.color;
              },
            };
            """;

    /** An HTTP source of the workspace (not the registry's, whose install may time out on a crowded machine). */
    static final String TRIGGER = """
            export default {
              key: "%s",
              name: "Connect HTTP requests",
              version: "0.1.0",
              type: "source",
              props: {
                http: { type: "$.interface.http" },
                emitBodyOnly: { type: "boolean", label: "Body only", optional: true, default: false },
              },
              async run(event) {
                this.$emit(this.emitBodyOnly ? event.body : event, { summary: `${event.method} ${event.path}` });
              },
            };
            """;

    private final Api admin = Api.server();

    @Test
    void theOfficialSdkPassesEveryCoveredCall() throws Exception {
        Workspaces.Tenant tenant = Workspaces.create(admin, "connect-sdk");
        Api api = tenant.api();
        String actionKey = "connect-sdk-colour-" + System.nanoTime();
        Api.Reply saved = api.post("/v1/components", Json.createObjectBuilder()
                .add("component_code", ACTION.formatted(actionKey)).build().toString());
        assertEquals(200, saved.status(), saved.body());
        String triggerKey = "connect-sdk-http-" + System.nanoTime();
        Api.Reply source = api.post("/v1/components", Json.createObjectBuilder()
                .add("component_code", TRIGGER.formatted(triggerKey)).build().toString());
        assertEquals(200, source.status(), source.body());
        JsonObject workflow = api.createHttpWorkflow("connect-listener", "[]");
        Api.Reply client = api.post("/v1/workspaces/" + tenant.orgId() + "/oauth_clients", "{\"name\": \"connect-sdk\"}");
        assertEquals(200, client.status(), client.body());

        String keysApp = "connect_sdk_keys_" + Long.toString(System.nanoTime(), 36);
        String category = "Connect SDK " + Long.toString(System.nanoTime(), 36);
        Api.Reply app = admin.post("/v1/apps", "{\"name_slug\":\"" + keysApp + "\",\"auth_type\":\"keys\","
                + "\"categories\":[\"" + category + "\"],"
                + "\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}");
        assertEquals(200, app.status(), app.body());

        ConnectSdk.install();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MILLRACE_URL", admin.base());
        env.put("MILLRACE_PROJECT_ID", tenant.projectId());
        env.put("MILLRACE_CLIENT_ID", client.json().getJsonObject("data").getString("client_id"));
        env.put("MILLRACE_CLIENT_SECRET", client.json().getJsonObject("data").getString("client_secret"));
        env.put("MILLRACE_EXTERNAL_USER", "end-user-" + System.nanoTime());
        env.put("MILLRACE_ACTION_KEY", actionKey);
        env.put("MILLRACE_TRIGGER_KEY", triggerKey);
        env.put("MILLRACE_KEYS_APP", keysApp);
        env.put("MILLRACE_APP_CATEGORY", category);
        env.put("MILLRACE_WORKFLOW_ID", workflow.getString("id"));
        JsonObject result = ConnectSdk.calls(env);

        Map<String, JsonObject> calls = result.getJsonArray("calls").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c, (a, b) -> b, LinkedHashMap::new));
        String failed = calls.values().stream().filter(c -> !c.getBoolean("ok"))
                .map(c -> c.getString("name") + ": " + c.getString("error", "")).collect(Collectors.joining("\n"));
        assertEquals("", failed, "calls the SDK failed");
        assertEquals(COVERED, List.copyOf(calls.keySet()), "every covered call ran");

        JsonObject execution = api.awaitExecution(workflow.getString("id"), e -> true);
        assertTrue(execution.toString().contains("\"to\":\"workflow\""),
                "the trigger's event reached the workflow listening to it: " + execution);
    }
}
