package io.millrace.application.transfer;

import io.millrace.application.datastore.DataStoreService;
import io.millrace.application.datastore.DataStoreView;
import io.millrace.application.environment.EnvVarService;
import io.millrace.application.environment.EnvVarView;
import io.millrace.application.project.ProjectAccess;
import io.millrace.application.project.Projects;
import io.millrace.application.source.SourceService;
import io.millrace.application.workflow.WorkflowService;
import io.millrace.application.workflow.WorkflowView;
import io.millrace.domain.environment.Scope;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.workflow.DefinitionParser;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDocument;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workflow.WorkflowRequest;
import io.millrace.domain.workspace.User;
import io.millrace.shared.BodyFields;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Jsonp;
import io.millrace.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Imports a project archive ({@link ArchiveExport}'s document) into a new project or an existing one. The
 * document is checked first (a 400 names the field, e.g. {@code workflows[2].steps[0].code}); then sources, data
 * stores and workflows are applied one at a time through the features' own services, each checked again as a
 * create would be. Names decide what exists: a source or data store of the same name is kept as it is, a workflow
 * of the same name gets a new version when its definition differs. Environment variables are never created: the
 * answer lists the keys neither the project nor the workspace has.
 */
@ApplicationScoped
public class ArchiveImport {
    private static final Set<String> FIELDS = Set.of("millrace_project", "name", "workflows", "sources", "data_stores",
            "env_vars");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "name", "active", "component_code", "configured_props");
    /** The deploy message of a workflow version an import creates or changes. */
    static final String MESSAGE = "imported from a project archive";

    @Inject
    ProjectAccess projectAccess;
    @Inject
    Projects projects;
    @Inject
    WorkflowService workflowService;
    @Inject
    WorkflowRepository workflows;
    @Inject
    SourceService sourceService;
    @Inject
    SourceRepository sources;
    @Inject
    DataStoreService dataStores;
    @Inject
    EnvVarService envVars;
    @Inject
    ArchiveAudit audit;

    /** @param projectId the existing project to import into, or null for a new one named like the archive */
    public JsonObject importArchive(User caller, JsonValue body, String projectId) {
        JsonObject o = BodyFields.body(body, FIELDS);
        if (!(o.get("millrace_project") instanceof JsonNumber n) || !n.isIntegral() || n.intValue() != ArchiveExport.FORMAT) {
            throw new InvalidInputException("millrace_project", "millrace_project must be " + ArchiveExport.FORMAT
                    + " (the archive format this server reads)");
        }
        String name = BodyFields.string(o, "name", true, 100);
        List<JsonObject> flows = objects(o, "workflows");
        for (int i = 0; i < flows.size(); i++) {
            int at = i;
            within("workflows[" + i + "]", () -> {
                workflowService.checkSteps(caller, DefinitionParser.parseWhole(flows.get(at)).definition());
                return null;
            });
        }
        List<JsonObject> srcs = objects(o, "sources");
        for (int i = 0; i < srcs.size(); i++) {
            String field = "sources[" + i + "]";
            BodyFields.rejectUnknown(srcs.get(i), SOURCE_FIELDS, field);
            BodyFields.requiredText(srcs.get(i), "name", field + ".name");
            BodyFields.requiredText(srcs.get(i), "component_code", field + ".component_code");
        }
        List<JsonObject> stores = objects(o, "data_stores");
        for (int i = 0; i < stores.size(); i++) {
            BodyFields.rejectUnknown(stores.get(i), Set.of("name"), "data_stores[" + i + "]");
            BodyFields.requiredText(stores.get(i), "name", "data_stores[" + i + "].name");
        }
        List<JsonObject> vars = objects(o, "env_vars");
        for (int i = 0; i < vars.size(); i++) {
            BodyFields.rejectUnknown(vars.get(i), Set.of("key", "secret", "description"), "env_vars[" + i + "]");
            BodyFields.requiredText(vars.get(i), "key", "env_vars[" + i + "].key");
        }

        boolean created = projectId == null;
        String target = created ? projects.create(caller, Jsonp.createObjectBuilder().add("name", name).build()).id()
                : projectAccess.require(caller.workspaceId(), projectId).id();
        Map<String, String> sourceIds = new HashMap<>();
        JsonArrayBuilder sourceResults = Jsonp.createArrayBuilder();
        for (int i = 0; i < srcs.size(); i++) {
            sourceResults.add(source(caller, target, srcs.get(i), "sources[" + i + "]", sourceIds));
        }
        JsonArrayBuilder storeResults = Jsonp.createArrayBuilder();
        Set<String> storeNames = storeNames(caller, target);
        for (int i = 0; i < stores.size(); i++) {
            String store = stores.get(i).getString("name");
            boolean exists = storeNames.contains(store);
            if (!exists) {
                int at = i;
                within("data_stores[" + at + "]", () -> dataStores.create(caller, target,
                        Jsonp.createObjectBuilder().add("name", store).build()));
                storeNames.add(store);
            }
            storeResults.add(Jsonp.createObjectBuilder().add("name", store).add("result", exists ? "kept" : "created"));
        }
        JsonArrayBuilder flowResults = Jsonp.createArrayBuilder();
        for (int i = 0; i < flows.size(); i++) {
            flowResults.add(workflow(caller, target, withSources(flows.get(i), sourceIds), "workflows[" + i + "]"));
        }
        JsonArrayBuilder missing = Jsonp.createArrayBuilder();
        Set<String> known = envKeys(caller, Scope.project(target));
        known.addAll(envKeys(caller, Scope.workspace(caller.workspaceId())));
        vars.stream().map(v -> v.getString("key")).filter(k -> !known.contains(k)).forEach(missing::add);

        JsonObject result = Jsonp.createObjectBuilder().add("project_id", target).add("project_created", created)
                .add("workflows", flowResults).add("sources", sourceResults).add("data_stores", storeResults)
                .add("missing_env_vars", missing).build();
        audit.imported(caller.workspaceId(), target, result);
        return result;
    }

    private JsonObject source(User caller, String project, JsonObject s, String field, Map<String, String> ids) {
        String name = s.getString("name");
        Source existing = sources.inProject(project).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        String id;
        if (existing != null) {
            id = existing.id();
        } else {
            JsonObjectBuilder create = Jsonp.createObjectBuilder().add("name", name).add("project_id", project)
                    .add("component_code", s.getString("component_code"));
            if (s.get("configured_props") instanceof JsonObject props) {
                create.add("configured_props", props);
            }
            id = within(field, () -> sourceService.create(caller, create.build())).source().id();
            if (s.get("active") == JsonValue.FALSE) {
                within(field, () -> sourceService.update(caller, id, Jsonp.createObjectBuilder().add("active", false).build()));
            }
        }
        if (s.get("id") instanceof jakarta.json.JsonString old) {
            ids.put(old.getString(), id);
        }
        return Jsonp.createObjectBuilder().add("name", name).add("id", id)
                .add("result", existing != null ? "kept" : "created").build();
    }

    private JsonObject workflow(User caller, String project, JsonObject doc, String field) {
        WorkflowRequest request = within(field, () -> DefinitionParser.parseWhole(doc));
        String name = request.definition().name();
        Workflow existing = workflows.inProject(project).stream().filter(w -> w.name().equals(name)).findFirst()
                .orElse(null);
        JsonObject body = Jsonp.createObjectBuilder(doc).remove("project_id").remove("folder_id")
                .add("message", MESSAGE).build();
        String result;
        WorkflowView view = null;
        if (existing == null) {
            view = within(field, () -> workflowService.importWorkflow(caller, body, project));
            result = "created";
        } else {
            JsonObject incoming = WorkflowDocument.of(request.definition(), request.active() == null || request.active());
            if (incoming.equals(workflowService.export(caller, existing.id()))) {
                result = "unchanged";
            } else {
                view = within(field, () -> workflowService.update(caller, existing.id(), body));
                result = "updated";
            }
        }
        return Jsonp.createObjectBuilder().add("name", name)
                .add("id", view != null ? view.workflow().id() : existing.id())
                .add("version", view != null ? view.workflow().version() : existing.version())
                .add("result", result).build();
    }

    /** The workflow file with its source triggers pointing at the sources the import made or found. */
    private static JsonObject withSources(JsonObject doc, Map<String, String> ids) {
        if (!(doc.get("triggers") instanceof JsonArray triggers)) {
            return doc;
        }
        JsonArrayBuilder mapped = Jsonp.createArrayBuilder();
        for (JsonValue t : triggers) {
            if (t instanceof JsonObject trigger && trigger.get("source_id") instanceof jakarta.json.JsonString s
                    && ids.containsKey(s.getString())) {
                mapped.add(Jsonp.createObjectBuilder(trigger).add("source_id", ids.get(s.getString())));
            } else {
                mapped.add(t);
            }
        }
        return Jsonp.createObjectBuilder(doc).add("triggers", mapped).build();
    }

    private Set<String> storeNames(User caller, String project) {
        Set<String> names = new HashSet<>();
        String after = null;
        while (true) {
            var page = dataStores.list(caller, project, new PageRequest(PageRequest.MAX_LIMIT, after, null));
            page.items().stream().map(DataStoreView::name).forEach(names::add);
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                return names;
            }
            after = page.endCursor();
        }
    }

    private Set<String> envKeys(User caller, Scope scope) {
        Set<String> keys = new HashSet<>();
        String after = null;
        while (true) {
            var page = envVars.list(caller, scope, new PageRequest(PageRequest.MAX_LIMIT, after, null));
            page.items().stream().map(EnvVarView::key).forEach(keys::add);
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                return keys;
            }
            after = page.endCursor();
        }
    }

    /** The array field's objects (absent: none); a 400 naming the element that is not an object. */
    private static List<JsonObject> objects(JsonObject o, String field) {
        if (!o.containsKey(field) || o.isNull(field)) {
            return List.of();
        }
        JsonArray array = BodyFields.array(o, field);
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(BodyFields.object(array.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    /** Runs {@code step}; a 400 it raises names its field inside {@code prefix} ({@code workflows[1].steps[0].code}). */
    private static <T> T within(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field() == null ? prefix : prefix + "." + e.field(),
                    prefix + ": " + e.getMessage());
        }
    }
}
