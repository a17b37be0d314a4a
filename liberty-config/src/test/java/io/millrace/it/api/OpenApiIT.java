package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.ResourceOperations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /openapi parses without errors, describes every /v1 JAX-RS operation of the
 * deployed code (found by {@link ResourceOperations}, so new resources are covered without listing
 * them) and nothing else, and each has what a generated client needs.
 */
class OpenApiIT {
    private static final String SSE = "text/event-stream";
    /** The file store's operations that answer a file's bytes. */
    private static final Set<String> BINARY = Set.of("GET /v1/projects/{project_id}/files/content", "GET /files/{file_id}");
    /** The file store's operation that takes a file's bytes. */
    private static final Set<String> BINARY_BODY = Set.of("PUT /v1/projects/{project_id}/files/content");
    private static OpenAPI doc;

    @BeforeAll
    static void fetchAndParse() {
        Api api = Api.server();
        Api.Reply reply = api.get("/openapi");
        assertEquals(200, reply.status(), reply.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "parser messages");
        doc = result.getOpenAPI();
        assertNotNull(doc);
        Api.Reply json = api.get("/openapi?format=JSON");
        assertEquals(200, json.status());
        assertTrue(json.body().trim().startsWith("{"), "also served as JSON");
    }

    @Test
    void everyV1OperationOfTheCodeIsDocumentedAndNothingElse() {
        Set<String> code = ResourceOperations.deployed("/v1");
        assertTrue(code.size() > 20, "the scan found the resources: " + code);
        Set<String> documented = new TreeSet<>(operations().keySet());
        documented.removeIf(op -> !op.contains(" /v1/"));
        Set<String> missing = new TreeSet<>(code);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "operations in the code but not in /openapi");
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(code);
        assertEquals(Set.of(), extra, "operations in /openapi but not in the code");
    }

    @Test
    void everyOperationHasAUniqueIdA2xxAnswerAndSchemasForItsJson() {
        Set<String> ids = new HashSet<>();
        Map<String, Boolean> takesBody = ResourceOperations.deployedWithBodies("/v1");
        assertTrue(takesBody.get("POST /v1/workflows"), "the scan sees a body parameter");
        assertFalse(takesBody.get("POST /v1/executions/{id}/rerun"), "and its absence");
        Map<String, Set<String>> produces = ResourceOperations.deployedProducing("/");
        assertEquals(Set.of(SSE), produces.get("GET /v1/sources/{id}/sse"), "the scan sees what a method produces");
        operations().forEach((name, op) -> {
            assertNotNull(op.getOperationId(), name + " has an operationId");
            assertTrue(ids.add(op.getOperationId()), "operationId " + op.getOperationId() + " is unique");
            assertNotNull(op.getSummary(), name + " has a summary");
            Map.Entry<String, ApiResponse> ok = op.getResponses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2")).findFirst().orElseThrow(() -> new AssertionError(name + " has no 2xx"));
            boolean noBody = ok.getValue().getContent() == null || ok.getValue().getContent().isEmpty();
            if (produces.getOrDefault(name, Set.of()).contains(SSE)) {
                // A Server-Sent Events stream: a 200 of text/event-stream (OpenAPI 3.0 cannot give its
                // messages a JSON schema; the string schema's description says what they hold).
                assertEquals("200", ok.getKey(), name + " answers its stream with 200");
                MediaType stream = noBody ? null : ok.getValue().getContent().get(SSE);
                assertNotNull(stream, name + " answers " + SSE);
                assertNotNull(stream.getSchema(), name + " has a schema for its stream");
                assertNotNull(stream.getSchema().getDescription(), name + " describes its stream's messages");
            } else if (BINARY.contains(name)) {
                // A file's bytes: documented as application/octet-stream with a binary string schema.
                assertNotNull(ok.getValue().getContent().get("application/octet-stream"), name + " answers bytes");
            } else if (!(noBody && (ok.getKey().equals("204") || ok.getKey().equals("202"))) && !name.equals("GET /ping")) {
                // Only a 204, or a 202 documented without content (an accepted request answered without a
                // body), has no body; every other 2xx is JSON with a schema.
                MediaType json = ok.getValue().getContent() == null ? null
                        : ok.getValue().getContent().get("application/json");
                assertNotNull(json, name + " answers application/json");
                assertNotNull(json.getSchema(), name + " has a response schema");
            }
            if (takesBody.getOrDefault(name, false) && BINARY_BODY.contains(name)) {
                assertNotNull(op.getRequestBody().getContent().get("application/octet-stream"), name + " takes bytes");
            } else if (takesBody.getOrDefault(name, false)) {
                assertNotNull(op.getRequestBody(), name + " documents its request body");
                MediaType json = op.getRequestBody().getContent().get("application/json");
                assertNotNull(json, name + " takes JSON");
                assertNotNull(json.getSchema(), name + " has a request-body schema");
            }
        });
    }

    @Test
    void theBearerSchemeCoversEverythingButTheTokenEndpointsTheFlowUrlsPingTheLoginMethodsAndTheAccountCallback() {
        SecurityScheme bearer = doc.getComponents().getSecuritySchemes().get("bearer");
        assertNotNull(bearer, "a bearer scheme");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertEquals(List.of("bearer"), doc.getSecurity().stream().flatMap(r -> r.keySet().stream()).toList());
        operations().forEach((name, op) -> {
            // The resume and cancel URLs of $.flow.delay carry their own secret (token=).
            boolean open = name.equals("POST /v1/oauth/token") || name.equals("POST /v1/oauth/revoke")
                    || name.equals("GET /ping") || name.equals("GET /login/methods") || name.equals("GET /flow/{id}/{action}")
                    || name.equals("POST /flow/{id}/{action}") || name.equals("GET /files/{file_id}")
                    || name.equals("GET /v1/accounts/oauth/callback"); // its single-use state is the secret
            if (open) {
                assertEquals(List.of(), op.getSecurity(), name + " needs no Bearer");
            } else {
                assertTrue(op.getSecurity() == null, name + " uses the document's Bearer requirement");
            }
        });
    }

    @Test
    void theMainShapesAreDescribedFieldByField() {
        assertFields("Workspace", "id", "orgname", "name", "email", "daily_credits_quota", "daily_credits_used");
        assertFields("User", "id", "username", "email", "admin", "daily_invocations_used", "orgs");
        assertFields("PageInfo", "total_count", "count", "start_cursor", "end_cursor");
        assertFields("AccessToken", "access_token", "token_type", "expires_in", "created_at");
        assertFields("Workflow", "id", "name", "active", "org_id", "project_id", "triggers", "steps", "created_at");
        assertFields("WorkflowList", "page_info", "data");
        assertFields("Error", "error");
        Operation list = operations().get("GET /v1/workflows");
        Set<String> params = new HashSet<>();
        list.getParameters().forEach(p -> params.add(p.getName()));
        assertTrue(params.containsAll(Set.of("limit", "after", "before", "include", "exclude", "org_id")), params.toString());
        assertEquals("integer", list.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst()
                .orElseThrow().getSchema().getType());
    }

    private static void assertFields(String schema, String... fields) {
        var s = doc.getComponents().getSchemas().get(schema);
        assertNotNull(s, "schema " + schema);
        assertNotNull(s.getProperties(), schema + " has properties");
        for (String f : fields) {
            assertTrue(s.getProperties().containsKey(f), schema + "." + f + " in " + s.getProperties().keySet());
        }
        assertFalse(s.getProperties().isEmpty());
    }

    @Test
    void everyPathParameterIsDefinedInEachOperationOfItsPath() {
        Map<String, String> undefined = new TreeMap<>();
        Pattern template = Pattern.compile("\\{([^}]+)}");
        doc.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Set<String> defined = new TreeSet<>();
            for (List<Parameter> params : Arrays.asList(item.getParameters(), op.getParameters())) {
                if (params != null) {
                    params.stream().filter(p -> "path".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                            .forEach(p -> defined.add(p.getName()));
                }
            }
            Set<String> named = new TreeSet<>();
            Matcher m = template.matcher(path);
            while (m.find()) {
                named.add(m.group(1));
            }
            if (!defined.equals(named)) {
                undefined.put(method + " " + path, "named " + named + ", defined " + defined);
            }
        }));
        assertEquals(Map.of(), undefined, "path parameters named in a path but not defined as required path parameters");
    }

    /** "METHOD /path" → operation, for every operation of the document. */
    private static Map<String, Operation> operations() {
        Map<String, Operation> ops = new HashMap<>();
        doc.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.put(method.name() + " " + path, op)));
        return ops;
    }
}
