package io.millrace.application.datastore;

import io.millrace.domain.datastore.Store;

/** A data store for the API to render. */
public record DataStoreView(String id, String workspaceId, String projectId, String name, long createdAt,
                            long updatedAt) {

    static DataStoreView of(Store s) {
        return new DataStoreView(s.id(), s.workspaceId(), s.projectId(), s.name(), s.createdAt(), s.updatedAt());
    }
}
