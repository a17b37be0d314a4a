package io.millrace.it.api;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.Sources;
import io.millrace.it.support.Users;
import io.millrace.it.support.Wait;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resources the generated bad-input run addresses, made through the API as one admin user in a
 * workspace of its own (so nothing the run creates shows in the lists other tests read): a workflow with
 * a finished execution, paused executions (for the resume and cancel URLs), a source with an event, a
 * data store with records, an env var, a webhook, an OAuth client and token, a component, a
 * subscription and a batch job. {@link #value} gives a path or query parameter a real value; an
 * operation that changes or deletes what it addresses gets a resource of its own, made again after a
 * delete succeeded ({@link #consumed}).
 */
final class BadInputFixtures {
    static final String OK_STEP = "export default defineComponent({ async run() { return 1 } })";
    static final String HTTP_SOURCE = """
            export default {
              name: "Bad input probe",
              props: { http: { type: "$.interface.http" } },
              async run(event) { this.$emit({ n: 1 }); },
            };""";
    /** A registry component every server has. */
    static final String REGISTRY_KEY = "http-new-requests";
    /** Purges nothing: executions that finished over a hundred years ago. */
    static final String SAFE_RETENTION_DAYS = "36500";
    static final String WEBHOOK_URL = "https://example.com/millrace-badinput";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    final Api me;
    final String apiKey;
    final String userId;
    final String orgId;
    final String projectId;
    final String folderId;
    final JsonObject workflow;
    final String listenerId;
    final String executionId;
    final String sourceId;
    final String storeId;
    final String recordKey = "shared-record";
    final String envVarId;
    final String webhookId;
    final String clientId;
    final String clientSecret;
    final String accessToken;
    final String componentId;
    final String jobId;
    /** A key-based app (name slug {@link #appSlug}) and an account of it in the workspace. */
    final String appId;
    final String appSlug;
    /** A Connect token of {@link #CONNECT_USER} (production), for connecting accounts. */
    final String connectToken;
    final String accountId;
    private final Api serverAdmin;
    private String replayId;
    private String scheduleTriggerId;
    private final Deque<String[]> paused = new ArrayDeque<>();
    private final java.util.Set<String> handedOut = new java.util.HashSet<>();
    private final java.util.Set<String> keysHandedOut = new java.util.HashSet<>();
    private JsonObject delayed;
    /** "METHOD /path" → "in:name" → the operation's own value. */
    private final Map<String, Map<String, String>> own = new HashMap<>();

    BadInputFixtures(Api admin) {
        this(admin, true);
    }

    /**
     * The resources, made by a new user owning a new workspace; {@code ownerIsServerAdmin} makes that user
     * a server administrator too. The batch job is started by {@code admin} (a server administrator).
     */
    BadInputFixtures(Api admin, boolean ownerIsServerAdmin) {
        Users.TestUser user = Users.create(admin, "badinput", null, null, ownerIsServerAdmin);
        me = user.api();
        apiKey = user.data().getString("api_key");
        userId = user.id();
        orgId = user.orgId();
        projectId = user.projectId();
        folderId = newFolder();
        workflow = newWorkflow("probe");
        saveDraft(workflow.getString("id"));
        listenerId = newWorkflow("listener").getString("id");
        me.trigger(workflow);
        executionId = me.awaitFinished(workflow.getString("id")).getString("id");
        pauseExecutions(16);
        sourceId = newSource();
        Sources.send(me, me.get("/v1/sources/" + sourceId).json().getJsonObject("data"), "{\"probe\":1}");
        Sources.awaitEmitted(me, sourceId, 1, 60);
        storeId = newStore();
        putRecord(storeId, recordKey);
        envVarId = newEnvVar();
        webhookId = newWebhook();
        JsonObject client = created(me.post("/v1/workspaces/" + orgId + "/oauth_clients",
                "{\"name\":\"badinput-" + unique() + "\"}"));
        clientId = client.getString("client_id");
        clientSecret = client.getString("client_secret");
        Api.Reply token = me.post("/v1/oauth/token", Json.createObjectBuilder().add("grant_type", "client_credentials")
                .add("client_id", clientId).add("client_secret", clientSecret).build().toString());
        expect(token, 200);
        accessToken = token.json().getString("access_token");
        componentId = created(me.post("/v1/components", Json.createObjectBuilder()
                .add("component_code", HTTP_SOURCE).build().toString())).getString("id");
        Api.Reply job = admin.post("/v1/admin/retention/purge?retention_days=" + SAFE_RETENTION_DAYS, "");
        expect(job, 202);
        jobId = String.valueOf(job.json().getJsonObject("data").getJsonNumber("id").longValue());
        subscribe();
        serverAdmin = admin;
        JsonObject app = newApp();
        appId = app.getString("id");
        appSlug = app.getString("name_slug");
        accountId = newAccount();
        Api.Reply connectToken = me.post("/v1/connect/" + projectId + "/tokens", "{\"external_user_id\":\"" + CONNECT_USER
                + "\"}");
        expect(connectToken, 200);
        this.connectToken = connectToken.json().getString("token");
        // the production environment's webhook, whose signing key is regenerated (a closed port: nothing is sent)
        expect(me.put("/v1/connect/" + projectId + "/webhook", "{\"url\":\"http://127.0.0.1:9/millrace-badinput\"}"), 200);
    }

    /** A key-based app of the catalogue with one custom field, api_key (made by the server administrator). */
    JsonObject newApp() {
        return created(serverAdmin.post("/v1/apps", "{\"name_slug\":\"badinput_" + unique() + "\",\"auth_type\":\"keys\","
                + "\"categories\":[\"" + CATEGORY + "\"],\"custom_fields\":[{\"name\":\"api_key\",\"type\":\"password\"}]}"));
    }

    /** An account of the workspace for the key-based app, shared with the workspace (members read it). */
    String newAccount() {
        return created(me.post("/v1/accounts", "{\"app\":\"" + appSlug + "\",\"shared\":true,\"credentials\":{\"api_key\":\"k\"}}"))
                .getString("id");
    }

    /** The workspace's OAuth client for a new OAuth app of its own (one client per app and workspace). */
    String newAppOAuthClient() {
        String slug = "badinput_oauth_" + unique();
        created(serverAdmin.post("/v1/apps", "{\"name_slug\":\"" + slug + "\",\"auth_type\":\"oauth\","
                + "\"authorize_url\":\"https://example.com/authorize\",\"token_url\":\"https://example.com/token\"}"));
        return created(me.post("/v1/workspaces/" + orgId + "/app_oauth_clients", "{\"app\":\"" + slug
                + "\",\"client_id\":\"c\",\"client_secret\":\"s\"}")).getString("id");
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    /** The endpoint key of the probe workflow's HTTP trigger. */
    String triggerKey() {
        String url = Api.endpoint(workflow);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * The value of parameter {@code name} ({@code in} "path" or "query") of operation {@code op}
     * ("METHOD /path"), or null when the run has none (the parameter is then left out).
     */
    String value(String op, String in, String name) {
        Map<String, String> mine = own.computeIfAbsent(op, k -> new HashMap<>());
        if (usesPaused(op) && !mine.containsKey("path:id")) {
            if (paused.isEmpty()) {
                pauseExecutions(16);
            }
            String[] p = paused.pop();
            mine.put("path:id", p[0]);
            mine.put("path:action", "resume");
            mine.put("query:token", p[1]);
        }
        String known = mine.get(in + ":" + name);
        if (known != null) {
            return known;
        }
        boolean owns = ownsIt(op, in, name);
        String v = fresh(op, in, name, owns);
        if (v != null && owns) {
            mine.put(in + ":" + name, v);
        }
        return v;
    }

    /** After a 2xx of {@code op}: what it used up (a deleted resource, a resumed execution) is made again. */
    void consumed(String op) {
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(op.indexOf(' ') + 1);
        if (usesPaused(op)) {
            own.remove(op);
        } else if (method.equals("DELETE") && path.equals("/v1/subscriptions")) {
            subscribe();
        } else if (method.equals("DELETE") && (path.endsWith("}") || path.endsWith("/record")
                || path.endsWith("/files/content"))
                || path.endsWith("/draft/deploy") || method.equals("DELETE") && path.endsWith("/draft")) {
            own.remove(op);
        }
    }

    /** The resume and cancel URLs and the cancel operation act on a paused execution of their own, used up by a 2xx. */
    private static boolean usesPaused(String op) {
        return op.contains(" /flow/") || op.equals("POST /v1/executions/{id}/cancel");
    }

    /**
     * Whether the operation changes or deletes what this parameter addresses, and so gets its own: the
     * last path parameter of a PUT, PATCH or DELETE (and the record key of {@code ?key=}), and the client
     * whose secret is rotated.
     */
    private static boolean ownsIt(String op, String in, String name) {
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(op.indexOf(' ') + 1);
        switch (method) {
            case "GET":
            case "HEAD":
                return false;
            case "POST":
                return path.endsWith("/draft/deploy") && name.equals("id")
                        || path.endsWith("/rotate_secret") && name.equals("client_id")
                        || path.endsWith("/rotate") && name.equals("key_id");
            default:
                return in.equals("query") ? name.equals("key") || name.equals("path") && path.contains("/files/")
                        : in.equals("path") && name.equals(lastParam(path));
        }
    }

    private static String lastParam(String path) {
        int open = path.lastIndexOf('{');
        return open < 0 ? null : path.substring(open + 1, path.indexOf('}', open));
    }

    /** A value made or picked for the parameter: a new resource when the operation owns it. */
    private String fresh(String op, String in, String name, boolean owns) {
        String path = op.substring(op.indexOf(' ') + 1);
        switch (in + ":" + name) {
            case "path:org_id":
                return orgId;
            case "path:project_id":
                return owns ? newProject() : projectId;
            case "path:folder_id":
                return owns ? newFolder() : folderId;
            case "path:client_id":
                return owns ? newClient() : clientId;
            case "path:key_id": // only operations that change or revoke a key name one: each gets its own
                return newApiKey();
            case "path:user_id":
                return userId;
            case "path:token_id": // only revoking names one: each gets its own
                return newScimToken();
            case "path:invitation_id":
                return newInvitation();
            case "path:link_id":
                return newInviteLink();
            case "path:app_id":
                return owns ? newApp().getString("id") : appId;
            case "path:account_id":
                if (path.startsWith("/v1/connect/")) {
                    return owns ? newConnectAccount() : connectAccount();
                }
                return owns ? newAccount() : accountId;
            case "path:ctok": // validating never uses it up
                return connectToken;
            case "path:category_id": // the category of the fixtures' apps
                return CATEGORY_ID;
            case "path:app_oauth_client_id": // only deleting names one: each gets its own
                return newAppOAuthClient();
            case "query:app":
                return path.startsWith("/v1/accounts/oauth/start") ? appSlug : null;
            case "path:env_var_id":
                return owns ? newEnvVar() : envVarId;
            case "path:keyOrId":
                return owns ? newComponent() : componentId;
            case "path:url_64": // a closed port of an address the IT server's egress policy allows: a quick 502
                return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "http://127.0.0.1:9/millrace-badinput".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "query:account_id":
                return path.startsWith("/v1/connect/") ? connectAccount() : null;
            case "path:external_user_id":
                return owns ? newExternalUser() : CONNECT_USER;
            case "query:external_user_id":
                return path.startsWith("/v1/connect/") ? CONNECT_USER : null;
            case "path:key":
            case "query:key":
                if (path.startsWith("/v1/connect/")) {
                    return path.contains("/triggers/") ? "http-new-requests" : "return-http-response";
                }
                if (path.contains("/components/")) {
                    return REGISTRY_KEY;
                }
                if (owns) {
                    String key = "own-" + unique();
                    putRecord(value(op, "path", "id"), key);
                    return key;
                }
                return recordKey;
            case "query:retention_days":
                return SAFE_RETENTION_DAYS;
            case "query:emitter_id":
                return workflow.getString("id");
            case "query:listener_id":
                return listenerId;
            case "query:event_name":
                return path.contains("auto_subscriptions") ? "$errors" : null;
            case "query:url":
                return WEBHOOK_URL;
            case "query:name":
                return path.equals("/v1/webhooks") ? "badinput-" + unique() : null;
            case "path:id":
                return id(path, owns);
            case "path:version":
                return "1";
            case "path:webhook_id":
                return path.startsWith("/v1/connect/") ? signedTrigger()[1] : null;
            case "path:trigger_id":
                if (path.startsWith("/v1/connect/") && path.contains("{webhook_id}")) {
                    return signedTrigger()[0];
                }
                if (path.startsWith("/v1/connect/")) {
                    return owns ? newConnectTrigger() : connectTrigger();
                }
                return path.endsWith("/run") ? scheduleTriggerId()
                        : workflow.getJsonArray("triggers").getJsonObject(0).getString("id");
            case "query:path":
                return path.contains("/files/") ? filePath(op, owns) : null;
            case "path:file_id":
            case "query:expires":
            case "query:signature":
                return signedUrlPart(name);
            default:
                return null;
        }
    }

    /** The external user of the run's Connect fixtures (production environment of the run's project). */
    static final String CONNECT_USER = "badinput-connect";
    /** The category of the fixtures' apps, and its id in /v1/connect/app_categories. */
    static final String CATEGORY = "Bad Input";
    static final String CATEGORY_ID = "appcat_bad_input";
    private String connectTrigger;

    /** A trigger deployed for {@link #CONNECT_USER}, made on first use. */
    private synchronized String connectTrigger() {
        if (connectTrigger == null) {
            connectTrigger = newConnectTrigger();
        }
        return connectTrigger;
    }

    /** A new trigger (an HTTP source) deployed for {@link #CONNECT_USER}, for a PUT or DELETE to consume. */
    private String newConnectTrigger() {
        return created(me.post("/v1/connect/" + projectId + "/triggers/deploy", "{\"id\":\"http-new-requests\","
                + "\"external_user_id\":\"" + CONNECT_USER + "\"}")).getString("id");
    }

    private String[] signedTrigger;

    /** A trigger deployed for {@link #CONNECT_USER} with a webhook, and that webhook's id, made on first use. */
    private synchronized String[] signedTrigger() {
        if (signedTrigger == null) {
            String id = created(me.post("/v1/connect/" + projectId + "/triggers/deploy", "{\"id\":\"http-new-requests\","
                    + "\"external_user_id\":\"" + CONNECT_USER + "\",\"webhook_url\":\"" + WEBHOOK_URL + "\"}")).getString("id");
            Api.Reply hooks = me.get("/v1/connect/" + projectId + "/deployed-triggers/" + id + "/webhooks?external_user_id="
                    + CONNECT_USER);
            expect(hooks, 200);
            signedTrigger = new String[] {id, hooks.json().getJsonArray("webhooks").getJsonObject(0).getString("id")};
        }
        return signedTrigger;
    }

    private String connectAccount;

    /** An account of {@link #CONNECT_USER} for the key-based app, made on first use. */
    private synchronized String connectAccount() {
        if (connectAccount == null) {
            connectAccount = newConnectAccount();
        }
        return connectAccount;
    }

    /** A new account of {@link #CONNECT_USER} for the key-based app (connected with a Connect token), for a DELETE. */
    private String newConnectAccount() {
        Api.Reply token = me.post("/v1/connect/" + projectId + "/tokens", "{\"external_user_id\":\"" + CONNECT_USER + "\"}");
        expect(token, 200);
        Api.Reply account = me.post("/v1/connect/" + projectId + "/accounts", Json.createObjectBuilder()
                .add("connect_token", token.json().getString("token")).add("app_slug", appSlug)
                .add("cfmap_json", "{\"api_key\":\"k\"}").build().toString());
        expect(account, 200);
        return account.json().getString("id");
    }

    /** A new external user of the run's project (made by issuing it a Connect token), for a DELETE to consume. */
    private String newExternalUser() {
        String user = "badinput-" + unique();
        expect(me.post("/v1/connect/" + projectId + "/tokens", "{\"external_user_id\":\"" + user + "\"}"), 200);
        return user;
    }

    /** A component of the run's workspace that nothing uses (its code is unique), for a DELETE to consume. */
    private String newComponent() {
        return created(me.post("/v1/components", Json.createObjectBuilder().add("component_code",
                "export default { name: \"own-" + unique() + "\", async run() {} };").build().toString())).getString("id");
    }

    /**
     * An email invitation of the run's workspace; when no mail server listens (the invitation is then not
     * stored, 502), an id that is not there, which the operation answers with 404.
     */
    private String newInvitation() {
        Api.Reply r = me.post("/v1/workspaces/" + orgId + "/invitations",
                "{\"email\":\"badinput-" + unique() + "@example.test\"}");
        return r.status() == 200 ? r.json().getJsonObject("data").getString("id") : "inv_notthere";
    }

    /** An invite link of the run's workspace. */
    private String newInviteLink() {
        return created(me.post("/v1/workspaces/" + orgId + "/invite_links", "{\"allowed_domains\":[\"example.test\"]}"))
                .getString("id");
    }

    /** The path of the project's shared file (read by the file store's GETs), uploaded once. */
    static final String SHARED_FILE = "badinput/shared.txt";
    private String sharedFileUrl;

    /** Uploads a small file to {@code path} of a project's file store. */
    void putFile(String project, String path) {
        expect(me.raw(me.request("/v1/projects/" + project + "/files/content?path=" + Api.encode(path))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("probe"))), 200);
    }

    /** A file for a file store operation: the shared one, or one of its own to replace or delete. */
    private String filePath(String op, boolean owns) {
        String project = value(op, "path", "project_id");
        if (!owns) {
            if (sharedFileUrl == null) {
                putFile(projectId, SHARED_FILE);
                sharedFileUrl = created(me.get("/v1/projects/" + projectId + "/files/metadata?path=" + SHARED_FILE))
                        .getString("url");
            }
            return SHARED_FILE;
        }
        String own = "badinput/own-" + unique() + ".txt";
        if (op.startsWith("DELETE")) {
            putFile(project, own);
        }
        return own;
    }

    /** The file id, expiry or signature of a signed URL of the shared file. */
    private String signedUrlPart(String name) {
        if (sharedFileUrl == null) {
            filePath("GET /v1/projects/{project_id}/files/metadata", false);
        }
        java.net.URI uri = java.net.URI.create(sharedFileUrl);
        if (name.equals("file_id")) {
            return uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
        }
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The {id} of a path: what it is depends on the segment before it. */
    private String id(String path, boolean owns) {
        String before = path.substring(0, path.indexOf("/{id}"));
        String kind = before.substring(before.lastIndexOf('/') + 1);
        switch (kind) {
            case "workflows":
                if (owns && path.contains("/draft")) {
                    return saveDraft(newWorkflow("own").getString("id"));
                }
                return owns ? newWorkflow("own").getString("id") : workflow.getString("id");
            case "executions":
                return executionId;
            case "sources":
                return owns ? newSource() : sourceId;
            case "data_stores":
                if (owns) {
                    String store = newStore();
                    putRecord(store, recordKey);
                    return store;
                }
                return storeId;
            case "webhooks":
                return owns ? newWebhook() : webhookId;
            case "jobs":
                return jobId;
            case "replays":
                return replayId();
            case "{scope}":
                return orgId;
            default:
                return null;
        }
    }

    /** A replay job of W (by a filter that selects nothing: completed at once). */
    private String replayId() {
        if (replayId == null) {
            Api.Reply r = me.post("/v1/replays", "{\"filter\":{\"until\":\"2000-01-01\"}}");
            if (r.status() != 202) {
                throw new AssertionError("create a replay: " + r.status() + " " + r.body());
            }
            replayId = r.json().getJsonObject("data").getString("id");
        }
        return replayId;
    }

    /** Gives the workflow a draft (a copy of its live definition), for the draft operations; returns its id. */
    String saveDraft(String workflowId) {
        expect(me.put("/v1/workflows/" + workflowId + "/draft", "{}"), 200);
        return workflowId;
    }

    /** W's workflow's schedule trigger (for Run Now), added once after its HTTP trigger (a yearly cron). */
    private String scheduleTriggerId() {
        if (scheduleTriggerId == null) {
            Api.Reply r = me.put("/v1/workflows/" + workflow.getString("id"),
                    "{\"triggers\":[{\"type\":\"http\"},{\"type\":\"schedule\",\"cron\":\"0 0 1 1 *\"}]}");
            if (r.status() != 200) {
                throw new AssertionError("add a schedule trigger: " + r.status() + " " + r.body());
            }
            scheduleTriggerId = r.json().getJsonObject("data").getJsonArray("triggers").getJsonObject(1).getString("id");
        }
        return scheduleTriggerId;
    }

    JsonObject newWorkflow(String label) {
        return me.createHttpWorkflow("badinput-" + label + "-" + unique(), JsCode.steps(JsCode.step("a", OK_STEP)));
    }

    String newSource() {
        return Sources.create(me, Json.createObjectBuilder().add("name", "badinput-" + unique())
                .add("component_code", HTTP_SOURCE).build().toString()).getString("id");
    }

    String newProject() {
        return created(me.post("/v1/workspaces/" + orgId + "/projects",
                "{\"name\":\"badinput-" + unique() + "\"}")).getString("id");
    }

    String newFolder() {
        return created(me.post("/v1/projects/" + projectId + "/folders",
                "{\"name\":\"badinput-" + unique() + "\"}")).getString("id");
    }

    String newStore() {
        return created(me.post("/v1/projects/" + projectId + "/data_stores",
                "{\"name\":\"badinput-" + unique() + "\"}")).getString("id");
    }

    void putRecord(String store, String key) {
        expect(me.put("/v1/data_stores/" + store + "/record?key=" + Api.encode(key), "{\"value\":{\"n\":1}}"), 200);
    }

    String newEnvVar() {
        return created(me.post("/v1/workspaces/" + orgId + "/env_vars", Json.createObjectBuilder()
                .add("key", "BADINPUT_" + unique().toUpperCase()).add("value", "v").add("secret", false)
                .build().toString())).getString("id");
    }

    String newWebhook() {
        return created(me.post("/v1/webhooks?url=" + Api.encode(WEBHOOK_URL) + "&name=badinput", "")).getString("id");
    }

    /** A named API key of the probing user that nothing else uses (rotating or revoking it harms no one). */
    String newApiKey() {
        String body = "{\"name\":\"badinput-" + unique() + "\"}";
        Api.Reply reply = me.post("/v1/users/me/api_keys", body);
        if (reply.status() == 400) { // the probes of createApiKey used up the keys a user may have: free some
            for (JsonValue k : me.get("/v1/users/me/api_keys").json().getJsonArray("data")) {
                String id = k.asJsonObject().getString("id");
                if (k.asJsonObject().getString("name").startsWith("badinput-") && !keysHandedOut.contains(id)) {
                    me.delete("/v1/users/me/api_keys/" + id);
                }
            }
            reply = me.post("/v1/users/me/api_keys", body);
        }
        String id = created(reply).getString("id");
        keysHandedOut.add(id);
        return id;
    }

    /** A SCIM token of the workspace that nothing else uses; the probes of createScimToken may use up the 20 allowed. */
    String newScimToken() {
        String path = "/v1/workspaces/" + orgId + "/scim_tokens";
        String body = "{\"name\":\"badinput-" + unique() + "\"}";
        Api.Reply reply = me.post(path, body);
        if (reply.status() == 400) {
            for (JsonValue t : me.get(path).json().getJsonArray("data")) {
                me.delete(path + "/" + t.asJsonObject().getString("id"));
            }
            reply = me.post(path, body);
        }
        return created(reply).getString("id");
    }

    String newClient() {
        return created(me.post("/v1/workspaces/" + orgId + "/oauth_clients", "{\"name\":\"badinput-" + unique() + "\"}"))
                .getString("client_id");
    }

    private void subscribe() {
        expect(me.post("/v1/subscriptions?emitter_id=" + workflow.getString("id") + "&listener_id=" + listenerId, ""), 200);
    }

    /** Triggers a workflow whose first step calls $.flow.delay n times and keeps the paused executions' tokens. */
    private void pauseExecutions(int n) {
        if (delayed == null) {
            delayed = me.createHttpWorkflow("badinput-delay-" + unique(), JsCode.steps(
                    JsCode.step("wait", "export default defineComponent({ async run({ $ }) {"
                            + " $.export('urls', $.flow.delay(3600000)); return 1 } })"),
                    JsCode.step("after", OK_STEP)));
        }
        for (int i = 0; i < n; i++) {
            me.trigger(delayed);
        }
        String id = delayed.getString("id");
        java.util.function.Predicate<JsonValue> fresh = e -> e.asJsonObject().getString("status").equals("paused")
                && !handedOut.contains(e.asJsonObject().getString("id"));
        List<JsonValue> all = Wait.until(n + " paused executions", 120,
                () -> me.get("/v1/workflows/" + id + "/executions?limit=100").json().getJsonArray("data"),
                list -> list.stream().filter(fresh).count() >= n);
        for (JsonValue e : all) {
            if (!fresh.test(e)) {
                continue;
            }
            String exec = e.asJsonObject().getString("id");
            handedOut.add(exec);
            JsonObject urls = me.get("/v1/executions/" + exec).json().getJsonObject("data").getJsonArray("steps")
                    .getJsonObject(0).getJsonObject("exports").getJsonObject("urls");
            paused.add(new String[] {exec, token(urls.getString("resume_url"))});
        }
    }

    private static String token(String url) {
        String query = URI.create(url).getRawQuery();
        return java.net.URLDecoder.decode(query.substring(query.indexOf("token=") + "token=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonObject created(Api.Reply r) {
        expect(r, 200);
        return r.json().getJsonObject("data");
    }

    private static void expect(Api.Reply r, int status) {
        if (r.status() != status) {
            throw new AssertionError("fixture: " + r.response().request().method() + " " + r.response().request().uri()
                    + " answered " + r.status() + " " + r.body());
        }
    }
}
