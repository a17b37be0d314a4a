package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.shared.BodyFields;
import io.millrace.shared.ConflictException;
import io.millrace.shared.ForbiddenException;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import io.millrace.shared.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.runtime.ComponentPackage;
import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Saving and reading components. A component is saved from code given in the request, from a
 * registry path, or from code fetched at an http(s) URL; code given wins and the URL is then kept as
 * metadata. Saving the same code with the same URL again in a workspace returns the saved component.
 */
@ApplicationScoped
public class ComponentService {
    /** The largest archive uploaded as a request body. */
    public static final int MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
    private static final Set<String> CREATE_FIELDS = Set.of("component_code", "component_url", "files", "entry",
            "archive", "npm", "org_id", "include", "exclude");

    @Inject
    ComponentRepository components;
    @Inject
    ComponentRegistry registry;
    @Inject
    ComponentDescriber describer;
    @Inject
    ComponentWriter writer;
    @Inject
    ComponentPackages packages;

    /** {@code POST /v1/components}. */
    public Component create(User caller, JsonValue body) {
        JsonObject o = BodyFields.body(body, CREATE_FIELDS);
        String code = BodyFields.text(o, "component_code");
        String url = BodyFields.text(o, "component_url");
        String entry = BodyFields.text(o, "entry");
        String archive = BodyFields.text(o, "archive");
        String npm = BodyFields.text(o, "npm");
        JsonValue files = o.get("files");
        // an empty object counts as absent: generated API clients send "files": {} when it is not set
        boolean hasFiles = files != null && files.getValueType() != JsonValue.ValueType.NULL
                && !(files.getValueType() == JsonValue.ValueType.OBJECT && files.asJsonObject().isEmpty());
        int ways = (code != null ? 1 : 0) + (hasFiles ? 1 : 0) + (archive != null ? 1 : 0) + (npm != null ? 1 : 0);
        if (ways > 1) {
            throw new InvalidInputException(hasFiles && code != null ? "files" : archive != null ? "archive" : "npm",
                    "give the component one way: component_code, files, archive or npm");
        }
        if (ways == 0 && url == null) {
            throw new InvalidInputException("component_code",
                    "component_code, component_url, files (with entry), archive (with entry) or npm (with entry) is required");
        }
        if (entry != null && !hasFiles && archive == null && npm == null) {
            throw new InvalidInputException("entry", "entry goes with files, archive or npm");
        }
        String field = "component_code";
        if (hasFiles) {
            code = packages.fromFiles(files, entry);
            field = "files";
        } else if (archive != null) {
            code = packages.fromArchive(archive, entry);
            field = "archive";
        } else if (npm != null) {
            code = packages.fromNpm(npm, entry);
            field = "npm";
        }
        return save(caller.workspaceId(), code, url, field);
    }

    /**
     * {@code POST /v1/components} with the archive itself as the body, or as a form's part (a zip or tar.gz, at most
     * {@value #MAX_ARCHIVE_BYTES} bytes), and {@code entry} as a query parameter or a form's part.
     */
    public Component createFromArchive(User caller, byte[] archive, String entry) {
        if (entry == null || entry.isBlank()) {
            throw new InvalidInputException("entry", "entry is required with an uploaded archive (a query parameter,"
                    + " or a part of the form): the path of the component's file inside it");
        }
        if (archive.length > MAX_ARCHIVE_BYTES) {
            throw new TooLargeException("the uploaded archive is larger than " + MAX_ARCHIVE_BYTES + " bytes (the limit)");
        }
        if (archive.length == 0) {
            throw new InvalidInputException("archive", "the request body must be the archive (a zip or tar.gz file)");
        }
        return save(caller.workspaceId(), packages.fromArchive(archive, entry), null, "archive");
    }

