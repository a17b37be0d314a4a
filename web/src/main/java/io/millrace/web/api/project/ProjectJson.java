package io.millrace.web.api.project;

import io.millrace.application.project.AccessView;
import io.millrace.application.project.FolderView;
import io.millrace.application.project.ProjectView;
import io.millrace.shared.Jsonp;
import io.millrace.web.api.support.Renders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The JSON of projects, their access and folders. */
final class ProjectJson {
    private ProjectJson() {
    }

    static JsonObjectBuilder project(ProjectView p) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", p.id()).add("name", p.name());
        Renders.addNullable(b, "owner", p.ownerId());
        return b.add("access", p.restricted() ? "restricted" : "workspace").add("created_at", p.createdAt());
    }

    static JsonObjectBuilder access(AccessView a) {
        JsonArrayBuilder members = Jsonp.createArrayBuilder();
        a.members().forEach(members::add);
        return Jsonp.createObjectBuilder().add("restricted", a.restricted()).add("members", members);
    }

    static JsonObjectBuilder folder(FolderView f) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", f.id()).add("project_id", f.projectId());
        Renders.addNullable(b, "parent_id", f.parentId());
        return b.add("name", f.name()).add("created_at", f.createdAt());
    }
}
