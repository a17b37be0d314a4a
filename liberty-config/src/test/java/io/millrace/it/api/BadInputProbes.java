package io.millrace.it.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the requests of the bad-input run from the OpenAPI document: for every operation a valid
 * baseline, then one mutation at a time of its path parameters, query, headers, body and body fields
 * (see {@link GeneratedBadInputIT} for the list); for every path the methods it does not declare; and a
 * few requests outside /openapi (trigger endpoints, health, unknown paths).
 */
final class BadInputProbes {
    static final int ONE_MB = 1 << 20;
    /** Streamed bodies: past any sensible limit of an API body, a definition or a trigger event. */
    static final long OVERSIZED = 4L << 20;
    static final String JSON = "application/json";
    static final String YAML = "application/yaml";
    static final String FORM = "application/x-www-form-urlencoded";
    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
    /** Query parameters the baseline sends with the run's values (when the operation declares them). */
    private static final Set<String> FIXTURE_QUERY = Set.of("token", "key", "external_user_id", "retention_days",
            "emitter_id", "listener_id", "event_name", "url", "name", "app", "account_id");
    private static final Set<String> CURSORS = Set.of("after", "before", "start_id", "end_id");
    /** The common parameters of every /v1 operation. */
    private static final Set<String> COMMON = Set.of("include", "exclude", "org_id");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String MARK = "@@mutated@@";
    private static final String LONG_8K = "a".repeat(8192);

