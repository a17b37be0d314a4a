package io.millrace.application.source;

import io.millrace.application.project.ProjectAccess;
import io.millrace.application.project.ProjectChoice;
import io.millrace.application.component.ComponentService;
import io.millrace.domain.component.Component;
import io.millrace.domain.component.ComponentRepository;
import io.millrace.runtime.SourceOutcome;
import io.millrace.runtime.SourcePhase;
import io.millrace.runtime.StepListener;
import io.millrace.shared.Ids;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.domain.source.ConfiguredProps;
import io.millrace.domain.source.NameSlugs;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceBusyException;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRequest;
import io.millrace.domain.source.SourceRun;
import io.millrace.domain.workspace.User;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Creating, changing, reading and deleting sources, with the lifecycle hooks of the component API: on
 * create {@code deploy} then {@code activate}; on an update of code or props {@code deactivate} (old
 * code and props) then {@code activate} (new ones); {@code active: false} runs {@code deactivate},
 * {@code active: true} {@code activate}; delete runs {@code deactivate} (when active). Input is checked and
 * hooks run outside transactions; the change is then stored by {@link SourceWriter}.
 */
@ApplicationScoped
public class SourceService {
    @Inject
    ProjectAccess projectAccess;
    @Inject
    ProjectChoice projectChoice;
    @Inject
    SourceSecrets secrets;
    @Inject
    SourceRepository sources;
    @Inject
    ComponentRepository components;
    @Inject
    ComponentService componentService;
    @Inject
    SourceWriter writer;
    @Inject
    SourceRunStore store;
    @Inject
    SourceInvoker invoker;

    /**
     * @throws InvalidInputException also when the {@code deploy} or {@code activate} hook fails: the source
     *                               is then not created
     */
    public SourceView create(User caller, JsonValue body) {
        SourceRequest request = SourceRequest.parse(body, false);
        if (!request.namesComponent()) {
            throw new InvalidInputException("component_id",
                    "one of component_id, component_code, component_url or key is required");
        }
        Component component = sourceComponent(caller, request);
        ConfiguredProps.Configuration config = ConfiguredProps.validate(component.configurablePropsJson(),
                request.configuredProps(), component.code());
        String name = request.name() != null ? request.name()
                : NameSlugs.slug(component.name() != null ? component.name() : component.key());
        String id = Ids.random("dc_");
        String httpKey = config.httpProp() != null ? Ids.endpointKey() : null;
        String projectId = projectChoice.forCaller(caller, request.projectId()).id();
        SourceInvoker.Target target = new SourceInvoker.Target(id, caller.workspaceId(), projectId, component,
                config.runtimePropsJson(), httpKey);
        List<SourceHookRun> hooks = new ArrayList<>();
        String db = "{}";
        for (SourcePhase phase : List.of(SourcePhase.DEPLOY, SourcePhase.ACTIVATE)) {
            SourceHookRun hook = hook(target, phase, db);
            if (hook != null) {
                if (!hook.outcome().succeeded()) {
                    throw new InvalidInputException(null, "the source was not created: its " + phase.jsName()
                            + " hook failed: " + failure(hook.outcome()));
                }
                db = hook.outcome().dbJson() == null ? db : hook.outcome().dbJson();
                hooks.add(hook);
            }
        }
        Source created = writer.create(new SourceWriter.NewSource(id, caller.workspaceId(), projectId, caller.id(),
                name, httpKey, component.id(), secrets.seal(id, config)), hooks);
        return view(created);
    }

    public SourceView update(User caller, String id, JsonValue body) {
        Source current = find(caller, id);
        SourceRequest request = SourceRequest.parse(body, true);
        Component old = components.find(current.componentId()).orElseThrow();
        Component component = request.namesComponent() ? sourceComponent(caller, request) : old;
        boolean changesCode = !component.id().equals(old.id()) || request.configuredProps() != null;
        ConfiguredProps.Configuration config = changesCode ? ConfiguredProps.validate(
                component.configurablePropsJson(), secrets.merged(current, request.configuredProps()), component.code()) : null;
        boolean wantActive = request.active() == null ? current.active() : request.active();
        boolean deactivate = current.active() && (changesCode || !wantActive);
        boolean activate = wantActive && (changesCode || !current.active());
        String httpKey = config == null ? current.httpKey()
                : config.httpProp() == null ? null : current.httpKey() != null ? current.httpKey() : Ids.endpointKey();
        SourceWriter.Change change = new SourceWriter.Change(request.name(), component.id(), secrets.seal(id, config), httpKey,
                request.active());
        if (!deactivate && !activate) {
            return view(writer.update(id, null, change, List.of()).orElseThrow(() -> notFound(id)));
        }
        SourceRunStore.Lease lease = lease(id);
        try {
            List<SourceHookRun> hooks = new ArrayList<>();
            String db = lease.source().dbJson();
            if (deactivate) {
                SourceHookRun hook = hook(new SourceInvoker.Target(id, current.workspaceId(), current.projectId(), old, secrets.runtimeProps(current), current.httpKey()),
                        SourcePhase.DEACTIVATE, db);
                if (hook != null) {
                    hooks.add(hook);
                    db = hook.outcome().dbJson() == null ? db : hook.outcome().dbJson();
                }
            }
            if (activate) {
                String props = config == null ? secrets.runtimeProps(current) : config.runtimePropsJson();
                SourceHookRun hook = hook(new SourceInvoker.Target(id, current.workspaceId(), current.projectId(), component, props, httpKey),
                        SourcePhase.ACTIVATE, db);
                if (hook != null) {
                    hooks.add(hook);
                }
            }
            return view(writer.update(id, lease.token(), change, hooks).orElseThrow(() -> notFound(id)));
        } catch (RuntimeException e) {
            store.release(id, lease.token());
            throw e;
        }
    }

