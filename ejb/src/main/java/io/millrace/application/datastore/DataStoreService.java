package io.millrace.application.datastore;

import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.datastore.Store;
import io.millrace.domain.datastore.StoreRepository;
import io.millrace.domain.datastore.StoreRequests;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * Managing the data stores of a project. The project or store must be in the caller's workspace,
 * otherwise 404. Checks happen here, outside any transaction; changes go through {@link DataStoreWriter}.
 */
@ApplicationScoped
public class DataStoreService {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    StoreRepository stores;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    DataStoreWriter writer;

    public Page<DataStoreView> list(User caller, String projectId, PageRequest page) {
        projectAccess.require(caller.workspaceId(), projectId);
        return stores.stores(projectId, page).map(DataStoreView::of);
    }

    public DataStoreView create(User caller, String projectId, JsonValue body) {
        requireProject(caller, projectId);
        String name = StoreRequests.name(body);
        requireFreeName(projectId, name);
        Store store = new Store(Ids.random("ds_"), caller.workspaceId(), projectId, name, System.currentTimeMillis());
        try {
            return DataStoreView.of(writer.create(store));
        } catch (RuntimeException e) {
            requireFreeName(projectId, name); // lost a race for the name: a 400, not a 500
            throw e;
        }
    }

    public DataStoreView get(User caller, String id) {
        return DataStoreView.of(owned(caller, id));
    }

    public DataStoreView rename(User caller, String id, JsonValue body) {
        Store store = owned(caller, id);
        String name = StoreRequests.name(body);
        if (name.equals(store.name())) {
            return DataStoreView.of(store);
        }
        requireFreeName(store.projectId(), name);
        try {
            return writer.rename(id, name).map(DataStoreView::of).orElseThrow(() -> notFound(id));
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            requireFreeName(store.projectId(), name);
            throw e;
        }
    }

    /** Deletes the store with all its records. */
    public void delete(User caller, String id) {
        owned(caller, id);
        if (!writer.delete(id)) {
            throw notFound(id);
        }
    }

    /** The store if it is in the caller's workspace; otherwise 404, whether or not it exists. */
    public Store owned(User caller, String id) {
        return stores.store(id).filter(s -> s.workspaceId().equals(caller.workspaceId()))
                .filter(s -> projectAccess.sees(s.projectId()))
                .orElseThrow(() -> notFound(id));
    }

    private void requireProject(User caller, String projectId) {
        projectAccess.require(caller.workspaceId(), projectId);
    }

    private void requireFreeName(String projectId, String name) {
        if (stores.byName(projectId, name).isPresent()) {
            throw new InvalidInputException("name", "a data store named " + Quoted.of(name) + " already exists in this project");
        }
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("data store " + Quoted.value(id) + " not found");
    }
}
