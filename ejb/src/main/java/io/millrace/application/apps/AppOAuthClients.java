package io.millrace.application.apps;

import io.millrace.application.environment.SecretBox;
import io.millrace.domain.apps.App;
import io.millrace.domain.apps.AppOAuthClient;
import io.millrace.domain.apps.AppRepository;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A workspace's own OAuth clients for apps (/apps/oauth-clients): one per app, its client secret sealed (bound to the
 * client's id) and never shown again. Accounts of an OAuth app are connected through the workspace's client. Who may
 * change them (the workspace's admins) is checked by the caller.
 */
@ApplicationScoped
public class AppOAuthClients {
    private static final Set<String> FIELDS = Set.of("app", "name", "client_id", "client_secret", "scopes");

    @Inject
    AppRepository apps;
    @Inject
    AppCatalogue catalogue;
    @Inject
    SecretBox box;

    /** A client's id and its secret in clear: for the token endpoint only. */
    public record ClientSecret(String clientId, String secret) {
    }

    public List<AppOAuthClient> list(String workspaceId) {
        return apps.oauthClients(workspaceId);
    }

    @Transactional
    public AppOAuthClient create(String workspaceId, JsonValue body) {
        JsonObject o = BodyFields.body(body, FIELDS);
        App app = catalogue.find(BodyFields.string(o, "app", true, 64))
                .orElseThrow(() -> new InvalidInputException("app", "app " + Quoted.value(o.getString("app")) + " not found"));
        if (app.authType() != AuthType.OAUTH) {
            throw new InvalidInputException("app", "app " + Quoted.value(app.nameSlug()) + " does not use OAuth");
        }
        String clientId = BodyFields.string(o, "client_id", true, 512);
        String secret = BodyFields.requiredText(o, "client_secret", "client_secret");
        if (secret.isEmpty() || secret.length() > 4096) {
            throw new InvalidInputException("client_secret", "client_secret must be 1 to 4096 characters");
        }
        if (apps.oauthClient(workspaceId, app.id()).isPresent()) {
            throw new ConflictException("this workspace already has an OAuth client for " + Quoted.value(app.nameSlug())
                    + ": delete it first");
        }
        String id = Ids.random("aoc_");
        AppOAuthClient client = new AppOAuthClient(id, workspaceId, app.id(), BodyFields.string(o, "name", false, 255),
                clientId, box.seal(secret, id), scopes(o), System.currentTimeMillis());
        apps.add(client);
        return client;
    }

    @Transactional
    public void delete(String workspaceId, String id) {
        apps.remove(apps.oauthClientById(workspaceId, id).orElseThrow(
                () -> new NotFoundException("OAuth client " + Quoted.value(id) + " not found")));
    }

    /** The workspace's client for the app, if any. */
    public java.util.Optional<AppOAuthClient> forApp(String workspaceId, String appId) {
        return apps.oauthClient(workspaceId, appId);
    }

    public java.util.Optional<AppOAuthClient> byId(String workspaceId, String id) {
        return apps.oauthClientById(workspaceId, id);
    }

    public ClientSecret secret(AppOAuthClient client) {
        return new ClientSecret(client.clientId(), box.open(client.sealedSecret(), client.id()));
    }

    private static List<String> scopes(JsonObject o) {
        if (!o.containsKey("scopes") || o.isNull("scopes")) {
            return null;
        }
        JsonArray array = BodyFields.array(o, "scopes");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (v.getValueType() != JsonValue.ValueType.STRING || ((JsonString) v).getString().isBlank()
                    || ((JsonString) v).getString().contains(" ")) {
                throw new InvalidInputException("scopes[" + i + "]", "scopes[" + i + "] must be a non-empty string without spaces");
            }
            out.add(((JsonString) v).getString());
        }
        return out;
    }
}
