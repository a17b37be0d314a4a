package io.millrace.it.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * App files and props through the real server: an app object (propDefinitions, dynamic options, methods)
 * used by a component, POST /v1/components/configure and /v1/components/props, and an action step whose
 * app prop and propDefinition-typed data_store prop work in run.
 */
class ComponentPropsIT {
    /** An app file in Pipedream's layout, inlined in the component's file (no relative imports needed). */
    static final String APP = """
            const app = {
              type: "app",
              app: "lorem",
              propDefinitions: {
                dataStore: { type: "data_store", label: "Data store" },
                project: {
                  type: "string", label: "Project", description: "A project of the account",
                  async options({ page, prevContext, query, owner }) {
                    const start = prevContext.next ?? 0;
                    console.log("listing page " + page);
                    return { options: [{ label: this._label(owner, start, query), value: "p" + (start + page) }],
                             context: { next: start + 10 } };
                  },
                },
              },
              methods: {
                _label(owner, start, query) {
                  if (!this.$auth.region) throw new TypeError("no region: connect the lorem account");
                  return this.$auth.region + "/" + owner + "/" + start + "/" + (query ?? "-"); },
                greet(name) { return "hello " + name + " from " + this.$auth.region; },
              },
            };
            """;
    static final String ACTION = APP + """
            export default defineComponent({
              key: "lorem-props-KEY", name: "Lorem props", version: "0.0.1", type: "action",
              props: {
                app,
                owner: { type: "string", label: "Owner", options: ["ann", "bob"], reloadProps: true },
                project: { propDefinition: [app, "project", c => ({ owner: c.owner })] },
                store: { propDefinition: [app, "dataStore"] },
              },
              async additionalProps() {
                return this.owner === "ann" ? { limit: { type: "integer", label: "Limit for " + this.owner, default: 3 } } : {};
              },
              async run() {
                const { greet } = this.app;
                const before = await this.store.has("seen");
                await this.store.set("seen", this.project);
                return { greeting: greet("ada"), before, after: await this.store.get("seen"), limit: this.limit ?? null };
              },
            })
            """;
    private final Api admin = Api.server();

    private static String body(String id, String prop, String configured, String extra) {
        return "{\"id\":\"" + id + "\"" + (prop == null ? "" : ",\"prop_name\":\"" + prop + "\"")
                + ",\"configured_props\":" + configured + extra + "}";
    }

    @Test
    void optionsAndAdditionalPropsAreAnsweredFromTheComponentsCode() {
        Api api = Users.inNewWorkspace(admin, "props-configure").api();
        String key = "lorem-props-" + System.nanoTime();
        String code = ACTION.replace("lorem-props-KEY", key);
        Api.Reply saved = api.post("/v1/components", Json.createObjectBuilder().add("component_code", code).build().toString());
        assertEquals(200, saved.status(), saved.body());
        JsonObject component = saved.json().getJsonObject("data");
        String id = component.getString("id");
        assertTrue(component.getJsonArray("configurable_props").toString().contains(
                "{\"name\":\"project\",\"type\":\"string\",\"label\":\"Project\",\"description\":\"A project of the account\","
                        + "\"remoteOptions\":true}"), component.toString());

        Api.Reply owners = api.post("/v1/components/configure", body(id, "owner", "{}", ""));
        assertEquals(200, owners.status(), owners.body());
        assertEquals("[\"ann\",\"bob\"]", owners.json().getJsonArray("options").toString());

        Api.Reply projects = api.post("/v1/components/configure", body(key, "project",
                "{\"app\":{\"$auth\":{\"region\":\"eu\"}},\"owner\":\"ann\"}", ",\"page\":1,\"prev_context\":{\"next\":10},\"query\":\"x\""));
        assertEquals(200, projects.status(), projects.body());
        JsonObject answer = projects.json();
        assertEquals("[{\"label\":\"eu/ann/10/x\",\"value\":\"p11\"}]", answer.getJsonArray("options").toString());
        assertEquals("{\"next\":20}", answer.getJsonObject("context").toString());
        assertEquals("[]", answer.getJsonArray("errors").toString());
        assertEquals("listing page 1", answer.getJsonArray("observations").getJsonObject(0).getString("msg"));

        JsonObject ann = api.post("/v1/components/props", body(id, null, "{\"owner\":\"ann\"}", "")).json();
        JsonArray annProps = ann.getJsonObject("dynamicProps").getJsonArray("configurableProps");
        assertEquals("{\"name\":\"limit\",\"type\":\"integer\",\"label\":\"Limit for ann\",\"default\":3}",
                annProps.getJsonObject(annProps.size() - 1).toString());
        JsonArray bobProps = api.post("/v1/components/props", body(id, null, "{\"owner\":\"bob\"}", "")).json()
                .getJsonObject("dynamicProps").getJsonArray("configurableProps");
        assertEquals(annProps.size() - 1, bobProps.size());
    }

