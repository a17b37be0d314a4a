package io.millrace.it.api;

import static io.millrace.it.support.SeedShape.absent;
import static io.millrace.it.support.SeedShape.assertShape;
import static io.millrace.it.support.SeedShape.extra;
import static io.millrace.it.support.SeedShape.nulled;
import static io.millrace.it.support.SeedShape.other;
import static io.millrace.it.support.SeedShape.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.FeedServer;
import io.millrace.it.support.FileServer;
import io.millrace.it.support.Fixtures;
import io.millrace.it.support.SeedShape;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each curl example of the REST API seeds — seed 004 (the old single REST page) and the /rest-api pages of
 * seed 000 — sent as java.net.http calls with the seed's method, path, query and body, and each answer
 * compared field by field with the example response shown next to it ({@link SeedShape}: same field
 * names, nesting, JSON types and id prefixes; values may differ). Deviations are listed per call, each
 * documented in docs/api.md ("Conformance with the seed examples"). The example responses (and the
 * component code of the examples) are kept as the seed shows them in
 * {@code src/test/resources/fixtures/seed-examples}.
 *
 * <p>Values the seed takes from Pipedream's world are replaced, and only those: the API key is a test
 * user's, the feed {@code https://rss.m.pipedream.net} is a feed served by this test ({@link FeedServer};
 * the RSS source reads its feed when it is created), the seed's GitHub URLs of the RSS source are served by
 * this test at the same paths with the code of Millrace's RSS source (Millrace runs the code found at a
 * {@code component_url}; the Internet is not reachable), ids such as {@code dc_abc123} are those of objects
 * created here, and {@code github-new-repository} (Millrace has no GitHub components) is replaced by the
 * registry's {@code rss-new-item-in-feed}, whose answer the seed's example shows anyway ({@code "name":
 * "rss"}, props {@code url} and {@code timer}).
 *
 * <p>Not here: the Connect API, apps, subscriptions, auto-subscriptions, webhooks and workflow emits.
 */
class SeedExamplesIT {
    /** The seed's GitHub URLs of the RSS source, served by this test ({@link FileServer#withSeedRss}). */
    private static String RSS_JS;
    private static String RSS_TS;

    private static FeedServer feed;
    private static FileServer github;
    /** A user with an email address, in a workspace of its own. */
    private static Users.TestUser user;
    private static Api api;

    @BeforeAll
    static void start() {
        feed = new FeedServer();
        Instant now = Instant.now();
        for (int i = 1; i <= 3; i++) {
            feed.add(i, now.minusSeconds(60 - i));
        }
        user = Users.create(Api.server(), "seed", "seed-" + System.nanoTime() + "@example.test", null, false);
        api = user.api();
        github = FileServer.withSeedRss(api);
        RSS_JS = github.url(FileServer.RSS_JS);
        RSS_TS = github.url(FileServer.RSS_TS);
    }

    @AfterAll
    static void stop() {
        github.close();
        feed.close();
    }

    private static String key() {
        return user.data().getString("api_key");
    }

    /** A GET with the seed's headers, here {@code Content-Type} as the overview's example sends it. */
    private static Api.Reply getWithContentType(String path) {
        return api.raw(api.request(path).header("Authorization", "Bearer " + key())
                .header("Content-Type", "application/json").GET());
    }

    /** A response (or code) copied from the seed: {@code fixtures/seed-examples/<name>}. */
    private static String seed(String name) {
        return Fixtures.text("seed-examples/" + name);
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        assertEquals("application/json", r.header("Content-Type").split(";")[0], r.body());
        return r.json();
    }

    // ---------------------------------------------------------------- users

    private static final String ME_004 = seed("users-me-004.json");

    /** The seed's "Free user" example, with its two missing commas added and its trailing comma removed. */
    private static final String ME_000 = seed("users-me-000.json");

    private static final SeedShape.Deviation[] NO_QUOTAS = {
            nulled("data.daily_compute_time_quota", "Millrace has no quotas"),
            nulled("data.daily_invocations_quota", "Millrace has no quotas")};

