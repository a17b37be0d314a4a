package io.millrace.web.api.datastore;

import io.millrace.web.api.support.Renders;
import io.millrace.application.datastore.DataStoreView;
import io.millrace.application.datastore.RecordView;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;

/** Data stores and their records as the API shows them. */
final class DataStoreJson {
    private DataStoreJson() {
    }

    static JsonObjectBuilder store(DataStoreView s) {
        return Jsonp.createObjectBuilder().add("id", s.id()).add("name", s.name())
                .add("project_id", s.projectId()).add("org_id", s.workspaceId())
                .add("created_at", Renders.seconds(s.createdAt()))
                .add("updated_at", Renders.seconds(s.updatedAt()));
    }

    /** {@code expires_at} is an ISO-8601 instant with milliseconds (TTLs are exact), or null. */
    static JsonObjectBuilder record(RecordView r) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("key", r.key());
        Renders.addJson(b, "value", r.valueJson());
        Renders.addTime(b, "expires_at", r.expiresAt());
        return b.add("created_at", Renders.seconds(r.createdAt()))
                .add("updated_at", Renders.seconds(r.updatedAt()));
    }
}
