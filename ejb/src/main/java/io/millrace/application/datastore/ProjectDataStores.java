package io.millrace.application.datastore;

import io.millrace.domain.datastore.Store;
import io.millrace.domain.datastore.StoreRepository;
import io.millrace.runtime.DataStore;
import io.millrace.runtime.DataStores;
import io.millrace.shared.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The {@link DataStores} of a workflow or source: {@link #forProject} gives the runtime what its
 * {@code data_store} props reach. A prop's configured value names a store of that project (and
 * workspace) by id ({@code "ds_…"}), by name, or as {@code {"id": "ds_…"}}; each call on the
 * {@link DataStore} it opens runs in its own short transaction (see {@link Records}).
 */
@ApplicationScoped
public class ProjectDataStores {
    @Inject
    StoreRepository stores;
    @Inject
    Records records;

    /** The data stores that steps or sources of this project may open. Opening reads the database each time. */
    public DataStores forProject(String workspaceId, String projectId) {
        return configuredValueJson -> open(workspaceId, projectId, configuredValueJson);
    }

    private DataStore open(String workspaceId, String projectId, String configuredValueJson) {
        Reference ref = reference(configuredValueJson);
        Optional<Store> store = stores.store(ref.text());
        if (!ref.byId() && store.isEmpty()) {
            store = stores.byName(projectId, ref.text());
        }
        Store found = store.filter(s -> s.workspaceId().equals(workspaceId) && s.projectId().equals(projectId))
                .orElseThrow(() -> new IllegalArgumentException("no data store " + (ref.byId() ? "with id '" : "'")
                        + ref.text() + "' in this project"));
        return new StoreHandle(records, found.id());
    }

    /** What a configured value names: an id, or a name or id. */
    record Reference(String text, boolean byId) {
    }

    /** Parses a configured value: a string (an id or a name) or {@code {"id": "ds_…"}}. */
    static Reference reference(String configuredValueJson) {
        JsonValue value;
        try {
            value = configuredValueJson == null ? JsonValue.NULL : JsonText.parse(configuredValueJson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the data store prop's value is not valid JSON");
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return new Reference(s.getString(), false);
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().get("id") instanceof JsonString id
                && !id.getString().isBlank()) {
            return new Reference(id.getString(), true);
        }
        if (value == JsonValue.NULL || value instanceof JsonString) {
            throw new IllegalArgumentException("no data store is selected for this prop: configure it with a data"
                    + " store's id (\"ds_…\"), its name, or {\"id\": \"ds_…\"}");
        }
        throw new IllegalArgumentException("a data store prop's value must be a data store's id (\"ds_…\"), its"
                + " name, or {\"id\": \"ds_…\"}");
    }
}