    /** 004 "Authentication" and "Get Current User Info"; 000 /rest-api/auth, /rest-api/overview, users/get-current-user-info. */
    @Test
    void getCurrentUserInfo() {
        JsonObject me = ok(api.get("/v1/users/me"));
        assertShape("004 Get Current User Info", ME_004, me,
                absent("data.api_key", "only the key's SHA-256 is stored"),
                extra("data.orgs", "seed 000's newer example shows orgs"), NO_QUOTAS[0], NO_QUOTAS[1],
                extra("data.two_factor_enabled", "Millrace's addition: whether the user has TOTP 2FA on"));
        assertShape("000 /rest-api/api-reference/users/get-current-user-info (Free user)", ME_000, me,
                extra("data.admin", "seed 004's example shows admin"), NO_QUOTAS[0], NO_QUOTAS[1],
                nulled("data.orgs[].email", "a workspace made with its user has no address of its own"),
                nulled("data.orgs[].daily_credits_quota", "Millrace meters no credits"),
                nulled("data.orgs[].daily_credits_used", "Millrace meters no credits"),
                extra("data.orgs[].role", "Millrace's addition: the user's role in each workspace"),
                extra("data.two_factor_enabled", "Millrace's addition: whether the user has TOTP 2FA on"));
        // The "Paid user" example (billing_period_*) is for paid plans: Millrace has no billing.
        // /rest-api/overview sends Content-Type: application/json with the GET.
        assertEquals(me, ok(getWithContentType("/v1/users/me")));
    }

    // ---------------------------------------------------------------- components

    private static final String COMPONENT = seed("component.json");

    /** A component of the seed's example: key {@code my-component}, the RSS props. */
    private static final String MY_COMPONENT = seed("my-component.mjs");

    private static void assertComponent(String page, JsonObject answer) {
        assertShape(page, COMPONENT, answer);
        assertTrue(answer.getJsonObject("data").getString("code_hash").matches("[0-9a-f]{64}"), answer.toString());
    }

    /** 004 "Required headers" and "Create a component"; 000 components/create-a-component. */
    @Test
    void createAComponent() {
        assertComponent("004 Create a component (component_url)",
                ok(api.post("/v1/components", "{\"component_url\": \"" + RSS_JS + "\"}")));
        assertComponent("000 create-a-component (component_url)",
                ok(api.post("/v1/components", "{\"component_url\": \"" + RSS_TS + "\"}")));
        assertComponent("000 create-a-component (component_code)", ok(api.post("/v1/components",
                Json.createObjectBuilder().add("component_code", MY_COMPONENT).build().toString())));
    }

    /** 004 "Get a component"; 000 components/get-a-component (by key, and by id). */
    @Test
    void getAComponent() {
        JsonObject created = ok(api.post("/v1/components",
                Json.createObjectBuilder().add("component_code", MY_COMPONENT).build().toString()));
        JsonObject byKey = ok(api.get("/v1/components/my-component"));
        assertComponent("get-a-component by key", byKey);
        assertEquals(created.getJsonObject("data").getString("id"), byKey.getJsonObject("data").getString("id"));
        assertComponent("get-a-component by id",
                ok(api.get("/v1/components/" + created.getJsonObject("data").getString("id"))));
    }

    /** 004 and 000 "Get a component from the global registry"; 000 /rest-api/examples/rss (first call). */
    @Test
    void getAComponentFromTheGlobalRegistry() {
        // The seed asks for github-new-repository: Millrace's registry has no GitHub components.
        Api.Reply github = api.get("/v1/components/registry/github-new-repository");
        assertEquals(404, github.status(), github.body());
        assertEquals(404, github.error().getInt("status"));
        // Its closest component, whose shape the seed's answer shows: rss-new-item-in-feed.
        assertComponent("get-a-component-from-the-global-registry",
                ok(api.get("/v1/components/registry/rss-new-item-in-feed")));
        // /rest-api/examples/rss: the same call with Content-Type; it lists the url and timer props
        // (the seed also lists an "rss" app prop, which Millrace's RSS source does not need).
        JsonObject rss = ok(getWithContentType("/v1/components/registry/rss-new-item-in-feed"));
        assertComponent("/rest-api/examples/rss", rss);
        assertEquals(List.of("url", "timer"), rss.getJsonObject("data").getJsonArray("configurable_props").stream()
                .map(p -> p.asJsonObject().getString("name")).toList());
    }

