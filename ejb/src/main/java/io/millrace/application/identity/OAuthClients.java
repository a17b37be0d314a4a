package io.millrace.application.identity;

import io.millrace.shared.BodyFields;
import io.millrace.domain.auth.OAuthClient;
import io.millrace.domain.auth.OAuthRepository;
import io.millrace.domain.auth.Secrets;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * Managing a workspace's OAuth clients: create (the secret is returned once and stored as its SHA-256),
 * list, read, rotate the secret, delete. The workspace must be the caller's, otherwise 404. Checks
 * happen here, outside any transaction; changes go through {@link OAuthWriter}.
 */
@ApplicationScoped
public class OAuthClients {
    static final int NAME_MAX = 255;

    @Inject
    OAuthRepository oauth;
    @Inject
    Workspaces workspaces;
    @Inject
    OAuthWriter writer;

    /** Body {@code {"name": "…"}}. */
    public OAuthClientView create(User caller, String orgId, JsonValue body) {
        workspaces.requireOwn(caller, orgId);
        JsonObject o = BodyFields.bodyOrEmpty(body, Set.of("name"));
        String name = BodyFields.string(o, "name", true, NAME_MAX);
        String secret = newSecret();
        OAuthClient client = writer.create(new OAuthClient(Ids.random("oa_"), orgId, name, Secrets.hash(secret),
                System.currentTimeMillis()));
        return OAuthClientView.of(client, secret);
    }

    public Page<OAuthClientView> list(User caller, String orgId, PageRequest page) {
        workspaces.requireOwn(caller, orgId);
        return oauth.clients(orgId, page).map(c -> OAuthClientView.of(c, null));
    }

    public OAuthClientView get(User caller, String orgId, String clientId) {
        return OAuthClientView.of(find(caller, orgId, clientId), null);
    }

    /** A new secret, returned this once; the old secret and every token issued with it stop working. */
    public OAuthClientView rotateSecret(User caller, String orgId, String clientId) {
        find(caller, orgId, clientId);
        String secret = newSecret();
        Optional<OAuthClient> rotated = writer.rotate(clientId, Secrets.hash(secret), System.currentTimeMillis());
        return OAuthClientView.of(rotated.orElseThrow(() -> notFound(clientId)), secret);
    }

    /** Deletes the client; its tokens stop working at once. */
    public void delete(User caller, String orgId, String clientId) {
        find(caller, orgId, clientId);
        if (!writer.delete(clientId)) {
            throw notFound(clientId);
        }
    }

    private OAuthClient find(User caller, String orgId, String clientId) {
        workspaces.requireOwn(caller, orgId);
        return oauth.client(clientId).filter(c -> c.workspaceId().equals(orgId))
                .orElseThrow(() -> notFound(clientId));
    }

    private static String newSecret() {
        return Ids.secret("mrcs_");
    }

    private static NotFoundException notFound(String clientId) {
        return new NotFoundException("OAuth client " + Quoted.value(clientId) + " not found");
    }
}
