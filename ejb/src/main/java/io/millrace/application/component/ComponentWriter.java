package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transaction that saves a component (checked before it gets here). The apps its app props name join the app
 * catalogue when it does not have them yet (their app files give no auth: {@code none} until an administrator
 * completes them).
 */
@ApplicationScoped
@Transactional
public class ComponentWriter {
    @Inject
    ComponentRepository components;
    @Inject
    io.millrace.application.apps.AppCatalogue apps;

    /** Deletes the component. */
    public void remove(Component component) {
        components.remove(component);
    }

    /** Saves the component, or returns the one already saved under its id. */
    public Component add(Component component) {
        return components.find(component.id()).orElseGet(() -> {
            components.add(component);
            for (String app : appsOf(component)) {
                apps.listedByComponent(app);
            }
            return component;
        });
    }

    /** The app slugs of the component's app props. */
    static java.util.List<String> appsOf(Component component) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try {
            for (jakarta.json.JsonValue v : io.millrace.shared.JsonText.parse(component.configurablePropsJson()).asJsonArray()) {
                if (v.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                        && "app".equals(v.asJsonObject().getString("type", null))
                        && v.asJsonObject().get("app") instanceof jakarta.json.JsonString app) {
                    out.add(app.getString());
                }
            }
        } catch (RuntimeException notAnArray) {
            // no props to read
        }
        return out;
    }
}