    /** Runs {@code deactivate} (when active) and deletes the source. */
    public void delete(User caller, String id) {
        Source current = find(caller, id);
        SourceRunStore.Lease lease = lease(id);
        try {
            if (current.active()) {
                components.find(current.componentId()).ifPresent(c -> hook(new SourceInvoker.Target(id, current.workspaceId(), current.projectId(), c,
                        secrets.runtimeProps(current), current.httpKey()), SourcePhase.DEACTIVATE, lease.source().dbJson()));
            }
        } finally {
            if (!writer.delete(id)) {
                throw notFound(id);
            }
        }
    }

    public SourceView get(User caller, String id) {
        return view(find(caller, id));
    }

    /** The sources the caller created. */
    public Page<SourceView> ofUser(User caller, PageRequest page) {
        return sources.ofUser(caller.id(), projectAccess.hidden(), page).map(this::view);
    }

    /** The sources of a workspace the caller belongs to. */
    public Page<SourceView> ofWorkspace(User caller, String orgId, PageRequest page) {
        if (!caller.workspaceId().equals(orgId)) {
            throw new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
        }
        return sources.ofWorkspace(orgId, projectAccess.hidden(), page).map(this::view);
    }

    /** The source's runs (hooks and {@code run}), newest first. */
    public Page<SourceRun> runs(User caller, String id, PageRequest page) {
        find(caller, id);
        return sources.runs(id, page);
    }

    Source find(User caller, String id) {
        return projectAccess.visible(sources.find(caller.workspaceId(), id), Source::projectId)
                .orElseThrow(() -> notFound(id));
    }

    private SourceView view(Source source) {
        return new SourceView(source, invoker.endpointUrl(source.httpKey()),
                components.find(source.componentId()).map(Component::configurablePropsJson).orElse("[]"));
    }

    private Component sourceComponent(User caller, SourceRequest r) {
        Component c = componentService.forSource(caller.workspaceId(), r.componentId(), r.componentCode(),
                r.componentUrl(), r.key());
        if (!c.source()) {
            String field = r.componentId() != null ? "component_id" : r.componentCode() != null ? "component_code"
                    : r.componentUrl() != null ? "component_url" : "key";
            throw new InvalidInputException(field, "the component is an action, not a source");
        }
        return c;
    }

    /** Runs the hook when the component defines it; null when it does not. */
    private SourceHookRun hook(SourceInvoker.Target target, SourcePhase phase, String db) {
        if (!target.component().hasHook(phase.jsName())) {
            return null;
        }
        long started = System.currentTimeMillis();
        SourceOutcome outcome = invoker.invoke(target, phase, null, db, StepListener.NONE);
        return new SourceHookRun(phase, target.component(), outcome, started);
    }

    /** Waits for the source's lease (a run in flight ends within its time limit). */
    private SourceRunStore.Lease lease(String id) {
        long waitUntil = System.currentTimeMillis() + (invoker.timeoutSeconds() + 20L) * 1000;
        while (true) {
            long now = System.currentTimeMillis();
            SourceRunStore.Lease lease = store.acquire(id, null, now + (invoker.timeoutSeconds() + 15L) * 1000);
            switch (lease.state()) {
                case ACQUIRED:
                    return lease;
                case GONE:
                    throw notFound(id);
                default:
                    if (now > waitUntil) {
                        throw new SourceBusyException("source " + id + " is busy running; try again");
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SourceBusyException("interrupted while waiting for source " + id);
                    }
            }
        }
    }

    private static String failure(SourceOutcome outcome) {
        if (outcome.error() == null) {
            return "it did not finish in time";
        }
        return Quoted.detail(outcome.error().name() + ": " + outcome.error().message());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("source " + Quoted.value(id) + " not found");
    }
}