    /**
     * An uploaded body, read up to one byte over {@code max} (so that {@link #createFromArchive} or the caller can say it
     * is too large, 413) without reading more; a body that breaks off is a 400 naming {@code archive}.
     */
    public static byte[] readUpload(InputStream body, int max, String what) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(max + 1);
        } catch (IOException e) {
            throw new InvalidInputException("archive", "the uploaded " + what + " could not be read to its end");
        }
        if (bytes.length > max) {
            throw new TooLargeException("the uploaded " + what + " is larger than " + max + " bytes (the limit)");
        }
        return bytes;
    }

    /** A component of the caller's workspace by id or key, or a registry component by id. */
    public Component get(User caller, String keyOrId) {
        Optional<Component> found = keyOrId.startsWith("sc_") ? visible(caller.workspaceId(), keyOrId)
                : components.newestByKey(caller.workspaceId(), keyOrId);
        return found.orElseThrow(() -> new NotFoundException("component " + Quoted.value(keyOrId) + " not found"));
    }

    /**
     * {@code DELETE /v1/components/{id}}: deletes a component of the caller's workspace (by id or key) that no workflow
     * deployment and no source uses; otherwise a 409 naming them. A registry component cannot be deleted (403).
     */
    public void delete(User caller, String id) {
        Component c = get(caller, id);
        if (c.registry()) {
            throw new ForbiddenException("component " + Quoted.value(id) + " belongs to Millrace's registry and cannot be deleted");
        }
        Map<String, String> workflows = components.workflowsUsing(c.id());
        Map<String, String> sources = components.sourcesUsing(c.id());
        if (!workflows.isEmpty() || !sources.isEmpty()) {
            StringBuilder users = new StringBuilder();
            workflows.forEach((wid, name) -> users.append(users.isEmpty() ? "" : ", ").append("workflow ").append(wid)
                    .append(" (").append(Quoted.value(name)).append(')'));
            sources.forEach((sid, name) -> users.append(users.isEmpty() ? "" : ", ").append("source ").append(sid)
                    .append(" (").append(Quoted.value(name)).append(')'));
            throw new ConflictException("component " + Quoted.value(id) + " is in use by " + users
                    + "; delete them or deploy them without it first");
        }
        writer.remove(c);
    }

    public Component registry(String key) {
        return registry.byKey(key).orElseThrow(() -> new NotFoundException("no registry component " + Quoted.value(key)));
    }

    public ComponentRegistry.Search search(String query, String app, int limit) {
        return registry.search(query, app, limit);
    }

    /**
     * The component a source request names, by precedence {@code component_id}, {@code component_code},
     * {@code component_url}, {@code key} (a registry key); null when it names none.
     */
    public Component forSource(String workspaceId, String componentId, String code, String url, String key) {
        if (componentId != null) {
            return visible(workspaceId, componentId).orElseThrow(() ->
                    new InvalidInputException("component_id", "component " + Quoted.value(componentId) + " not found"));
        }
        if (code != null || url != null) {
            return save(workspaceId, code, url, "component_code");
        }
        if (key != null) {
            return registry.byKey(key).orElseThrow(() ->
                    new InvalidInputException("key", "no registry component has the key " + Quoted.of(key)));
        }
        return null;
    }

    /**
     * The action a workflow step names with {@code component}: a {@code sc_…} id (the workspace's or the
     * registry's), a registry key, or a key of the workspace's components.
     */
    public Component forStep(String workspaceId, String ref, String field) {
        Component c = (ref.startsWith("sc_") ? visible(workspaceId, ref)
                : registry.byKey(ref).or(() -> components.newestByKey(workspaceId, ref)))
                .orElseThrow(() -> new InvalidInputException(field, "no component " + Quoted.of(ref)));
        if (c.source()) {
            throw new InvalidInputException(field, "component " + Quoted.of(ref) + " is a source; a step needs an action");
        }
        return c;
    }

    private Optional<Component> visible(String workspaceId, String id) {
        return components.find(id).filter(c -> c.registry() || c.workspaceId().equals(workspaceId));
    }

    private Component save(String workspaceId, String code, String url, String codeField) {
        String field = code != null ? codeField : "component_url";
        if (url != null && url.length() > Component.MAX_URL_LENGTH) {
            throw new InvalidInputException("component_url",
                    "component_url must be at most " + Component.MAX_URL_LENGTH + " characters");
        }
        Component fromRegistry = null;
        String text = code;
        if (text == null) {
            fromRegistry = registry.forUrl(url).orElse(null);
            text = fromRegistry != null ? fromRegistry.code() : packages.fromUrl(url);
        }
        String hash = ComponentDescriber.hash(text);
        Optional<Component> same = components.sameCode(workspaceId, hash, url);
        if (same.isPresent()) {
            return same.get();
        }
        Component.Declaration declaration = fromRegistry != null ? fromRegistry.declaration()
                : describer.describe(text, field);
        if (ComponentPackage.isPackage(text)) {
            // the package's code pins its npm versions, so its code_hash covers its files, entry and versions
            Map<String, String> pinned = JsonText.parseObject(declaration.packagesJson()).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()));
            text = ComponentPackage.decode(text).withNpm(pinned).encode();
            hash = ComponentDescriber.hash(text);
            same = components.sameCode(workspaceId, hash, url);
            if (same.isPresent()) {
                return same.get();
            }
        }
        return writer.add(new Component(Ids.random("sc_"), workspaceId, declaration, text, hash, url, null,
                System.currentTimeMillis()));
    }
}
