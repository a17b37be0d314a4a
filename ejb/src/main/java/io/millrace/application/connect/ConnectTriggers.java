package io.millrace.application.connect;

import io.millrace.application.eventing.SubscriptionService;
import io.millrace.application.eventing.WebhookService;
import io.millrace.application.source.SourceEvents;
import io.millrace.application.source.SourceService;
import io.millrace.application.source.SourceView;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectTrigger;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.domain.events.EmittedEvent;
import io.millrace.domain.subscription.Webhook;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Triggers deployed for external users: each is a source of the project ({@code application.source}: hooks, timer,
 * HTTP endpoint, events), owned by the external user; its listeners are subscriptions of workflows and of webhooks
 * ({@code application.eventing}) to its default channel. A trigger of another user, project or environment is 404.
 */
@ApplicationScoped
public class ConnectTriggers {
    private static final Set<String> DEPLOY_FIELDS = Set.of("id", "version", "external_user_id", "configured_props",
            "dynamic_props_id", "workflow_id", "webhook_url", "emit_on_deploy");
    private static final Set<String> UPDATE_FIELDS = Set.of("external_user_id", "active", "configured_props", "name",
            "emit_on_deploy");

    @Inject
    ConnectComponents components;
    @Inject
    ExternalUsers users;
    @Inject
    ConnectRepository connect;
    @Inject
    ConnectWriter writer;
    @Inject
    ConnectRateLimits limits;
    @Inject
    SourceService sources;
    @Inject
    SourceEvents events;
    @Inject
    ComponentRepository componentRepository;
    @Inject
    SubscriptionService subscriptions;
    @Inject
    WebhookService webhooks;

    /** {@code POST /triggers/deploy}: deploys the trigger (its hooks run) and adds the listeners given. */
    public DeployedTrigger deploy(ConnectScope scope, JsonValue body) {
        JsonObject o = BodyFields.body(body, DEPLOY_FIELDS);
        String externalId = ExternalUsers.checked(BodyFields.requiredText(o, "external_user_id", "external_user_id"),
                "external_user_id");
        limits.take(ConnectRateLimits.Kind.COMPONENTS_POST, scope, null);
        Component component = components.find(scope, ComponentKind.TRIGGER, BodyFields.requiredText(o, "id", "id"));
        String workflowId = BodyFields.text(o, "workflow_id");
        String webhookUrl = BodyFields.text(o, "webhook_url");
        ExternalUser owner = users.ensure(scope, externalId);
        JsonObjectBuilder request = Jsonp.createObjectBuilder().add("component_id", component.id())
                .add("project_id", scope.projectId());
        JsonObject configured = BodyFields.optionalObject(o, "configured_props");
        if (configured != null) {
            request.add("configured_props", configured);
        }
        SourceView view = sources.create(scope.caller(), request.build());
        writer.addTrigger(new ConnectTrigger(view.source().id(), owner.id(), System.currentTimeMillis()));
        ConnectTrigger listeners = null;
        try {
            if (workflowId != null) {
                setWorkflows(scope, view.source().id(), List.of(workflowId), "workflow_id");
            }
            if (webhookUrl != null) {
                listeners = setWebhooks(scope, view.source().id(), List.of(webhookUrl), "webhook_url");
            }
        } catch (RuntimeException e) {
            deleteSource(scope, view.source().id());
            throw e;
        }
        DeployedTrigger deployed = get(scope, view.source().id(), externalId);
        // the listeners as committed: this request may still see the record read before the webhook was added
        return listeners == null ? deployed
                : new DeployedTrigger(deployed.view(), deployed.component(), deployed.owner(), listeners);
    }

    /** The user's triggers, newest first. */
    public List<DeployedTrigger> list(ConnectScope scope, String externalId) {
        ExternalUser owner = connect.user(scope.projectId(), scope.environment(),
                ExternalUsers.checked(externalId, "external_user_id")).orElse(null);
        List<DeployedTrigger> out = new ArrayList<>();
        if (owner != null) {
            for (ConnectTrigger t : connect.triggers(owner.id())) {
                try {
                    out.add(view(scope, t, owner));
                } catch (NotFoundException e) {
                    // its source was deleted by another API: not listed
                }
            }
        }
        return out;
    }