    /** 000 components/search-for-registry-components. */
    @Test
    void searchForRegistryComponents() {
        // The seed's curl loses "&limit=1" to the shell (an unquoted &); sent here as meant.
        JsonObject found = ok(getWithContentType("/v1/components/search?query="
                + URLEncoder.encode("When a new Hubspot contact is added, send me an SMS", StandardCharsets.UTF_8)
                + "&limit=1"));
        assertShape("search-for-registry-components", seed("component-search.json"), found);
        assertTrue(found.getJsonArray("sources").size() <= 1 && found.getJsonArray("actions").size() <= 1, found.toString());
    }

    // ---------------------------------------------------------------- sources

    private static final String SOURCE = seed("source.json");
    private static final SeedShape.Deviation[] SOURCE_PROJECT = {
            extra("data.project_id", "Millrace's addition: the project the source belongs to"),
            extra("data.owner_id", "what Pipedream's SDK reads of a deployed component (docs/connect.md)"),
            extra("data.configurable_props", "idem"),
            extra("data.type", "idem")};
    private static final SeedShape.Deviation[] LISTED_SOURCE_PROJECT = {
            extra("data[].project_id", "Millrace's addition: the project the source belongs to"),
            extra("data[].owner_id", "what Pipedream's SDK reads of a deployed component (docs/connect.md)"),
            extra("data[].configurable_props", "idem"),
            extra("data[].type", "idem")};

    private static String rssSourceBody(String componentField, String componentValue, String name) {
        return "{\"" + componentField + "\": \"" + componentValue + "\", \"name\": \"" + name
                + "\", \"configured_props\": { \"url\": \"" + feed.url() + "\", \"timer\": { \"intervalSeconds\": 60 }}}";
    }

    /** 004 and 000 "Create a Source"; 000 /rest-api/examples/rss ("Creating the source"). */
    @Test
    void createASource() {
        JsonObject a = ok(api.post("/v1/sources", rssSourceBody("component_url", RSS_JS, "your-name-here")));
        assertShape("004 Create a Source", SOURCE, a, SOURCE_PROJECT);
        JsonObject b = ok(api.post("/v1/sources", rssSourceBody("component_url", RSS_TS, "your-name-here")));
        assertShape("000 create-a-source", SOURCE, b, SOURCE_PROJECT);
        JsonObject c = ok(api.post("/v1/sources", rssSourceBody("key", "rss-new-item-in-feed", "test-rss")));
        assertShape("000 /rest-api/examples/rss", SOURCE, c, SOURCE_PROJECT);
        assertEquals("your-name-here", a.getJsonObject("data").getString("name_slug"));
        assertEquals(user.id(), a.getJsonObject("data").getString("user_id"));
        assertEquals(60, a.getJsonObject("data").getJsonObject("configured_props").getJsonObject("timer")
                .getInt("interval_seconds"));
    }

    /** 004 and 000 "Update a source" (the seed shows parameters only; the answer is the source). */
    @Test
    void updateASource() {
        JsonObject s = ok(api.post("/v1/sources", rssSourceBody("component_url", RSS_TS, "to-update")))
                .getJsonObject("data");
        JsonObject changed = ok(api.put("/v1/sources/" + s.getString("id"), "{\"component_id\": \""
                + s.getString("component_id") + "\", \"name\": \"updated\", \"active\": false}"));
        assertShape("update-a-source", SOURCE, changed, SOURCE_PROJECT);
        assertFalse(changed.getJsonObject("data").getBoolean("active"));
        assertEquals("updated", changed.getJsonObject("data").getString("name"));
    }

    /** 004 and 000 "Delete a source". */
    @Test
    void deleteASource() {
        String id = ok(api.post("/v1/sources", rssSourceBody("component_url", RSS_TS, "to-delete")))
                .getJsonObject("data").getString("id");
        Api.Reply r = api.delete("/v1/sources/" + id);
        assertEquals(204, r.status(), r.body());
        assertEquals(404, api.get("/v1/sources/" + id).status());
    }

    private static final String SOURCE_LIST = seed("source-list.json");

    /** A user whose workspace holds only the HTTP sources of the seed's list examples. */
    private static Users.TestUser lister() {
        Users.TestUser u = Users.inNewWorkspace(Api.server(), "seedlist");
        for (int i = 0; i < 4; i++) {
            Sources.create(u.api(), "{\"key\": \"http-new-requests\", \"name\": \"test\"}");
        }
        return u;
    }

