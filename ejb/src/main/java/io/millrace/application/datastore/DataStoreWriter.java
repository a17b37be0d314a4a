package io.millrace.application.datastore;

import io.millrace.domain.datastore.Store;
import io.millrace.domain.datastore.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The transactions that create, rename and delete data stores. Input is checked before it gets here;
 * two concurrent requests for the same new name are settled by the table's unique constraint.
 */
@ApplicationScoped
@Transactional
public class DataStoreWriter {
    @Inject
    StoreRepository stores;

    public Store create(Store store) {
        stores.add(store);
        return store;
    }

    /** @return the renamed store, or empty when it no longer exists */
    public Optional<Store> rename(String id, String name) {
        Optional<Store> store = stores.store(id);
        store.ifPresent(s -> s.rename(name, System.currentTimeMillis()));
        return store;
    }

    /** Deletes the store and its records; false when it no longer exists. */
    public boolean delete(String id) {
        Optional<Store> store = stores.store(id);
        store.ifPresent(stores::remove);
        return store.isPresent();
    }
}
