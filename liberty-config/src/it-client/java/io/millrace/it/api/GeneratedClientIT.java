package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.client.ApiClient;
import io.millrace.it.client.ApiException;
import io.millrace.it.client.api.DefaultApi;
import io.millrace.it.client.model.AccessToken;
import io.millrace.it.client.model.BatchRecord;
import io.millrace.it.client.model.Component;
import io.millrace.it.client.model.DataStore;
import io.millrace.it.client.model.DataStoreName;
import io.millrace.it.client.model.NewComponent;
import io.millrace.it.client.model.NewSource;
import io.millrace.it.client.model.Record;
import io.millrace.it.client.model.RecordBatch;
import io.millrace.it.client.model.RecordList;
import io.millrace.it.client.model.RecordWrite;
import io.millrace.it.client.model.Source;
import io.millrace.it.client.model.SourceEvent;
import io.millrace.it.client.model.SourceRun;
import io.millrace.it.client.model.TtlChange;
import io.millrace.it.client.model.NewOAuthClient;
import io.millrace.it.client.model.OAuthClient;
import io.millrace.it.client.model.TokenRequest;
import io.millrace.it.client.model.User;
import io.millrace.it.client.model.Workflow;
import io.millrace.it.client.model.WorkflowDefinition;
import io.millrace.it.client.model.WorkflowList;
import io.millrace.it.client.model.Workspace;
import io.millrace.it.support.Sha256;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated during the build from the IT server's /openapi (openapi-generator, library
 * "native"; see the integration-tests profile of liberty-config/pom.xml) calls the API: with the admin's
 * API key, and with an OAuth access token it obtained through the generated token operation.
 * Compiled only after the server started, from src/it-client/java. The values it reads back are
 * asserted, so a schema that does not match the JSON (a wrong field name or type, an enum missing a value)
 * fails here.
 */
class GeneratedClientIT {
    private static final String BASE = "http://127.0.0.1:" + System.getProperty("millrace.it.http.port");