    /** 004 "Pagination" and "List Current User Sources". */
    @Test
    void listCurrentUserSources() {
        Users.TestUser u = lister();
        JsonObject all = ok(u.api().get("/v1/users/me/sources"));
        assertShape("004 List Current User Sources", SOURCE_LIST, all, LISTED_SOURCE_PROJECT);
        // The paginated example: limit=3 after a cursor of a previous answer. Its "data" elements show
        // only the ids ("a shape that looks like"), so they are compared with the list example's.
        String cursor = ok(u.api().get("/v1/users/me/sources?limit=1")).getJsonObject("page_info").getString("end_cursor");
        JsonObject page = ok(u.api().get("/v1/users/me/sources?limit=3&after=" + cursor));
        assertShape("004 Example Paginated Response", seed("source-list-paginated.json"), page);
        assertShape("004 Example Paginated Response (data)", SOURCE_LIST, page, LISTED_SOURCE_PROJECT);
        assertEquals(3, page.getJsonObject("page_info").getInt("count"));
        assertEquals(4, page.getJsonObject("page_info").getInt("total_count"));
    }

    /** 000 workspaces/get-workspaces-sources. */
    @Test
    void getWorkspacesSources() {
        Users.TestUser u = lister();
        assertShape("get-workspaces-sources", SOURCE_LIST, ok(u.api().get("/v1/orgs/" + u.orgId() + "/sources")),
                LISTED_SOURCE_PROJECT);
    }

    // ---------------------------------------------------------------- source events