    /** A valid body for each request schema; {{u}} is unique per request, {{U}} its upper case. */
    private static final Map<String, String> BASES = Map.ofEntries(
            Map.entry("WorkflowDefinition", Json.createObjectBuilder().add("name", "badinput-{{u}}").add("active", true)
                    .add("triggers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "http")))
                    .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "a")
                            .add("code", BadInputFixtures.OK_STEP).add("props", JsonValue.EMPTY_JSON_OBJECT)))
                    .add("settings", Json.createObjectBuilder().add("timeout_seconds", 30)).build().toString()),
            Map.entry("NewSource", Json.createObjectBuilder().add("name", "badinput-{{u}}")
                    .add("component_code", BadInputFixtures.HTTP_SOURCE)
                    .add("configured_props", JsonValue.EMPTY_JSON_OBJECT).build().toString()),
            Map.entry("SourceChange", "{\"name\":\"badinput-{{u}}\",\"active\":true,\"configured_props\":{}}"),
            Map.entry("NewComponent", Json.createObjectBuilder().add("component_code", BadInputFixtures.HTTP_SOURCE)
                    .build().toString()),
            Map.entry("PropsConfigureRequest", "{\"id\":\"{{fx:component_id}}\",\"prop_name\":\"http\",\"configured_props\":{}}"),
            Map.entry("NewConnectToken", "{\"external_user_id\":\"badinput-{{u}}\"}"),
            Map.entry("ConnectConfigureProp", "{\"id\":\"return-http-response\",\"external_user_id\":\"badinput-connect\","
                    + "\"prop_name\":\"status\",\"configured_props\":{}}"),
            Map.entry("ConnectReloadProps", "{\"id\":\"return-http-response\",\"external_user_id\":\"badinput-connect\","
                    + "\"configured_props\":{}}"),
            Map.entry("ConnectRunAction", "{\"id\":\"return-http-response\",\"external_user_id\":\"badinput-connect\","
                    + "\"configured_props\":{}}"),
            Map.entry("ConnectDeployTrigger", "{\"id\":\"http-new-requests\",\"external_user_id\":\"badinput-connect\","
                    + "\"configured_props\":{}}"),
            Map.entry("DeployedTriggerChange", "{\"name\":\"badinput-{{u}}\"}"),
            Map.entry("TriggerWebhooksChange", "{\"webhook_urls\":[\"https://example.com/millrace-badinput\"]}"),
            Map.entry("TriggerWorkflowsChange", "{\"workflow_ids\":[]}"),
            Map.entry("ProjectWebhookChange", "{\"url\":\"https://example.com/millrace-badinput\"}"),
            Map.entry("PropsReloadRequest", "{\"id\":\"{{fx:component_id}}\",\"configured_props\":{}}"),
            Map.entry("NewAdminUser", "{\"username\":\"badinput-{{u}}\",\"email\":\"badinput-{{u}}@example.test\",\"admin\":false}"),
            Map.entry("NewWorkspace", "{\"name\":\"Badinput {{u}}\",\"orgname\":\"badinput-{{u}}\",\"email\":"
                    + "\"team-{{u}}@example.test\",\"username\":\"badinput-{{u}}\",\"user_email\":\"user-{{u}}@example.test\"}"),
            Map.entry("DataStoreName", "{\"name\":\"badinput-{{u}}\"}"),
            Map.entry("NewApiKey", "{\"name\":\"badinput-{{u}}\"}"),
            Map.entry("RecordWrite", "{\"value\":{\"n\":1,\"s\":\"x\"},\"ttl\":3600}"),
            Map.entry("TtlChange", "{\"ttl\":3600}"),
            Map.entry("RecordBatch", "{\"records\":[{\"key\":\"batch-{{u}}\",\"value\":{\"n\":1},\"ttl\":3600}]}"),
            Map.entry("TokenRequest", "{\"grant_type\":\"client_credentials\",\"client_id\":\"{{fx:client_id}}\","
                    + "\"client_secret\":\"{{fx:client_secret}}\"}"),
            Map.entry("RevokeRequest", "{\"token\":\"{{fx:access_token}}\",\"client_id\":\"{{fx:client_id}}\","
                    + "\"client_secret\":\"{{fx:client_secret}}\"}"),
            Map.entry("EmailChange", "{\"email\":\"badinput-{{u}}@example.test\"}"),
            Map.entry("NewOAuthClient", "{\"name\":\"badinput-{{u}}\"}"),
            Map.entry("NewInvitation", "{\"email\":\"badinput-{{u}}@example.test\"}"),
            Map.entry("NewInviteLink", "{\"allowed_domains\":[\"example.test\"]}"),
            Map.entry("WorkspaceChange", "{\"name\":\"Badinput {{u}}\"}"),
            // deletes nothing: executions that began before 2000 (every mutation either keeps it harmless or is a 400)
            Map.entry("ExecutionDeletion", "{\"filter\":{\"until\":\"2000-01-01\"}}"),
            Map.entry("NewReplay", "{\"filter\":{\"until\":\"2000-01-01\"}}"),
            Map.entry("AppChange", "{\"name_slug\":\"badinput_{{u}}\",\"auth_type\":\"keys\",\"custom_fields\":"
                    + "[{\"name\":\"api_key\",\"type\":\"password\"}],\"scopes\":[\"read\"],\"categories\":[\"Probe\"]}"),
            Map.entry("NewConnectAccount", "{\"connect_token\":\"{{fx:connect_token}}\",\"app_slug\":\"{{fx:app_slug}}\","
                    + "\"cfmap_json\":\"{\\\"api_key\\\":\\\"k\\\"}\"}"),
            Map.entry("NewAccount", "{\"app\":\"{{fx:app_slug}}\",\"name\":\"badinput-{{u}}\",\"credentials\":{\"api_key\":\"k\"}}"),
            Map.entry("NewAppOAuthClient", "{\"app\":\"{{fx:app_slug}}\",\"client_id\":\"c\",\"client_secret\":\"s\"}"),
            Map.entry("AccountChange", "{\"name\":\"badinput-{{u}}\",\"shared\":true}"), // stays shared: members still see it
            Map.entry("EnvVarChange", "{\"key\":\"BADINPUT_{{U}}\",\"value\":\"v\",\"description\":\"d\",\"secret\":false}"));
    private static final Map<String, String> FORM_BASES = Map.of(
            "TokenRequest", "grant_type=client_credentials&client_id={{fx:client_id}}&client_secret={{fx:client_secret}}",
            "RevokeRequest", "token={{fx:access_token}}&client_id={{fx:client_id}}&client_secret={{fx:client_secret}}");
    private static final String YAML_WORKFLOW = "name: badinput-{{u}}\ntriggers:\n  - type: http\nsteps:\n  - name: a\n"
            + "    code: \"" + BadInputFixtures.OK_STEP.replace("\"", "\\\"") + "\"\n";

    /** An operation of the document. */
    record Op(String method, String path, Operation operation, List<Parameter> params, Map<String, Schema<?>> bodies,
              String bodySchema, boolean secured) {
        String key() {
            return method + " " + path;
        }

        Parameter param(String in, String name) {
            return params.stream().filter(p -> p.getIn().equals(in) && p.getName().equals(name)).findFirst().orElse(null);
        }
    }

    private final OpenAPI doc;
    private final BadInputFixtures fx;
    private final String bearer;

    BadInputProbes(OpenAPI doc, BadInputFixtures fx) {
        this.doc = doc;
        this.fx = fx;
        this.bearer = "Bearer " + fx.apiKey;
    }

    /** Every operation of the document, in its order. */
    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        doc.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, o) -> {
            List<Parameter> params = new ArrayList<>();
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> params.add(resolve(p)));
            }
            if (o.getParameters() != null) {
                o.getParameters().forEach(p -> params.add(resolve(p)));
            }
            Map<String, Schema<?>> bodies = new LinkedHashMap<>();
            String schemaName = null;
            if (o.getRequestBody() != null && o.getRequestBody().getContent() != null) {
                for (Map.Entry<String, MediaType> e : o.getRequestBody().getContent().entrySet()) {
                    Schema<?> s = e.getValue().getSchema();
                    if (schemaName == null && s != null && s.get$ref() != null) {
                        schemaName = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
                    }
                    bodies.put(e.getKey(), schema(s));
                }
            }
            ops.add(new Op(method.name(), path, o, params, bodies, schemaName, o.getSecurity() == null));
        }));
        return ops;
    }

    /** The paths of the document with the methods each declares. */
    Map<String, Set<String>> declaredMethods() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        doc.getPaths().forEach((path, item) -> {
            Set<String> methods = new LinkedHashSet<>();
            item.readOperationsMap().keySet().forEach(m -> methods.add(m.name()));
            out.put(path, methods);
        });
        return out;
    }

    private Parameter resolve(Parameter p) {
        if (p.get$ref() != null) {
            return doc.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
        }
        return p;
    }

    /** A schema with its $ref (and a one-element allOf) followed. */
    Schema<?> schema(Schema<?> s) {
        for (int i = 0; s != null && i < 10; i++) {
            if (s.get$ref() != null) {
                s = doc.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
            } else if (s.getAllOf() != null && s.getAllOf().size() == 1 && s.getProperties() == null) {
                s = s.getAllOf().get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------ baseline

    BadInputProbe baseline(Op op) {
        BadInputProbe p = new BadInputProbe(op.key(), "baseline", op.method(), op.path());
        if (op.secured()) {
            p.header("Authorization", bearer);
        }
        for (Parameter q : op.params()) {
            if (q.getIn().equals("query") && (Boolean.TRUE.equals(q.getRequired()) || FIXTURE_QUERY.contains(q.getName()))) {
                p.query.add(new String[] {q.getName(), null});
            }
        }
        if (op.bodies().containsKey(JSON)) {
            p.text(JSON, jsonBase(op));
        } else if (op.bodies().containsKey(FORM)) {
            p.text(FORM, FORM_BASES.getOrDefault(op.bodySchema(), "a=b"));
        } else if (op.method().equals("POST") || op.method().equals("PUT") || op.method().equals("PATCH")) {
            p.bytes = new byte[0];
        }
        return p;
    }

    private String jsonBase(Op op) {
        String known = op.bodySchema() == null ? null : BASES.get(op.bodySchema());
        if (known != null && op.path().startsWith("/v1/connect/") && op.path().contains("/triggers/")) {
            // the Connect bodies name an action; the trigger operations take the registry's HTTP source
            known = known.replace("\"return-http-response\"", "\"http-new-requests\"")
                    .replace("\"prop_name\":\"status\"", "\"prop_name\":\"resStatusCode\"");
        }
        return known != null ? known : sample(op.bodies().get(JSON), 0).toString();
    }

    /** A value for a schema without a known base: its required properties, strings unique. */
    private JsonValue sample(Schema<?> given, int depth) {
        Schema<?> s = schema(given);
        String type = s == null ? null : s.getType();
        if (s != null && s.getEnum() != null && !s.getEnum().isEmpty()) {
            return Json.createValue(String.valueOf(s.getEnum().get(0)));
        }
        if (s == null || depth > 4) {
            return Json.createValue("badinput-{{u}}");
        }
        if ("object".equals(type) || s.getProperties() != null) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (s.getProperties() != null) {
                s.getProperties().forEach((name, v) -> {
                    if (s.getRequired() != null && s.getRequired().contains(name)) {
                        o.add(name, sample(v, depth + 1));
                    }
                });
            }
            return o.build();
        }
        return switch (type == null ? "string" : type) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> Json.createArrayBuilder().add(sample(s.getItems(), depth + 1)).build();
            default -> Json.createValue("badinput-{{u}}");
        };
    }

    // ------------------------------------------------------------------------------------------ mutations

    /** The baseline and every mutation of one operation. */
    List<BadInputProbe> probes(Op op, boolean sampleAuth) {
        BadInputProbe base = baseline(op);
        List<BadInputProbe> out = new ArrayList<>();
        out.add(base);
        pathMutations(op, base, out);
        queryMutations(op, base, out);
        headerMutations(op, base, sampleAuth, out);
        bodyMutations(op, base, out);
        if (op.bodies().containsKey(JSON)) {
            fieldMutations(op, base, out);
        }
        if (op.bodies().containsKey(YAML)) {
            yamlMutations(base, out);
        }
        if (op.bodies().containsKey(FORM)) {
            formMutations(op, base, out);
        }
        return out;
    }

    private void pathMutations(Op op, BadInputProbe base, List<BadInputProbe> out) {
        for (Parameter p : op.params()) {
            if (!p.getIn().equals("path")) {
                continue;
            }
            Schema<?> s = schema(p.getSchema());
            Map<String, String> values = new LinkedHashMap<>();
            if (s != null && s.getEnum() != null) {
                String first = String.valueOf(s.getEnum().get(0));
                values.put("value not in the enum", "bogus");
                values.put("enum value in upper case", encode(first.toUpperCase()));
                values.put("enum value encoded twice", encode(encode(first)));
            } else {
                values.put("unknown id", "zz_nosuch0");
            }
            if (s != null && "integer".equals(s.getType())) {
                values.put("not a number", "abc");
                values.put("negative", "-1");
                values.put("zero", "0");
                values.put("over a long", "99999999999999999999");
                values.put("fraction", "1.5");
                values.put("exponent", "1e3");
            }
            values.put("%2F inside", "a%2Fb");
            values.put("%2F alone", "%2F");
            values.put("..", "..");
            values.put("%2E%2E", "%2E%2E");
            values.put(".", ".");
            values.put("8 KB", LONG_8K);
            values.put("64 KB", "a".repeat(65536));
            values.put("NUL", "a%00b");
            values.put("lone surrogate (CESU bytes)", "%ED%A0%80");
            values.put("overlong UTF-8 dots", "%C0%AE%C0%AE");
            values.put("invalid UTF-8", "%FF%FE");
            values.put("bidi override", "%E2%80%AEabc");
            values.put("bare %", "%");
            values.put("%zz", "%zz");
            values.put("%25", "%25");
            values.put("space", "%20");
            values.put("semicolon", "a;b=c");
            values.put("backslashes", "..%5C..%5C");
            for (Map.Entry<String, String> v : values.entrySet()) {
                BadInputProbe m = base.with("path {" + p.getName() + "}: " + v.getKey());
                m.path = m.path.replace("{" + p.getName() + "}", v.getValue());
                out.add(m);
            }
        }
        String path = base.path;
        addPath(out, base, "path: trailing slash", path + "/");
        addPath(out, base, "path: double slash", path.replaceFirst("^/(\\w+)/", "/$1//"));
        addPath(out, base, "path: dot segment", path.replaceFirst("^/(\\w+)/", "/$1/./"));
        addPath(out, base, "path: dot-dot segment", path.replaceFirst("^/(\\w+)/", "/$1/x/../"));
        addPath(out, base, "path: %2F for a slash", path.replaceFirst("^/(\\w+)/", "/$1%2F"));
        addPath(out, base, "path: matrix parameter", path + ";jsessionid=abc");
        addPath(out, base, "path: upper case", path.replaceFirst("^/(\\w+)", "/" + path.split("/")[1].toUpperCase()));
    }

    private static void addPath(List<BadInputProbe> out, BadInputProbe base, String label, String path) {
        if (path.equals(base.path)) {
            return;
        }
        BadInputProbe m = base.with(label);
        m.path = path;
        out.add(m);
    }

    private void queryMutations(Op op, BadInputProbe base, List<BadInputProbe> out) {
        for (Parameter p : op.params()) {
            if (!p.getIn().equals("query")) {
                continue;
            }
            Schema<?> s = schema(p.getSchema());
            String type = s == null || s.getType() == null ? "string" : s.getType();
            Map<String, String> values = new LinkedHashMap<>();
            if (type.equals("integer") || type.equals("number")) {
                values.put("-1", "-1");
                values.put("0", "0");
                values.put("10^12", "1000000000000");
                values.put("empty", "");
                values.put("not a number", "abc");
                values.put("fraction", "1.5");
                values.put("over a long", "99999999999999999999");
                values.put("leading space", "%201");
                values.put("exponent", "1e3");
                values.put("hex", "0x10");
                values.put("plus sign", "%2B5");
            } else {
                values.put("empty", "");
                values.put("8 KB", LONG_8K);
            }
            if (type.equals("array")) {
                values.put("unknown item", "bogus");
                values.put("repeated item", "event%2Cevent");
                values.put("only a comma", "%2C");
            }
            if (CURSORS.contains(p.getName())) {
                values.put("bad cursor", "bogus");
                values.put("negative cursor", "-1");
                values.put("zero cursor", "0-0");
                values.put("huge cursor", "99999999999999999999-99999999999");
                values.put("base64 junk cursor", "AAAA%3D%3D");
                values.put("SQL in cursor", "%27%20OR%20%271%27%3D%271");
                values.put("an id of another kind", encode(fx.workflow.getString("id")));
            }
            values.put("NUL", "a%00b");
            values.put("lone surrogate (CESU bytes)", "%ED%A0%80");
            values.put("%zz", "%zz");
            if (COMMON.contains(p.getName())) {
                // the common parameters are read by one filter for every operation: the gist of the list
                values.keySet().retainAll(Set.of("empty", "8 KB", "NUL", "lone surrogate (CESU bytes)", "%zz"));
            } else {
                values.put("overlong NUL", "%C0%80");
                values.put("invalid UTF-8", "%FF");
                values.put("bidi override", "%E2%80%AE");
                values.put("bare %", "%");
                values.put("%%", "%%");
            }
            for (Map.Entry<String, String> v : values.entrySet()) {
                if (unsafe(p.getName(), v.getValue())) {
                    continue;
                }
                out.add(base.with("query " + p.getName() + ": " + v.getKey()).query(p.getName(), v.getValue()));
            }
            if (base.query.stream().anyMatch(q -> p.getName().equals(q[0]))) {
                out.add(base.with("query " + p.getName() + ": missing").query(p.getName(), null));
            }
            out.add(base.with("query " + p.getName() + ": repeated").rawQuery(p.getName() + "=1").rawQuery(p.getName() + "=2"));
        }
        if (op.param("query", "after") != null && op.param("query", "before") != null) {
            out.add(base.with("query: both after and before").query("after", "zz").query("before", "zz"));
        }
        out.add(base.with("query: unknown parameter").query("colour", "red"));
        out.add(base.with("query: bare %").rawQuery("x=%"));
        out.add(base.with("query: %zz").rawQuery("x=%zz"));
        out.add(base.with("query: % as a name").rawQuery("%=1"));
        out.add(base.with("query: lone surrogate (CESU bytes)").rawQuery("x=%ED%A0%80"));
        out.add(base.with("query: only =").rawQuery("="));
        out.add(base.with("query: only &").rawQuery("&&&"));
        out.add(base.with("query: name without value").rawQuery("x"));
        out.add(base.with("query: 64 KB").rawQuery("x=" + "a".repeat(65536)));
    }

    /** Values that must not reach an operation that acts on the whole server (a purge of recent executions). */
    private static boolean unsafe(String param, String value) {
        if (!param.equals("retention_days")) {
            return false;
        }
        try {
            return Integer.parseInt(java.net.URLDecoder.decode(value, StandardCharsets.ISO_8859_1).trim()) >= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void headerMutations(Op op, BadInputProbe base, boolean sampleAuth, List<BadInputProbe> out) {
        if (op.secured()) {
            out.add(base.with("auth: no Authorization").header("Authorization", null));
            if (sampleAuth) {
                out.add(base.with("auth: unknown key").header("Authorization", "Bearer nosuchkey0123456789"));
                out.add(base.with("auth: Basic").header("Authorization", "Basic Zm9vOmJhcg=="));
                out.add(base.with("auth: empty Bearer").header("Authorization", "Bearer "));
                out.add(base.with("auth: 8 KB key").header("Authorization", "Bearer " + LONG_8K));
                BadInputProbe high = base.with("auth: key with bytes over 0x7F").header("Authorization", "Bearer \u00ff\u00fe");
                high.raw = true;
                out.add(high);
            }
        }
        out.add(base.with("accept: text/html").header("Accept", "text/html"));
        out.add(base.with("accept: not a media type").header("Accept", ";;;"));
        for (Parameter p : op.params()) {
            if (p.getIn().equals("header")) {
                String n = p.getName();
                out.add(base.with("header " + n + ": bogus").header(n, "bogus"));
                out.add(base.with("header " + n + ": -1").header(n, "-1"));
                out.add(base.with("header " + n + ": huge").header(n, "99999999999999999999-99999999999"));
                out.add(base.with("header " + n + ": 8 KB").header(n, LONG_8K));
                BadInputProbe high = base.with("header " + n + ": bytes over 0x7F").header(n, "\u00ff\u00fe");
                high.raw = true;
                out.add(high);
            }
        }
    }

    private void bodyMutations(Op op, BadInputProbe base, List<BadInputProbe> out) {
        boolean json = op.bodies().containsKey(JSON);
        String valid = json ? base.text : "{}";
        String field = json ? firstField(valid) : "name";
        // every operation: a JSON body it may not expect, and the content types around it
        out.add(base.with("body: malformed JSON").text(JSON, "{\"" + field + "\": "));
        out.add(base.with("content-type: missing").text(null, valid));
        out.add(base.with("content-type: text/plain").text("text/plain", valid));
        out.add(base.with("content-type: charset=bogus-xx").text("application/json; charset=bogus-xx", valid));
        out.add(oversized(base.with("body: 4 MB streamed with Content-Length"), JSON, field, false));
        if (!json) {
            return;
        }
        out.add(oversized(base.with("body: 4 MB streamed chunked"), JSON, field, true));
        out.add(base.with("body: trailing comma").text(JSON, valid.substring(0, valid.length() - 1) + ",}"));
        out.add(base.with("body: not JSON").text(JSON, "not json"));
        out.add(base.with("body: two documents").text(JSON, valid + valid));
        out.add(base.with("body: single quotes").text(JSON, "{'" + field + "': 'x'}"));
        out.add(base.with("body: empty").text(JSON, ""));
        out.add(base.with("body: whitespace").text(JSON, "   "));
        out.add(base.with("body: empty array").text(JSON, "[]"));
        out.add(base.with("body: array of the object").text(JSON, "[" + valid + "]"));
        out.add(base.with("body: string").text(JSON, "\"x\""));
        out.add(base.with("body: number").text(JSON, "42"));
        out.add(base.with("body: null").text(JSON, "null"));
        out.add(base.with("body: true").text(JSON, "true"));
        out.add(base.with("body: empty object").text(JSON, "{}"));
        out.add(base.with("body: byte order mark").bytes(JSON, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(fill(valid)))));
        out.add(base.with("body: NUL byte outside a string").bytes(JSON, utf8("{\u0000\"" + field + "\":\"x\"}")));
        out.add(base.with("body: raw NUL byte in a string").bytes(JSON, utf8("{\"" + field + "\":\"a\u0000b\"}")));
        out.add(base.with("body: invalid UTF-8").bytes(JSON, concat(utf8("{\"" + field + "\":\""),
                new byte[] {(byte) 0xC3, 0x28}, utf8("\"}"))));
        out.add(base.with("body: surrogate as CESU bytes").bytes(JSON, concat(utf8("{\"" + field + "\":\""),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}"))));
        out.add(base.with("body: overlong NUL").bytes(JSON, concat(utf8("{\"" + field + "\":\""),
                new byte[] {(byte) 0xC0, (byte) 0x80}, utf8("\"}"))));
        out.add(base.with("body: UTF-16 without charset").bytes(JSON, fill(valid).getBytes(StandardCharsets.UTF_16)));
        out.add(base.with("body: UTF-16 with its charset").bytes("application/json; charset=utf-16",
                fill(valid).getBytes(StandardCharsets.UTF_16)));
        out.add(base.with("body: duplicate key").text(JSON, "{\"" + field + "\":\"first\"," + valid.substring(1)));
        out.add(base.with("body: 100,000 unclosed [").text(JSON, "[".repeat(100_000)));
        out.add(base.with("body: 50,000 unclosed objects").text(JSON, "{\"a\":".repeat(50_000)));
        out.add(base.with("body: 5,000 nested arrays").text(JSON, "{\"" + field + "\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        out.add(base.with("body: huge exponent").text(JSON, "{\"" + field + "\":1e999999999}"));
        out.add(base.with("body: 1 MB key").text(JSON, "{\"" + "k".repeat(ONE_MB) + "\":1}"));
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        out.add(base.with("body: 20,000 keys").text(JSON, keys.append('}').toString()));
        out.add(base.with("body: unknown field").text(JSON, "{\"colour\":\"red\"," + valid.substring(1)));
        out.add(base.with("body: include not a string").text(JSON, "{\"include\":1," + valid.substring(1)));
        out.add(base.with("body: org_id of no workspace").text(JSON, "{\"org_id\":\"o_nosuch00\"," + valid.substring(1)));
        for (String type : List.of("application/xml", "application/octet-stream", FORM, "multipart/form-data; boundary=x",
                "application/json; charset=utf-16", "application/json; charset=\"utf-8\"", "application/json; charset=latin1",
                "*/*", "application/*", "application/merge-patch+json", "text/json", "application/json; boundary=x",
                "application/json; x=" + LONG_8K, "application/json;;", "application/json; charset=")) {
            out.add(base.with("content-type: " + (type.length() > 60 ? type.substring(0, 40) + "…" : type)).text(type, valid));
        }
        if (!op.bodies().containsKey(YAML)) {
            out.add(base.with("content-type: application/yaml").text(YAML, "name: x\n"));
        }
    }

    private void yamlMutations(BadInputProbe base, List<BadInputProbe> out) {
        String valid = YAML_WORKFLOW;
        out.add(base.with("yaml: valid").text(YAML, valid));
        out.add(base.with("yaml: malformed").text(YAML, "name: [unclosed\n"));
        out.add(base.with("yaml: tab indentation").text(YAML, "name: x\n\tsteps: 1\n"));
        out.add(base.with("yaml: 2,000 nested [").text(YAML, "name: " + "[".repeat(2000) + "]".repeat(2000) + "\n"));
        out.add(base.with("yaml: 10,000 nested {").text(YAML, "name: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"));
        out.add(base.with("yaml: 100,000 unclosed [").text(YAML, "[".repeat(100_000)));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            block.append("  ".repeat(i)).append("a:\n");
        }
        out.add(base.with("yaml: 300 nested blocks").text(YAML, block.toString()));
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(prev);
            for (int i = 0; i < 8; i++) {
                laughs.append(",*").append(prev);
            }
            laughs.append("]\n");
        }
        out.add(base.with("yaml: alias bomb").text(YAML, laughs.toString()));
        out.add(base.with("yaml: unknown tag").text(YAML, "name: !custom x\n"));
        out.add(base.with("yaml: binary tag").text(YAML, "name: !!binary AAAA\n"));
        out.add(base.with("yaml: a scalar").text(YAML, "just text\n"));
        out.add(base.with("yaml: a list").text(YAML, "- a\n- b\n"));
        out.add(base.with("yaml: NUL").text(YAML, "name: a\u0000b\n"));
        out.add(base.with("yaml: escaped NUL").text(YAML, "name: \"a\\0b\"\n"));
        out.add(base.with("yaml: lone surrogate escape").text(YAML, "name: \"\\ud800\"\n"));
        out.add(base.with("yaml: duplicate keys").text(YAML, "name: a\nname: b\n"));
        out.add(base.with("yaml: 1 MB scalar").text(YAML, "name: " + "a".repeat(ONE_MB) + "\n"));
        out.add(base.with("yaml: huge number").text(YAML, valid + "settings:\n  timeout_seconds: 1e400\n"));
        out.add(base.with("yaml: huge integer").text(YAML, valid + "settings:\n  timeout_seconds: 99999999999999999999999\n"));
        out.add(base.with("yaml: empty").text(YAML, ""));
        out.add(base.with("yaml: document markers only").text(YAML, "---\n---\n"));
        out.add(base.with("yaml: two documents").text(YAML, valid + "---\n" + valid));
        out.add(base.with("yaml: charset=bogus-xx").text("application/yaml; charset=bogus-xx", valid));
        out.add(base.with("yaml: invalid UTF-8").bytes(YAML, concat(utf8("name: "), new byte[] {(byte) 0xC3, 0x28}, utf8("\n"))));
        out.add(oversized(base.with("yaml: 4 MB streamed"), YAML, "name", false));
    }

    private void formMutations(Op op, BadInputProbe base, List<BadInputProbe> out) {
        String valid = FORM_BASES.getOrDefault(op.bodySchema(), "a=b");
        String first = valid.substring(0, valid.indexOf('='));
        out.add(base.with("form: valid").text(FORM, valid));
        out.add(base.with("form: bare %").text(FORM, valid + "&x=%"));
        out.add(base.with("form: %zz").text(FORM, valid.replaceFirst("=", "=%zz")));
        out.add(base.with("form: empty").text(FORM, ""));
        out.add(base.with("form: only &").text(FORM, "&&&"));
        out.add(base.with("form: only =").text(FORM, "="));
        out.add(base.with("form: name without value").text(FORM, first));
        out.add(base.with("form: NUL").text(FORM, valid.replaceFirst("=", "=a%00b")));
        out.add(base.with("form: lone surrogate (CESU bytes)").text(FORM, valid.replaceFirst("=", "=%ED%A0%80")));
        out.add(base.with("form: 1 MB value").text(FORM, valid + "&" + first + "=" + "a".repeat(ONE_MB)));
        out.add(base.with("form: repeated field").text(FORM, valid + "&" + first + "=other"));
        out.add(base.with("form: charset=bogus-xx").text(FORM + "; charset=bogus-xx", valid));
        out.add(base.with("form: JSON body").text(FORM, "{\"a\":1}"));
        out.add(base.with("form: raw bytes over 0x7F").bytes(FORM, concat(utf8(first + "="), new byte[] {(byte) 0xFF, (byte) 0xFE})));
        out.add(oversized(base.with("form: 4 MB streamed"), FORM, first, false));
    }

    /** The JSON body's fields (to depth 3), each with wrong types, sizes, NUL, lone surrogates and huge numbers. */
    private void fieldMutations(Op op, BadInputProbe base, List<BadInputProbe> out) {
        JsonValue root = parse(base.text);
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        List<Field> fields = new ArrayList<>();
        fields(op.bodies().get(JSON), root, new ArrayList<>(), 0, fields);
        for (Field f : fields) {
            for (Map.Entry<String, String> m : fieldValues(f).entrySet()) {
                String text = m.getValue() == null ? remove(root, f.path()) : replace(root, f.path(), m.getValue());
                out.add(base.with("field " + f.name() + ": " + m.getKey()).text(JSON, text));
            }
            out.add(base.with("field " + f.name() + ": raw NUL byte").bytes(JSON,
                    utf8(fill(replace(root, f.path(), "\"a\u0000b\"")))));
        }
    }

    /** A field of a body: its path (names and indexes), its type and its value in the base body (or null). */
    record Field(List<Object> path, String type, JsonValue base) {
        String name() {
            StringBuilder b = new StringBuilder();
            for (Object p : path) {
                b.append(p instanceof Integer ? "[" + p + "]" : (b.length() == 0 ? "" : ".") + p);
            }
            return b.toString();
        }
    }

    private void fields(Schema<?> schema, JsonValue base, List<Object> path, int depth, List<Field> out) {
        schema = schema(schema);
        Set<String> names = new LinkedHashSet<>();
        if (base instanceof JsonObject o) {
            names.addAll(o.keySet());
        }
        if (schema != null && schema.getProperties() != null) {
            names.addAll(schema.getProperties().keySet());
        }
        for (String name : names) {
            Schema<?> ps = schema == null || schema.getProperties() == null ? null : schema(schema.getProperties().get(name));
            JsonValue bv = base instanceof JsonObject o ? o.get(name) : null;
            List<Object> p = new ArrayList<>(path);
            p.add(name);
            out.add(new Field(p, type(ps, bv), bv));
            if (depth >= 2 || bv == null) {
                continue;
            }
            if (bv.getValueType() == JsonValue.ValueType.OBJECT && !bv.asJsonObject().isEmpty()) {
                fields(ps, bv, p, depth + 1, out);
            } else if (bv.getValueType() == JsonValue.ValueType.ARRAY && !bv.asJsonArray().isEmpty()
                    && bv.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT) {
                List<Object> first = new ArrayList<>(p);
                first.add(0);
                fields(ps == null ? null : ps.getItems(), bv.asJsonArray().get(0), first, depth + 1, out);
            }
        }
    }

    private static String type(Schema<?> s, JsonValue base) {
        if (s != null && s.getType() != null) {
            return s.getType();
        }
        if (base == null) {
            return "any";
        }
        return switch (base.getValueType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "any";
        };
    }

    /** label → raw JSON text for the field (null: the field left out). */
    private Map<String, String> fieldValues(Field f) {
        Map<String, String> v = new LinkedHashMap<>();
        if (f.base() != null) {
            v.put("left out", null);
        }
        v.put("null", "null");
        switch (f.type()) {
            case "string" -> {
                v.put("a number", "12345");
                v.put("true", "true");
                v.put("an object", "{}");
                v.put("an array", "[]");
                v.put("empty", "\"\"");
                v.put("blank", "\"   \"");
            }
            case "integer", "number" -> {
                v.put("a string", "\"12\"");
                v.put("text", "\"abc\"");
                v.put("true", "true");
                v.put("an object", "{}");
                v.put("an array", "[]");
                v.put("-1", "-1");
                v.put("0", "0");
                v.put("fraction", "1.5");
                v.put("2^31", "2147483648");
                v.put("2^63", "9223372036854775808");
                v.put("2^64+1", "18446744073709551617");
                v.put("60 digits", "123456789012345678901234567890123456789012345678901234567890");
                v.put("-1e400", "-1e400");
                v.put("1e-400", "1e-400");
                v.put("exponent over an int", "1e2147483648");
                v.put("-0", "-0");
            }
            case "boolean" -> {
                v.put("a string", "\"true\"");
                v.put("1", "1");
                v.put("an object", "{}");
            }
            case "array" -> {
                v.put("an object", "{}");
                v.put("a string", "\"x\"");
                v.put("a number", "1");
                v.put("[null]", "[null]");
                v.put("[1]", "[1]");
                v.put("[[]]", "[[]]");
                if (f.base() != null && f.base().getValueType() == JsonValue.ValueType.ARRAY && !f.base().asJsonArray().isEmpty()) {
                    String item = f.base().asJsonArray().get(0).toString();
                    v.put("1,001 items", "[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]");
                }
            }
            case "object" -> {
                v.put("an array", "[]");
                v.put("a string", "\"x\"");
                v.put("a number", "1");
                v.put("an empty key", "{\"\":null}");
                v.put("3,000 levels deep", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
            }
            default -> v.put("3,000 levels deep", "[".repeat(3000) + "]".repeat(3000));
        }
        v.put("1 MB string", "\"" + "a".repeat(ONE_MB) + "\"");
        v.put("NUL", "\"a\\u0000b\"");
        v.put("lone surrogate \\ud800", "\"\\ud800\"");
        v.put("lone low surrogate", "\"x\\udc00y\"");
        v.put("reversed pair", "\"\\udc00\\ud800\"");
        v.put("bidi override", "\"\\u202egnp.exe\"");
        v.put("1e400", "1e400");
        return v;
    }

    // ------------------------------------------------------------------------------------------ other requests

    /** The methods each path does not declare, with a JSON body for those that usually have one. */
    List<BadInputProbe> wrongMethods(String path, Set<String> declared) {
        List<BadInputProbe> out = new ArrayList<>();
        for (String m : METHODS) {
            if (declared.contains(m) || m.equals("HEAD") && declared.contains("GET")) {
                continue;
            }
            BadInputProbe p = new BadInputProbe(m + " " + path, "method not declared", m, path);
            p.valuesOf = "GET " + path;
            p.header("Authorization", bearer);
            if (m.equals("POST") || m.equals("PUT") || m.equals("PATCH")) {
                p.text(JSON, "{}");
            }
            out.add(p);
        }
        return out;
    }

    /** Requests outside /openapi: the trigger endpoint of a workflow, health, metrics and unknown paths. */
    List<BadInputProbe> extras() {
        List<BadInputProbe> out = new ArrayList<>();
        String key = fx.triggerKey();
        String op = "ANY /e/{key}";
        for (String m : METHODS) {
            BadInputProbe p = new BadInputProbe(op, "method " + m, m, "/e/" + key);
            if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS") && !m.equals("TRACE")) {
                p.text(JSON, "{\"a\":1}");
            }
            out.add(p);
        }
        BadInputProbe post = new BadInputProbe(op, "baseline POST", "POST", "/e/" + key).text(JSON, "{\"a\":1}");
        out.add(post.with("query: bare %").rawQuery("x=%"));
        out.add(post.with("query: %zz").rawQuery("x=%zz"));
        out.add(post.with("query: lone surrogate (CESU bytes)").rawQuery("x=%ED%A0%80"));
        out.add(post.with("query: 64 KB").rawQuery("x=" + "a".repeat(65536)));
        BadInputProbe sub = post.with("sub-path with %2F");
        sub.path = "/e/" + key + "/a%2Fb";
        out.add(sub);
        BadInputProbe dots = post.with("sub-path ..%2F..");
        dots.path = "/e/" + key + "/..%2F..%2Fv1%2Fusers%2Fme";
        out.add(dots);
        for (String[] k : new String[][] {{"unknown key", "zznosuchkey"}, {"NUL in key", "a%00b"}, {"8 KB key", LONG_8K},
                {"%2F key", "%2F"}, {"bare % key", "%"}, {"lone surrogate key", "%ED%A0%80"}}) {
            BadInputProbe p = post.with(k[0]);
            p.path = "/e/" + k[1];
            out.add(p);
        }
        out.add(post.with("content-type: charset=bogus-xx").text("application/json; charset=bogus-xx", "{\"a\":1}"));
        out.add(post.with("content-type: not a media type").text(";;;", "{\"a\":1}"));
        out.add(post.with("content-type: form with bare %").text(FORM, "a=%"));
        out.add(post.with("content-type: form with charset=bogus-xx").text(FORM + "; charset=bogus-xx", "a=b"));
        out.add(post.with("content-type: multipart without boundary").text("multipart/form-data", "--x\r\n"));
        out.add(post.with("body: malformed JSON").text(JSON, "{\"a\": "));
        out.add(post.with("body: invalid UTF-8").bytes(JSON, concat(utf8("{\"a\":\""), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}"))));
        out.add(post.with("body: lone surrogate escape").text(JSON, "{\"a\":\"\\ud800\"}"));
        out.add(post.with("body: 100,000 unclosed [").text(JSON, "[".repeat(100_000)));
        out.add(post.with("body: 5,000 nested arrays").text(JSON, "[".repeat(5000) + "]".repeat(5000)));
        out.add(post.with("body: huge exponent").text(JSON, "{\"a\":1e999999999}"));
        out.add(oversized(post.with("body: 4 MB streamed with Content-Length"), JSON, "a", false));
        out.add(oversized(post.with("body: 4 MB streamed chunked"), JSON, "a", true));
        out.add(post.with("header: 8 KB").header("X-Long", LONG_8K));

        for (String path : List.of("/health", "/health/ready", "/health/live", "/metrics", "/openapi", "/ping")) {
            BadInputProbe p = new BadInputProbe("GET " + path, "baseline", "GET", path);
            if (path.equals("/metrics") || path.equals("/openapi")) {
                p.header("Authorization", bearer); // an admin's key: both need one (docs/api.md)
            }
            out.add(p);
            out.add(p.with("query: bare %").rawQuery("x=%"));
            out.add(p.with("query: %zz").rawQuery("x=%zz"));
            out.add(p.with("query: format=bogus").query("format", "bogus"));
            addPath(out, p, "path: /%2F appended", path + "/%2F");
            addPath(out, p, "path: /.. appended", path + "/..");
            addPath(out, p, "path: bare % appended", path + "/%");
            out.add(p.with("accept: text/html").header("Accept", "text/html"));
            BadInputProbe post1 = p.with("method POST").text(JSON, "{}");
            post1.method = "POST";
            out.add(post1);
            BadInputProbe post2 = p.with("method POST, charset=bogus-xx").text("application/json; charset=bogus-xx", "{}");
            post2.method = "POST";
            out.add(post2);
        }
        for (String path : List.of("/", "/v1", "/v1/", "/v1/nothing", "/v1/%2F", "/%2F", "/%", "/v1/%zz", "/v1/workflows%2F",
                "/v1//workflows", "/e", "/e/", "/..%2F..%2Fetc%2Fpasswd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
                "/v1/workflows/../users/me", "/v1/users/me/..%2F..%2Fadmin%2Fusers", "/%ED%A0%80",
                "/v1/workflows;a=b", "/sources/", "/flow/", "/" + "a".repeat(65536))) {
            BadInputProbe p = new BadInputProbe("GET <unknown path>", path.length() > 80 ? "/a… (64 KB)" : path, "GET", path);
            p.header("Authorization", bearer);
            out.add(p);
        }
        return out;
    }

    private static BadInputProbe oversized(BadInputProbe p, String type, String field, boolean chunked) {
        p.header("Content-Type", type);
        p.text = null;
        byte filler = 'a';
        if (type.equals(YAML)) {
            p.bytes = utf8(field + ": ");
            p.tail = utf8("\n");
        } else if (type.equals(FORM)) {
            p.bytes = utf8(field + "=");
            p.tail = new byte[0];
        } else {
            p.bytes = utf8("{\"" + field + "\":\"");
            p.tail = utf8("\"}");
        }
        p.filler = filler;
        p.streamed = OVERSIZED;
        p.chunked = chunked;
        p.raw = true;
        return p;
    }

    // ------------------------------------------------------------------------------------------ sending

    /** The request target (path and query) with the run's values filled in. */
    String target(BadInputProbe p) {
        Matcher m = PLACEHOLDER.matcher(p.path);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(encode(pathValue(p.valuesOf, m.group(1)))));
        }
        m.appendTail(path);
        StringBuilder query = new StringBuilder();
        for (String[] q : p.query) {
            String part;
            if (q[0] == null) {
                part = q[1];
            } else if (q[1] == null) {
                String v = fx.value(p.valuesOf, "query", q[0]);
                if (v == null) {
                    continue;
                }
                part = q[0] + "=" + encode(v);
            } else {
                part = q[0] + "=" + q[1];
            }
            query.append(query.length() == 0 ? "?" : "&").append(part);
        }
        return path + query.toString();
    }

    private String pathValue(String op, String name) {
        String v = fx.value(op, "path", name);
        if (v != null) {
            return v;
        }
        String path = op.substring(op.indexOf(' ') + 1);
        for (Map.Entry<String, PathItem> e : doc.getPaths().entrySet()) {
            if (!e.getKey().equals(path)) {
                continue;
            }
            List<Parameter> all = new ArrayList<>();
            if (e.getValue().getParameters() != null) {
                all.addAll(e.getValue().getParameters());
            }
            e.getValue().readOperations().forEach(o -> {
                if (o.getParameters() != null) {
                    all.addAll(o.getParameters());
                }
            });
            for (Parameter p : all) {
                Schema<?> s = schema(resolve(p).getSchema());
                if (resolve(p).getName().equals(name) && s != null && s.getEnum() != null) {
                    return String.valueOf(s.getEnum().get(0));
                }
            }
        }
        return "zz_nofixture0";
    }

    /** The body bytes (null: none) of a probe not streamed. */
    byte[] body(BadInputProbe p) {
        if (p.text != null) {
            return utf8(fill(p.text));
        }
        return p.bytes;
    }

    /** Fills in {{u}}, {{U}} and {{fx:name}}. */
    String fill(String text) {
        if (!text.contains("{{")) {
            return text;
        }
        String u = BadInputFixtures.unique();
        return text.replace("{{u}}", u).replace("{{U}}", u.toUpperCase())
                .replace("{{fx:client_id}}", fx.clientId).replace("{{fx:client_secret}}", fx.clientSecret)
                .replace("{{fx:access_token}}", fx.accessToken).replace("{{fx:component_id}}", fx.componentId)
                .replace("{{fx:app_slug}}", fx.appSlug).replace("{{fx:connect_token}}", fx.connectToken);
    }

    // ------------------------------------------------------------------------------------------ JSON text

    private static JsonValue parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    private static String firstField(String json) {
        JsonValue v = parse(json);
        return v instanceof JsonObject o && !o.isEmpty() ? o.keySet().iterator().next() : "name";
    }

    /** The body with the value at {@code path} replaced by raw JSON text. */
    private static String replace(JsonValue root, List<Object> path, String rawJson) {
        String text = set(root, path, 0, Json.createValue(MARK)).toString();
        return text.replace("\"" + MARK + "\"", rawJson);
    }

    private static String remove(JsonValue root, List<Object> path) {
        return set(root, path, 0, null).toString();
    }

    private static JsonValue set(JsonValue node, List<Object> path, int i, JsonValue value) {
        Object step = path.get(i);
        boolean last = i == path.size() - 1;
        if (step instanceof Integer index) {
            JsonArray a = node.asJsonArray();
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (int k = 0; k < a.size(); k++) {
                if (k != index) {
                    b.add(a.get(k));
                } else if (!last) {
                    b.add(set(a.get(k), path, i + 1, value));
                } else if (value != null) {
                    b.add(value);
                }
            }
            return b.build();
        }
        JsonObject o = node.asJsonObject();
        JsonObjectBuilder b = Json.createObjectBuilder();
        boolean seen = false;
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (!e.getKey().equals(step)) {
                b.add(e.getKey(), e.getValue());
                continue;
            }
            seen = true;
            if (!last) {
                b.add(e.getKey(), set(e.getValue(), path, i + 1, value));
            } else if (value != null) {
                b.add(e.getKey(), value);
            }
        }
        if (!seen && last && value != null) {
            b.add((String) step, value);
        }
        return b.build();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
