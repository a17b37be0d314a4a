package io.millrace.application.connect;

import io.millrace.application.eventing.WebhookService;
import io.millrace.domain.connect.ConnectEnvironment;
import io.millrace.domain.connect.ConnectProjectWebhook;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;

/**
 * The webhook of a project environment ({@code /v1/connect/{project_id}/webhook}): one URL that gets every Connect
 * webhook of the environment, signed with the webhook's key ({@code io.millrace.application.eventing.WebhookSignature}).
 * The key is answered when the webhook is created and when it is regenerated; changing the URL keeps it.
 */
@ApplicationScoped
@Transactional
public class ProjectWebhooks {
    @Inject
    ConnectRepository connect;

    /** The webhook after {@link #set}: {@code created} when there was none (its key is then shown). */
    public record Change(ConnectProjectWebhook webhook, boolean created) {
    }

    public Optional<ConnectProjectWebhook> get(ConnectScope scope) {
        return of(scope.projectId(), scope.environment());
    }

    /** The webhook of a project environment, for the deliveries. */
    public Optional<ConnectProjectWebhook> of(String projectId, ConnectEnvironment environment) {
        return connect.projectWebhook(ConnectProjectWebhook.key(projectId, environment));
    }

    /** {@code PUT {"url": …}}: creates the webhook with a new key, or changes its URL. */
    public Change set(ConnectScope scope, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("url"));
        String url = WebhookService.url(BodyFields.requiredText(o, "url", "url"));
        long now = System.currentTimeMillis();
        Optional<ConnectProjectWebhook> existing = get(scope);
        if (existing.isPresent()) {
            existing.get().url(url, now);
            return new Change(existing.get(), false);
        }
        ConnectProjectWebhook created = new ConnectProjectWebhook(scope.projectId(), scope.environment(),
                Ids.random("wh_"), url, Ids.secret("whsec_"), now);
        connect.add(created);
        return new Change(created, true);
    }

    /** Removes the webhook (none: nothing to do). */
    public void delete(ConnectScope scope) {
        get(scope).ifPresent(connect::remove);
    }

    /** A new signing key; the old one no longer signs. 404 when the environment has no webhook. */
    public ConnectProjectWebhook regenerateSigningKey(ConnectScope scope) {
        ConnectProjectWebhook webhook = get(scope).orElseThrow(() -> new NotFoundException(
                "the " + scope.environment().label() + " environment of project " + scope.projectId() + " has no webhook"));
        webhook.signingKey(Ids.secret("whsec_"), System.currentTimeMillis());
        return webhook;
    }
}