    /** An RSS source whose creation emitted the feed's three items; returns their ids, oldest first. */
    private static List<String> rssSourceWithThreeEvents(String[] idOut) {
        JsonObject s = ok(api.post("/v1/sources", rssSourceBody("key", "rss-new-item-in-feed", "events")))
                .getJsonObject("data");
        idOut[0] = s.getString("id");
        Sources.awaitEmitted(api, idOut[0], 3, 30);
        JsonArray data = Sources.events(api, idOut[0]);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = data.size() - 1; i >= 0; i--) {
            ids.add(data.getJsonObject(i).getString("id"));
        }
        return ids;
    }

    /**
     * 004 "Get Source Events", 000 events/get-source-events and /rest-api/examples/rss ("REST API"). The seed
     * shows no answer for them: the envelope is the seed's (the `$errors` example of the same family), the
     * ids its event ids, and the events the RSS items of /rest-api/examples/rss.
     */
    @Test
    void getSourceEvents() {
        String[] id = new String[1];
        rssSourceWithThreeEvents(id);
        String shape = seed("source-events.json");
        SeedShape.Deviation[] deviations = {
                extra("data[].metadata", "emit metadata (emitter_id, emit_id, name, id, summary, ts), docs/api.md"),
                extra("data[].event.pubdate", "Millrace's RSS source emits more of each item (docs/components.md)"),
                extra("data[].event.description", "idem"),
                extra("data[].event.author", "idem"),
                extra("data[].event.categories", "idem"),
                extra("data[].e", "what Pipedream's SDK reads of an emitted event (docs/connect.md)"),
                extra("data[].k", "idem"),
                extra("data[].ts", "idem"),
                extra("data[].sum", "idem")};
        for (String query : List.of("", "?expand=event", "?limit=10")) {
            JsonObject page = ok(api.get("/v1/sources/" + id[0] + "/event_summaries" + query));
            assertShape("get-source-events" + query, shape, page, deviations);
            assertEquals(3, page.getJsonObject("page_info").getInt("count"));
        }
    }

    private static List<String> eventIds(String sourceId) {
        return Sources.events(api, sourceId).stream().map(v -> v.asJsonObject().getString("id"))
                .sorted().collect(Collectors.toList());
    }

    /** 004 "Delete source events" and 000 events/delete-source-events: the three range examples. */
    @Test
    void deleteSourceEvents() {
        String[] id = new String[1];
        // start_id=<second>: "The request will delete the last two events."
        List<String> ids = rssSourceWithThreeEvents(id);
        assertEquals(202, api.delete("/v1/sources/" + id[0] + "/events?start_id=" + ids.get(1)).status());
        String a = id[0];
        Wait.until("start_id deletion", 30, () -> eventIds(a), e -> e.equals(List.of(ids.get(0))));
        // end_id=<second>: "The request will delete the first two events."
        List<String> ids2 = rssSourceWithThreeEvents(id);
        assertEquals(202, api.delete("/v1/sources/" + id[0] + "/events?end_id=" + ids2.get(1)).status());
        String b = id[0];
        Wait.until("end_id deletion", 30, () -> eventIds(b), e -> e.equals(List.of(ids2.get(2))));
        // start_id=end_id=<second>: a single event.
        List<String> ids3 = rssSourceWithThreeEvents(id);
        Api.Reply r = api.delete("/v1/sources/" + id[0] + "/events?start_id=" + ids3.get(1) + "&end_id=" + ids3.get(1));
        assertEquals(202, r.status(), r.body());
        String c = id[0];
        Wait.until("single deletion", 30, () -> eventIds(c), e -> e.equals(List.of(ids3.get(0), ids3.get(2))));
    }

    // ---------------------------------------------------------------- workspaces

    /** 000 workspaces/get-a-workspace. */
    @Test
    void getAWorkspace() {
        assertShape("get-a-workspace", seed("workspace.json"), ok(api.get("/v1/workspaces/" + user.orgId())),
                nulled("data.email", "a workspace made with its user has no address of its own"),
                nulled("data.daily_credits_quota", "Millrace meters no credits"),
                nulled("data.daily_credits_used", "Millrace meters no credits"),
                extra("data.role", "Millrace's addition: the caller's role in the workspace"),
                extra("data.require_two_factor", "Millrace's addition: the workspace's settings"),
                extra("data.login_methods", "Millrace's addition: the workspace's settings"),
                extra("data.sso_domains", "Millrace's addition: the workspace's settings"),
                extra("data.notification_emails", "Millrace's addition: where error notifications go (admins)"),
                extra("data.notification_webhook_url", "Millrace's addition: where error notifications go (admins)"));
    }

    // ---------------------------------------------------------------- workflows

    private static final String WORKFLOW = seed("workflow.json");

    private static final SeedShape.Deviation[] WORKFLOW_DEVIATIONS = {
            other("steps", "steps are in Millrace's definition format (docs/workflow-format.md)"),
            extra("triggers[].type", "Millrace's trigger type"),
            extra("triggers[].created_at", "as the triggers of create-a-workflow's answer"),
            extra("triggers[].updated_at", "as the triggers of create-a-workflow's answer"),
            extra("id", "as create-a-workflow's answer"), extra("name", "as create-a-workflow's answer"),
            extra("active", "as create-a-workflow's answer"), extra("org_id", "Millrace"),
            extra("project_id", "Millrace"), extra("folder_id", "Millrace: the project folder"), extra("version", "Millrace"), extra("deployment_id", "Millrace"),
            extra("settings", "Millrace"), extra("created_at", "Millrace"), extra("updated_at", "Millrace")};

    /** The workflow of the answer, checking the envelope: {@code data}, as every answer here (a deviation). */
    private static JsonObject workflowOf(JsonObject answer) {
        assertEquals(Set.of("data"), answer.keySet(), "Millrace wraps the workflow in data");
        return answer.getJsonObject("data");
    }

    /** 000 workflows/get-a-workflows-details and workflows/update-a-workflow. */
    @Test
    void getAndUpdateAWorkflow() {
        JsonObject w = user.api().createHttpWorkflow("seed-details",
                "[{\"name\": \"code\", \"code\": \"export default defineComponent({ async run({ steps, $ }) { return 1 } })\"}]");
        String id = w.getString("id");
        JsonObject details = workflowOf(ok(api.get("/v1/workflows/" + id + "?org_id=" + user.orgId())));
        assertShape("get-a-workflows-details", WORKFLOW, details, WORKFLOW_DEVIATIONS);
        assertTrue(details.getString("id").startsWith("p_"));

        Api.Reply r = api.put("/v1/workflows/" + id, "{\"active\": false, \"org_id\": \"" + user.orgId() + "\"}");
        JsonObject updated = workflowOf(ok(r));
        assertShape("update-a-workflow (the seed shows no answer: the workflow)", WORKFLOW, updated,
                WORKFLOW_DEVIATIONS);
        assertFalse(updated.getBoolean("active"));
    }

    /** 000 workflows/get-workflows-errors. */
    @Test
    void getWorkflowErrors() {
        JsonObject w = user.api().createHttpWorkflow("seed-errors",
                "[{\"name\": \"fail\", \"code\": \"export default defineComponent({ async run() { throw new Error('boom') } })\"}]");
        String id = w.getString("id");
        Api.Reply sent = api.trigger(w, "{\"name\": \"Luke\", \"title\": \"Jedi\"}");
        assertEquals(200, sent.status(), sent.body());
        JsonObject page = Wait.until("an $errors event", 60,
                () -> ok(api.get("/v1/workflows/" + id + "/$errors/event_summaries?expand=event&limit=1")),
                p -> p.getJsonObject("page_info").getInt("count") == 1);
        assertShape("/rest-api/api-reference/workflows/get-workflows-errors", seed("workflow-errors.json"), page,
                ERRORS_COMMON[0], ERRORS_COMMON[1], ERRORS_COMMON[2], ERRORS_COMMON[3],
                other("data[].event.original_context", "the older example's context; the newer one below is matched field by field"),
                extra("data[].metadata", "the newer example (/workflows/building-workflows/errors) has it here"));
        // The same call as /workflows/building-workflows/errors shows it, with its newer example.
        JsonObject full = ok(api.get("/v1/workflows/" + id + "/$errors/event_summaries?expand=event"));
        assertShape("/workflows/building-workflows/errors", seed("workflow-errors-newer.json"), full,
                ERRORS_COMMON[0], ERRORS_COMMON[1], ERRORS_COMMON[2], ERRORS_COMMON[3],
                extra("data[].event.metadata", "the /rest-api example has it here"));
        JsonObject context = full.getJsonArray("data").getJsonObject(0).getJsonObject("event")
                .getJsonObject("original_context");
        assertEquals(user.orgId(), context.getString("owner_id"));
        assertEquals(w.getString("project_id"), context.getString("project_id"));
        assertEquals("COMPONENT", context.getString("source_type"));
        assertTrue(context.getString("platform_version").matches("millrace-\\d+\\.\\d+.*"), context.toString());
        assertEquals(Json.createObjectBuilder().add("name", "Luke").add("title", "Jedi").build(),
                full.getJsonArray("data").getJsonObject(0).getJsonObject("event").getJsonObject("original_event")
                        .getJsonObject("body"));
    }

    static final SeedShape.Deviation[] ERRORS_COMMON = {
            other("data[].event.original_event", "the trigger's event: an HTTP trigger's is {method, path, query, "
                    + "client_ip, url, headers, body} (the seed's events came from an SDK/COMPONENT emitter)"),
            value("data[].event.error.cellId", "the failed step's name: Millrace's steps have names, not c_ ids"),
            extra("data[].event.error.name", "the error's name, docs/api.md Errors stream"),
            extra("data[].event.error.message", "the error's message, docs/api.md Errors stream")};

    // ---------------------------------------------------------------- OAuth

    /** 000 oauth/get-a-new-access-token, oauth/revoke-an-access-token and /rest-api/auth ("How to get an access token"). */
    @Test
    void getAndRevokeAnAccessToken() {
        JsonObject client = ok(api.post("/v1/workspaces/" + user.orgId() + "/oauth_clients", "{\"name\": \"seed\"}"))
                .getJsonObject("data");
        String credentials = "\"client_id\": \"" + client.getString("client_id") + "\", \"client_secret\": \""
                + client.getString("client_secret") + "\"";
        Api.Reply token = api.raw(api.request("/v1/oauth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{ \"grant_type\": \"client_credentials\", " + credentials + " }")));
        JsonObject t = ok(token);
        assertShape("get-a-new-access-token", seed("access-token.json"), t);
        assertEquals("Bearer", t.getString("token_type"));
        assertEquals(3600, t.getInt("expires_in"));
        String access = t.getString("access_token");
        assertEquals(200, api.as(access).get("/v1/workspaces/" + user.orgId()).status());

        Api.Reply revoked = api.raw(api.request("/v1/oauth/revoke").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{ \"token\": \"" + access + "\", " + credentials + " }")));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, ok(revoked));
        assertEquals(401, api.as(access).get("/v1/workspaces/" + user.orgId()).status());
    }
}
