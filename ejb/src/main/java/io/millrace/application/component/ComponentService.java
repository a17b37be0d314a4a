package io.millrace.application.component;

import io.millrace.domain.component.CodeFetcher;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * Saving and reading components. A component is saved from code given in the request, from a
 * registry path, or from code fetched at an http(s) URL; code given wins and the URL is then kept as
 * metadata. Saving the same code with the same URL again in a workspace returns the saved component.
 */
@ApplicationScoped
public class ComponentService {
    private static final Set<String> CREATE_FIELDS = Set.of("component_code", "component_url", "org_id",
            "include", "exclude");

    @Inject
    ComponentRepository components;
    @Inject
    ComponentRegistry registry;
    @Inject
    ComponentDescriber describer;
    @Inject
    ComponentWriter writer;
    @Inject
    CodeFetcher fetcher;

    /** {@code POST /v1/components}. */
    public Component create(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, CREATE_FIELDS);
        String code = BodyFields.text(o, "component_code");
        String url = BodyFields.text(o, "component_url");
        if (code == null && url == null) {
            throw new InvalidInputException("component_code", "component_code or component_url is required");
        }
        return save(caller.workspaceId(), code, url);
    }

    /** A component of the caller's workspace by id or key, or a registry component by id. */
    public Component get(User caller, String keyOrId) {
        Optional<Component> found = keyOrId.startsWith("sc_") ? visible(caller.workspaceId(), keyOrId)
                : components.newestByKey(caller.workspaceId(), keyOrId);
        return found.orElseThrow(() -> new NotFoundException("component " + Quoted.value(keyOrId) + " not found"));
    }

    public Component registry(String key) {
        return registry.byKey(key).orElseThrow(() -> new NotFoundException("no registry component " + Quoted.value(key)));
    }

    public ComponentRegistry.Search search(String query, String app, int limit) {
        return registry.search(query, app, limit);
    }

    /**
     * The component a source request names, by precedence {@code component_id}, {@code component_code},
     * {@code component_url}, {@code key} (a registry key); null when it names none.
     */
    public Component forSource(String workspaceId, String componentId, String code, String url, String key) {
        if (componentId != null) {
            return visible(workspaceId, componentId).orElseThrow(() ->
                    new InvalidInputException("component_id", "component " + Quoted.value(componentId) + " not found"));
        }
        if (code != null || url != null) {
            return save(workspaceId, code, url);
        }
        if (key != null) {
            return registry.byKey(key).orElseThrow(() ->
                    new InvalidInputException("key", "no registry component has the key " + Quoted.of(key)));
        }
        return null;
    }

    /**
     * The action a workflow step names with {@code component}: a {@code sc_…} id (the workspace's or the
     * registry's), a registry key, or a key of the workspace's components.
     */
    public Component forStep(String workspaceId, String ref, String field) {
        Component c = (ref.startsWith("sc_") ? visible(workspaceId, ref)
                : registry.byKey(ref).or(() -> components.newestByKey(workspaceId, ref)))
                .orElseThrow(() -> new InvalidInputException(field, "no component " + Quoted.of(ref)));
        if (c.source()) {
            throw new InvalidInputException(field, "component " + Quoted.of(ref) + " is a source; a step needs an action");
        }
        return c;
    }

    private Optional<Component> visible(String workspaceId, String id) {
        return components.find(id).filter(c -> c.registry() || c.workspaceId().equals(workspaceId));
    }

    private Component save(String workspaceId, String code, String url) {
        String field = code != null ? "component_code" : "component_url";
        if (url != null && url.length() > Component.MAX_URL_LENGTH) {
            throw new InvalidInputException("component_url",
                    "component_url must be at most " + Component.MAX_URL_LENGTH + " characters");
        }
        Component fromRegistry = null;
        String text = code;
        if (text == null) {
            fromRegistry = registry.forUrl(url).orElse(null);
            text = fromRegistry != null ? fromRegistry.code() : fetch(url);
        }
        String hash = ComponentDescriber.hash(text);
        Optional<Component> same = components.sameCode(workspaceId, hash, url);
        if (same.isPresent()) {
            return same.get();
        }
        Component.Declaration declaration = fromRegistry != null ? fromRegistry.declaration()
                : describer.describe(text, field);
        return writer.add(new Component(Ids.random("sc_"), workspaceId, declaration, text, hash, url, null,
                System.currentTimeMillis()));
    }

    private String fetch(String url) {
        try {
            return fetcher.fetch(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("component_url", Quoted.detail(e.getMessage()));
        }
    }
}