    public DeployedTrigger get(ConnectScope scope, String triggerId, String externalId) {
        ExternalUser owner = users.require(scope, externalId);
        ConnectTrigger t = connect.trigger(triggerId).filter(x -> x.externalUserId().equals(owner.id()))
                .orElseThrow(() -> notFound(triggerId));
        return view(scope, t, owner);
    }

    /** {@code PUT}: name, active, configured props (which replace the given ones), as a source update. */
    public DeployedTrigger update(ConnectScope scope, String triggerId, String externalUserId, JsonValue body) {
        JsonObject o = BodyFields.body(body, UPDATE_FIELDS);
        String externalId = externalUserId != null ? externalUserId
                : BodyFields.requiredText(o, "external_user_id", "external_user_id");
        DeployedTrigger before = get(scope, triggerId, externalId);
        JsonObjectBuilder change = Jsonp.createObjectBuilder();
        for (String field : List.of("active", "configured_props", "name")) {
            if (o.containsKey(field) && !o.isNull(field)) {
                change.add(field, o.get(field));
            }
        }
        // the source as its update committed it: a second read in this request may see the entities read before
        SourceView after = sources.update(scope.caller(), triggerId, change.build());
        return new DeployedTrigger(after, before.component(), before.owner(), before.listeners());
    }

    public void delete(ConnectScope scope, String triggerId, String externalId) {
        get(scope, triggerId, externalId);
        deleteSource(scope, triggerId);
    }

    /** The trigger's newest {@code n} events (1–100, default 20) on its default channel. */
    public List<EmittedEvent> events(ConnectScope scope, String triggerId, String externalId, int n) {
        get(scope, triggerId, externalId);
        return events.summaries(scope.caller(), triggerId, null, n, null, null).items();
    }

