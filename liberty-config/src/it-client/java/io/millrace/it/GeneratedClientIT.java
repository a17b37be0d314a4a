package io.millrace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.client.ApiClient;
import io.millrace.it.client.ApiException;
import io.millrace.it.client.api.DefaultApi;
import io.millrace.it.client.model.AccessToken;
import io.millrace.it.client.model.NewOAuthClient;
import io.millrace.it.client.model.OAuthClient;
import io.millrace.it.client.model.TokenRequest;
import io.millrace.it.client.model.User;
import io.millrace.it.client.model.Workflow;
import io.millrace.it.client.model.WorkflowDefinition;
import io.millrace.it.client.model.WorkflowList;
import io.millrace.it.client.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated during the build from the IT server's /openapi (openapi-generator, library
 * "native"; see the integration-tests profile of liberty-config/pom.xml) calls the API: with the admin's
 * API key, and with an OAuth access token it obtained through the generated token operation.
 * Compiled only after the server started, from src/it-client/java.
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
}