    @Test
    void badRequestsNameTheFieldAndCodeErrorsAreReported() {
        Api api = Users.inNewWorkspace(admin, "props-bad").api();
        String code = ACTION.replace("KEY", "bad" + System.nanoTime());
        String id = api.post("/v1/components", Json.createObjectBuilder().add("component_code", code).build().toString())
                .json().getJsonObject("data").getString("id");
        Api.Reply missing = api.post("/v1/components/configure", "{\"id\":\"" + id + "\",\"configured_props\":{}}");
        assertEquals(400, missing.status(), missing.body());
        assertEquals("prop_name", missing.error().getString("field"));
        Api.Reply unknown = api.post("/v1/components/configure", body(id, "nope", "{}", ""));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("prop_name", unknown.error().getString("field"));
        Api.Reply notObject = api.post("/v1/components/props", "{\"id\":\"" + id + "\",\"configured_props\":[1]}");
        assertEquals(400, notObject.status(), notObject.body());
        assertEquals("configured_props", notObject.error().getString("field"));
        assertEquals(404, api.post("/v1/components/configure", body("sc_nothere1", "owner", "{}", "")).status());
        // options() that throws: 200 with the error, as Pipedream answers
        Api.Reply thrown = api.post("/v1/components/configure", body(id, "project", "{\"owner\":\"ann\"}", ""));
        assertEquals(200, thrown.status(), thrown.body());
        assertTrue(thrown.json().getJsonArray("errors").getString(0).startsWith("TypeError"), thrown.body());
        Api.Reply other = Users.inNewWorkspace(admin, "props-other").api().post("/v1/components/configure",
                body(id, "owner", "{}", ""));
        assertEquals(404, other.status(), "another workspace's component is not found: " + other.body());
    }

    @Test
    void anActionStepGetsItsAppAndThePropDefinitionsDataStore() {
        Users.TestUser user = Users.inNewWorkspace(admin, "props-run");
        Api api = user.api();
        String storeName = "lorem-" + System.nanoTime();
        Api.Reply store = api.post("/v1/projects/" + user.projectId() + "/data_stores", "{\"name\":\"" + storeName + "\"}");
        assertEquals(200, store.status(), store.body());
        String code = ACTION.replace("KEY", "run" + System.nanoTime());
        String props = "{\"app\":{\"$auth\":{\"region\":\"us\"}},\"owner\":\"ann\",\"project\":\"p7\",\"store\":\"" + storeName
                + "\",\"limit\":\"5\"}";
        JsonObject wf = api.createHttpWorkflow("props-run-" + System.nanoTime(), "[{\"name\":\"act\",\"code\":"
                + Json.createValue(code) + ",\"props\":" + props + "}]");
        JsonObject done = api.runOnce(wf);
        assertEquals("success", done.getString("status"), done.toString());
        assertEquals("{\"greeting\":\"hello ada from us\",\"before\":false,\"after\":\"p7\",\"limit\":5}",
                done.getJsonArray("steps").getJsonObject(0).get("$return_value").toString());
    }
}