    private static DefaultApi client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(BASE);
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return new DefaultApi(client);
    }

    @Test
    void theGeneratedClientReadsAndWritesWithAnApiKey() throws ApiException {
        DefaultApi api = client(System.getProperty("millrace.it.api.key"));
        User me = api.getCurrentUser(null, null, null).getData();
        assertEquals("admin", me.getUsername());
        assertTrue(me.getAdmin());
        String org = me.getOrgs().get(0).getId();

        String name = "generated-client-" + System.nanoTime();
        Workflow created = api.createWorkflow(new WorkflowDefinition().name(name).steps(List.of()), null, null, null)
                .getData();
        assertEquals(name, created.getName());
        assertEquals(org, created.getOrgId());
        WorkflowList page = api.listWorkflows(null, null, 100, null, null, null);
        assertTrue(page.getPageInfo().getTotalCount() >= 1);
        assertTrue(page.getData().stream().anyMatch(w -> w.getId().equals(created.getId())));
        assertEquals(name, api.getWorkflow(created.getId(), null, null, null).getData().getName());

        ApiException missing = assertThrows(ApiException.class, () -> api.getWorkflow("p_nosuchwf", null, null, null));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
    }

    @Test
    void theGeneratedClientGetsAnAccessTokenAndUsesIt() throws ApiException {
        DefaultApi admin = client(System.getProperty("millrace.it.api.key"));
        String org = admin.getCurrentUser(null, null, null).getData().getOrgs().get(0).getId();
        OAuthClient oauth = admin.createOAuthClient(org, new NewOAuthClient().name("generated"), null, null).getData();
        assertNotNull(oauth.getClientSecret());

        AccessToken token = client(null).getAccessToken(new TokenRequest()
                .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                .clientId(oauth.getClientId()).clientSecret(oauth.getClientSecret()));
        assertEquals(3600L, token.getExpiresIn());
        DefaultApi asClient = client(token.getAccessToken());
        Workspace workspace = asClient.getWorkspace(org, null, null).getData();
        assertEquals(org, workspace.getId());
        assertEquals(401, assertThrows(ApiException.class, () -> client("not-a-token").getWorkspace(org, null, null))
                .getCode());
    }

    @Test
    void theGeneratedClientUsesADataStore() throws ApiException {
        DefaultApi api = client(System.getProperty("millrace.it.api.key"));
        Workflow workflow = api.createWorkflow(new WorkflowDefinition().name("generated-store-" + System.nanoTime())
                .steps(List.of()), null, null, null).getData();
        String name = "generated-" + System.nanoTime();
        DataStore store = api.createDataStore(workflow.getProjectId(), new DataStoreName().name(name), null, null, null)
                .getData();
        assertTrue(store.getId().startsWith("ds_"), store.getId());
        assertEquals(name, store.getName());
        assertEquals(workflow.getProjectId(), store.getProjectId());
        assertEquals(workflow.getOrgId(), store.getOrgId());
        assertEquals(store.getId(), api.getDataStore(store.getId(), null, null, null).getData().getId());

        long now = System.currentTimeMillis();
        Record set = api.setRecord(store.getId(), "greeting", new RecordWrite().value(Map.of("count", 3, "who", "Ada"))
                .ttl(3600L), null, null, null).getData();
        assertEquals("greeting", set.getKey());
        assertEquals(Map.of("count", 3, "who", "Ada"), set.getValue());
        OffsetDateTime expires = set.getExpiresAt();
        assertNotNull(expires);
        long inMs = expires.toInstant().toEpochMilli() - now;
        assertTrue(inMs > 3_590_000 && inMs < 3_610_000, "expires in " + inMs + " ms");
        assertTrue(Math.abs(set.getCreatedAt() - now / 1000) < 60, "created_at in epoch seconds: " + set.getCreatedAt());

        Record got = api.getRecord(store.getId(), "greeting", null, null, null).getData();
        assertEquals(Map.of("count", 3, "who", "Ada"), got.getValue());
        assertEquals(expires.toInstant(), got.getExpiresAt().toInstant());

        // any JSON value: a string, an array, null; a key a path cannot carry goes in the query
        String odd = "a/b#c";
        assertEquals("text", api.setRecordByQuery(store.getId(), odd, new RecordWrite().value("text"), null, null, null)
                .getData().getValue());
        assertEquals("text", api.getRecordByQuery(store.getId(), odd, null, null, null).getData().getValue());
        assertNull(api.getRecordByQuery(store.getId(), odd, null, null, null).getData().getExpiresAt());
        assertEquals(2, api.setRecords(store.getId(), new RecordBatch().records(List.of(
                new BatchRecord().key("list").value(List.of(1, "two", true)),
                new BatchRecord().key("nothing").value(null).ttl(60L))), null, null, null).getData().getCount());
        RecordList page = api.listRecords(store.getId(), null, null, 10, null, null, null, null);
        assertEquals(4L, page.getPageInfo().getTotalCount());
        assertEquals(List.of("a/b#c", "greeting", "list", "nothing"), page.getData().stream().map(Record::getKey).toList());
        assertEquals(List.of(1, "two", true), page.getData().get(2).getValue());
        assertNull(page.getData().get(3).getValue());
        assertNotNull(page.getData().get(3).getExpiresAt());

        assertNull(api.setRecordTtl(store.getId(), "greeting", new TtlChange().ttl(null), null, null, null).getData()
                .getExpiresAt());
        api.deleteRecord(store.getId(), "greeting", null, null, null);
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.getRecord(store.getId(), "greeting", null, null, null)).getCode());
        api.deleteDataStore(store.getId(), null, null, null);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getDataStore(store.getId(), null, null, null))
                .getCode());
    }

    @Test
    void theGeneratedClientSavesAComponentAndRunsASourceOfIt() throws Exception {
        DefaultApi api = client(System.getProperty("millrace.it.api.key"));
        String code = """
                export default {
                  name: "Generated Echo",
                  version: "0.0.%d",
                  props: { http: { type: "$.interface.http", label: "Endpoint" } },
                  async run(event) { this.$emit(event.body, { summary: event.method }); },
                };""".formatted(System.nanoTime() % 1000);
        Component component = api.createComponent(new NewComponent().componentCode(code), null, null, null).getData();
        assertTrue(component.getId().startsWith("sc_"), component.getId());
        assertEquals(code, component.getCode());
        assertEquals(Sha256.hex(code), component.getCodeHash());
        assertEquals("Generated Echo", component.getName());
        assertTrue(component.getVersion().startsWith("0.0."), component.getVersion());
        assertEquals(1, component.getConfigurableProps().size());
        assertEquals("http", component.getConfigurableProps().get(0).get("name"));
        assertEquals("$.interface.http", component.getConfigurableProps().get(0).get("type"));
        assertEquals("Endpoint", component.getConfigurableProps().get(0).get("label"));
        assertEquals(code, api.getComponent(component.getId(), null, null, null).getData().getCode());
        assertTrue(api.searchComponents(null, 5, "rss feed", null, null, null).getSources().size() >= 1);

        String name = "generated-echo-" + System.nanoTime();
        Source source = api.createSource(new NewSource().componentId(component.getId()).name(name), null, null, null)
                .getData();
        assertTrue(source.getId().startsWith("dc_"), source.getId());
        assertEquals(component.getId(), source.getComponentId());
        assertEquals(name, source.getName());
        assertEquals(name, source.getNameSlug());
        assertTrue(source.getActive());
        assertEquals(source.getId(), api.getSource(source.getId(), null, null, null).getData().getId());
        assertTrue(api.listUserSources(null, null, 100, null, null, null).getData().stream()
                .anyMatch(s -> s.getId().equals(source.getId())));
        String endpoint = (String) ((Map<?, ?>) source.getConfiguredProps().get("http")).get("endpoint_url");
        assertNotNull(endpoint, source.getConfiguredProps().toString());

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"n\": 1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        List<SourceEvent> events = List.of();
        for (long end = System.currentTimeMillis() + 30_000; events.isEmpty() && System.currentTimeMillis() < end; ) {
            Thread.sleep(200);
            events = api.listSourceEvents(source.getId(), null, null, null, null, null, null, null).getData();
        }
        assertEquals(1, events.size(), "one event");
        SourceEvent event = events.get(0);
        assertEquals(Map.of("n", 1), event.getEvent());
        assertEquals(source.getId(), event.getMetadata().getEmitterId());
        assertEquals("", event.getMetadata().getName());
        assertEquals("POST", event.getMetadata().getSummary());
        assertNull(event.getMetadata().getId());
        assertTrue(event.getId().matches("\\d+-\\d+"), event.getId());

        SourceRun run = null;
        for (long end = System.currentTimeMillis() + 30_000; run == null && System.currentTimeMillis() < end; ) {
            run = api.listSourceRuns(source.getId(), null, null, 100, null, null, null).getData().stream()
                    .filter(r -> r.getPhase() == SourceRun.PhaseEnum.RUN && r.getFinishedAt() != null)
                    .findFirst().orElse(null);
            Thread.sleep(run == null ? 200 : 0);
        }
        assertNotNull(run, "a finished run");
        assertEquals(SourceRun.StatusEnum.SUCCESS, run.getStatus());
        assertEquals("http", run.getCause());
        assertEquals(1, run.getEmitted());
        assertEquals(0, run.getDeduped());
        assertNull(run.getError());
        assertNotNull(run.getDurationMs());
        assertEquals(1, ((Map<?, ?>) run.getEvent()).get("body") instanceof Map<?, ?> b ? b.get("n") : null);

        api.deleteSource(source.getId(), null, null, null);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getSource(source.getId(), null, null, null))
                .getCode());
    }
}
