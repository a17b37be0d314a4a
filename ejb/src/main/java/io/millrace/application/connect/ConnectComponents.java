package io.millrace.application.connect;

import io.millrace.application.component.ComponentRegistry;
import io.millrace.application.component.PropsConfigurer;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The components an external user's actions and triggers come from: the workspace's saved components (newest per
 * key, {@code registry=private}) and Millrace's registry ({@code registry=public}); listed by key, searched by a plain
 * text match of {@code q} in key, name, description and app; configured with {@code application.component}'s
 * {@link PropsConfigurer}.
 */
@ApplicationScoped
public class ConnectComponents {
    private static final int MAX_SAVED = 1000;
    private static final java.util.Set<String> FIELDS = java.util.Set.of("id", "version", "external_user_id", "prop_name",
            "blocking", "configured_props", "dynamic_props_id", "page", "prev_context", "query", "async_handle");

    @Inject
    ComponentRegistry registry;
    @Inject
    ComponentRepository components;
    @Inject
    PropsConfigurer configurer;
    @Inject
    ConnectRateLimits limits;

    /**
     * A page of components by key; {@code after} is the last key of the previous page.
     *
     * @param registryChoice {@code public}, {@code private} or {@code all} (null: all)
     */
    public Page<Component> list(ConnectScope scope, ComponentKind kind, String q, String app, String registryChoice,
            int limit, String after) {
        limits.take(ConnectRateLimits.Kind.COMPONENTS_GET, scope, null);
        String choice = registryChoice == null ? "all" : registryChoice;
        if (!List.of("all", "public", "private").contains(choice)) {
            throw new InvalidInputException("registry", "registry must be public, private or all");
        }
        Map<String, Component> byKey = new LinkedHashMap<>();
        if (!choice.equals("public")) {
            for (Component c : components.ofWorkspace(scope.workspaceId(), MAX_SAVED)) {
                byKey.putIfAbsent(keyOf(c), c);
            }
        }
        if (!choice.equals("private")) {
            for (Component c : registry.all()) {
                byKey.putIfAbsent(keyOf(c), c);
            }
        }
        List<String> words = words(q);
        List<Component> matching = new ArrayList<>();
        for (Component c : byKey.values()) {
            String text = (keyOf(c) + " " + c.name() + " " + c.description() + " " + c.app()).toLowerCase(Locale.ROOT);
            if (kind.includes(c) && (app == null || app.equalsIgnoreCase(String.valueOf(c.app())))
                    && words.stream().allMatch(text::contains)) {
                matching.add(c);
            }
        }
        matching.sort((a, b) -> keyOf(a).compareTo(keyOf(b)));
        List<Component> page = matching.stream().filter(c -> after == null || keyOf(c).compareTo(after) > 0)
                .limit(limit).toList();
        return Page.of(page, matching.size(), ConnectComponents::keyOf);
    }

    /** The workspace's component with this key or {@code sc_…} id, else the registry's with this key; 404 otherwise. */
    public Component get(ConnectScope scope, ComponentKind kind, String key) {
        limits.take(ConnectRateLimits.Kind.COMPONENTS_GET, scope, null);
        return find(scope, kind, key);
    }

    Component find(ConnectScope scope, ComponentKind kind, String key) {
        Component c = (key.startsWith("sc_") ? components.find(key).filter(x -> scope.workspaceId().equals(x.workspaceId()))
                : components.newestByKey(scope.workspaceId(), key))
                .or(() -> registry.byKey(key)).orElse(null);
        if (c == null || !kind.includes(c)) {
            throw new NotFoundException(kind.noun() + " " + Quoted.value(key) + " not found");
        }
        return c;
    }

    /** {@code POST …/configure}: the prop's options, as {@code /v1/components/configure} answers them. */
    public JsonObject configure(ConnectScope scope, ComponentKind kind, JsonValue body) {
        limits.take(ConnectRateLimits.Kind.COMPONENTS_POST, scope, null);
        return PropOptions.asConnect(configurer.configure(scope.caller(), forConfigurer(scope, kind, body)));
    }

    /** {@code POST …/props}: the props after {@code additionalProps()}, as {@code /v1/components/props} answers them. */
    public JsonObject reload(ConnectScope scope, ComponentKind kind, JsonValue body) {
        limits.take(ConnectRateLimits.Kind.COMPONENTS_POST, scope, null);
        return configurer.reload(scope.caller(), forConfigurer(scope, kind, body));
    }

    /** The body without the SDK's {@code version} and {@code blocking}, its {@code id} checked against the kind. */
    private JsonObject forConfigurer(ConnectScope scope, ComponentKind kind, JsonValue body) {
        JsonObject o = BodyFields.body(body, FIELDS);
        ExternalUsers.checked(BodyFields.requiredText(o, "external_user_id", "external_user_id"), "external_user_id");
        String id = BodyFields.requiredText(o, "id", "id");
        Component c = find(scope, kind, id);
        JsonObjectBuilder out = Jsonp.createObjectBuilder(o).remove("version").remove("blocking");
        out.add("id", c.registry() ? c.key() : c.id());
        return out.build();
    }

    /** The key a component is listed under: its declared key, else its id. */
    public static String keyOf(Component c) {
        return c.key() != null ? c.key() : c.id();
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String w : query.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
