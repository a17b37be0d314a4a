package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transaction that saves a component (checked before it gets here). */
@ApplicationScoped
@Transactional
public class ComponentWriter {
    @Inject
    ComponentRepository components;

    /** Deletes the component. */
    public void remove(Component component) {
        components.remove(component);
    }

    /** Saves the component, or returns the one already saved under its id. */
    public Component add(Component component) {
        return components.find(component.id()).orElseGet(() -> {
            components.add(component);
            return component;
        });
    }
}
