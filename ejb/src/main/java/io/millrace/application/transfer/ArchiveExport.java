package io.millrace.application.transfer;

import io.millrace.application.datastore.DataStoreService;
import io.millrace.application.datastore.DataStoreView;
import io.millrace.application.environment.EnvVarService;
import io.millrace.application.environment.EnvVarView;
import io.millrace.application.project.ProjectAccess;
import io.millrace.application.source.SourceSecrets;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.domain.environment.Scope;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDocument;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.User;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A project as one archive document (docs/api.md, "Project archives"): its workflows as workflow files, its
 * sources (component code and configured props, secret values left out), its data stores' names and its
 * environment variables' keys (never their values).
 */
@ApplicationScoped
public class ArchiveExport {
    /** The archive format's version, {@code millrace_project} in the document. */
    public static final int FORMAT = 1;

    @Inject
    ProjectAccess projectAccess;
    @Inject
    WorkflowRepository workflows;
    @Inject
    SourceRepository sources;
    @Inject
    ComponentRepository components;
    @Inject
    DataStoreService dataStores;
    @Inject
    EnvVarService envVars;

    public JsonObject export(User caller, String projectId) {
        Project project = projectAccess.require(caller.workspaceId(), projectId);
        JsonArrayBuilder flows = Jsonp.createArrayBuilder();
        for (Workflow w : workflows.inProject(project.id())) {
            workflows.deployment(w.deploymentId())
                    .ifPresent(d -> flows.add(WorkflowDocument.of(d.definition(), w.active())));
        }
        JsonArrayBuilder srcs = Jsonp.createArrayBuilder();
        sources.inProject(project.id()).forEach(s -> srcs.add(source(s)));
        JsonArrayBuilder stores = Jsonp.createArrayBuilder();
        each(page -> dataStores.list(caller, project.id(), page),
                (DataStoreView s) -> stores.add(Jsonp.createObjectBuilder().add("name", s.name())));
        JsonArrayBuilder vars = Jsonp.createArrayBuilder();
        each(page -> envVars.list(caller, Scope.project(project.id()), page), (EnvVarView v) -> {
            JsonObjectBuilder var = Jsonp.createObjectBuilder().add("key", v.key()).add("secret", v.secret());
            if (v.description() != null && !v.description().isEmpty()) {
                var.add("description", v.description());
            }
            vars.add(var);
        });
        return Jsonp.createObjectBuilder().add("millrace_project", FORMAT).add("name", project.name())
                .add("workflows", flows).add("sources", srcs).add("data_stores", stores).add("env_vars", vars).build();
    }

    /** A source as the archive keeps it: its id (so workflows' source triggers can be matched), name, code and props. */
    private JsonObject source(Source s) {
        JsonObjectBuilder props = Jsonp.createObjectBuilder();
        JsonText.parseObject(s.configuredPropsJson()).forEach((name, value) -> {
            if (!(value instanceof JsonString text && SourceSecrets.MASK.equals(text.getString()))) {
                props.add(name, value);
            }
        });
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", s.id()).add("name", s.name())
                .add("active", s.active());
        components.find(s.componentId()).ifPresent(c -> b.add("component_code", c.code()));
        return b.add("configured_props", props).build();
    }

    /** Reads every page of a list. */
    private static <T> void each(Function<PageRequest, Page<T>> list, Consumer<T> item) {
        String after = null;
        while (true) {
            Page<T> page = list.apply(new PageRequest(PageRequest.MAX_LIMIT, after, null));
            page.items().forEach(item);
            if (page.items().size() < PageRequest.MAX_LIMIT || page.endCursor() == null) {
                return;
            }
            after = page.endCursor();
        }
    }
}