    /** Replaces the workflows that get the trigger's events; answers their ids. */
    public List<String> setWorkflows(ConnectScope scope, String triggerId, String externalId, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("external_user_id", "workflow_ids"));
        get(scope, triggerId, externalId != null ? externalId : BodyFields.requiredText(o, "external_user_id", "external_user_id"));
        return setWorkflows(scope, triggerId, strings(o, "workflow_ids"), "workflow_ids");
    }

    /** Replaces the webhook URLs that get the trigger's events; answers the trigger afterwards. */
    public DeployedTrigger setWebhooks(ConnectScope scope, String triggerId, String externalId, JsonValue body) {
        JsonObject o = BodyFields.body(body, Set.of("external_user_id", "webhook_urls"));
        String owner = externalId != null ? externalId : BodyFields.requiredText(o, "external_user_id", "external_user_id");
        DeployedTrigger before = get(scope, triggerId, owner);
        ConnectTrigger changed = setWebhooks(scope, triggerId, strings(o, "webhook_urls"), "webhook_urls");
        return new DeployedTrigger(before.view(), before.component(), before.owner(), changed); // as committed
    }

    /**
     * The trigger's webhook listeners as webhooks (with their signing keys), by id; one deleted by another API is
     * left out.
     */
    public java.util.Map<String, Webhook> webhookListeners(ConnectScope scope, DeployedTrigger t) {
        java.util.Map<String, Webhook> out = new java.util.LinkedHashMap<>();
        for (JsonValue hook : webhooks(t.listeners())) {
            String id = hook.asJsonObject().getString("id");
            try {
                out.put(id, webhooks.get(scope.caller(), id));
            } catch (NotFoundException e) {
                // deleted through the webhooks API
            }
        }
        return out;
    }

    /** One webhook listener of the trigger, with its signing key; another trigger's webhook is 404. */
    public Webhook webhook(ConnectScope scope, String triggerId, String externalId, String webhookId) {
        Webhook hook = webhookListeners(scope, get(scope, triggerId, externalId)).get(webhookId);
        if (hook == null) {
            throw new NotFoundException("webhook " + Quoted.value(webhookId) + " of deployed trigger "
                    + Quoted.value(triggerId) + " not found");
        }
        return hook;
    }

    /** Gives one webhook listener of the trigger a new signing key: deliveries from now on are signed with it. */
    public Webhook regenerateSigningKey(ConnectScope scope, String triggerId, String externalId, String webhookId) {
        return webhooks.regenerateSigningKey(scope.caller(), webhook(scope, triggerId, externalId, webhookId).id());
    }

    /** The webhook listeners as stored: {@code [{"id": "wh_…", "url": …}]}. */
    public static JsonArray webhooks(ConnectTrigger t) {
        return JsonText.parse(t.webhookUrlsJson()).asJsonArray();
    }

    public static List<String> webhookUrls(ConnectTrigger t) {
        return webhooks(t).stream().map(v -> v.asJsonObject().getString("url")).toList();
    }

    public static List<String> workflowIds(ConnectTrigger t) {
        return JsonText.parse(t.workflowIdsJson()).asJsonArray().stream().map(v -> ((JsonString) v).getString()).toList();
    }

    /** Deletes the source (its deactivate hook runs) and the trigger's record and webhooks. */
    void deleteSource(ConnectScope scope, String sourceId) {
        connect.trigger(sourceId).ifPresent(t -> {
            for (JsonValue hook : webhooks(t)) {
                deleteWebhook(scope, hook.asJsonObject().getString("id"));
            }
        });
        try {
            sources.delete(scope.caller(), sourceId);
        } catch (NotFoundException e) {
            // already gone
        }
        writer.removeTrigger(sourceId);
    }

    private List<String> setWorkflows(ConnectScope scope, String triggerId, List<String> ids, String field) {
        ConnectTrigger t = connect.trigger(triggerId).orElseThrow(() -> notFound(triggerId));
        Set<String> wanted = new LinkedHashSet<>(ids);
        for (String id : wanted) {
            if (!id.startsWith("p_")) {
                throw new InvalidInputException(field, "workflow " + Quoted.value(id) + " is not a workflow id (p_…)");
            }
            try {
                subscriptions.subscribe(scope.caller(), triggerId, id, null);
            } catch (NotFoundException e) {
                throw new InvalidInputException(field, "workflow " + Quoted.value(id) + " not found");
            }
        }
        for (String old : workflowIds(t)) {
            if (!wanted.contains(old)) {
                try {
                    subscriptions.unsubscribe(scope.caller(), triggerId, old, null);
                } catch (NotFoundException e) {
                    // the workflow or its subscription is gone
                }
            }
        }
        JsonArrayBuilder stored = Jsonp.createArrayBuilder();
        wanted.forEach(stored::add);
        String json = stored.build().toString();
        writer.changeTrigger(triggerId, x -> x.workflowIds(json));
        return List.copyOf(wanted);
    }

    private ConnectTrigger setWebhooks(ConnectScope scope, String triggerId, List<String> urls, String field) {
        ConnectTrigger t = connect.trigger(triggerId).orElseThrow(() -> notFound(triggerId));
        JsonArrayBuilder stored = Jsonp.createArrayBuilder();
        List<String> created = new ArrayList<>();
        try {
            for (String url : new LinkedHashSet<>(urls)) {
                String id;
                try {
                    id = webhooks.createSigned(scope.caller(), url, "connect " + triggerId).id();
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(field, e.getMessage());
                }
                created.add(id);
                subscriptions.subscribe(scope.caller(), triggerId, id, null);
                stored.add(Jsonp.createObjectBuilder().add("id", id).add("url", url));
            }
        } catch (RuntimeException e) {
            created.forEach(id -> deleteWebhook(scope, id));
            throw e;
        }
        for (JsonValue old : webhooks(t)) {
            deleteWebhook(scope, old.asJsonObject().getString("id"));
        }
        String json = stored.build().toString();
        ConnectTrigger changed = writer.changeTrigger(triggerId, x -> x.webhookUrls(json));
        return changed != null ? changed : t;
    }

    private void deleteWebhook(ConnectScope scope, String id) {
        try {
            webhooks.delete(scope.caller(), id);
        } catch (NotFoundException e) {
            // already gone
        }
    }

    private DeployedTrigger view(ConnectScope scope, ConnectTrigger t, ExternalUser owner) {
        SourceView view = sources.get(scope.caller(), t.sourceId());
        if (!scope.projectId().equals(view.source().projectId())) {
            throw notFound(t.sourceId());
        }
        Component component = componentRepository.find(view.source().componentId()).orElseThrow(() -> notFound(t.sourceId()));
        return new DeployedTrigger(view, component, owner, t);
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : BodyFields.array(o, field)) {
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException(field, field + " must be a list of strings");
            }
            out.add(s.getString());
        }
        if (out.size() > 20) {
            throw new InvalidInputException(field, field + " may have at most 20 entries");
        }
        return out;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("deployed trigger " + Quoted.value(id) + " not found");
    }
}
