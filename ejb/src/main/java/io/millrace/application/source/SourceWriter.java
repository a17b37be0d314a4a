package io.millrace.application.source;

import io.millrace.application.eventing.SubscriptionLinks;
import io.millrace.shared.Ids;
import io.millrace.domain.source.ConfiguredProps;
import io.millrace.domain.source.NameSlugs;
import io.millrace.domain.source.Source;
import io.millrace.domain.source.SourceMessage;
import io.millrace.domain.source.SourceRepository;
import io.millrace.domain.source.SourceRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transactions that create, change and delete sources, together with the records of the hooks that
 * ran for the change and the timer's (re)scheduling. Input is validated and hooks are run before it gets
 * here, so these methods do not fail on client mistakes.
 */
@ApplicationScoped
@Transactional
public class SourceWriter {
    @Inject
    SourceRepository sources;
    @Inject
    SourceRecorder recorder;
    @Inject
    SourceQueue queue;
    @Inject
    SubscriptionLinks links;

    /** A new source, active, with the given configuration; its name slug is made unique in the workspace. */
    public Source create(NewSource spec, List<SourceHookRun> hooks) {
        long now = System.currentTimeMillis();
        String slug = NameSlugs.unique(NameSlugs.slug(spec.name()), sources.slugsLike(spec.workspaceId(),
                NameSlugs.slug(spec.name())));
        Source source = new Source(spec.id(), spec.workspaceId(), spec.projectId(), spec.userId(), spec.name(), slug,
                spec.httpKey(), now);
        source.configure(spec.componentId(), spec.configuration(), now);
        source.activate(true, now);
        sources.add(source);
        links.autoSubscribe(source.workspaceId(), source.id(), now);
        recordHooks(source, hooks, now);
        recorder.reschedule(source, now);
        return source;
    }

    /** What a new source is made of. */
    public record NewSource(String id, String workspaceId, String projectId, String userId, String name,
                            String httpKey, String componentId, ConfiguredProps.Configuration configuration) {
    }

    /**
     * A change of a source.
     *
     * @param name          the new name, or null
     * @param componentId   the (new) component, with {@code configuration}; both null to keep them
     * @param httpKey       the endpoint key that goes with the configuration
     * @param active        the new state, or null
     */
    public record Change(String name, String componentId, ConfiguredProps.Configuration configuration,
                         String httpKey, Boolean active) {
    }

    /**
     * Applies the change, records the hooks that ran and releases the lease ({@code token} may be null when
     * none was taken).
     *
     * @return the changed source, or empty when it no longer exists
     */
    public Optional<Source> update(String id, String token, Change change, List<SourceHookRun> hooks) {
        Source source = sources.lock(id).orElse(null);
        if (source == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (change.name() != null && !change.name().equals(source.name())) {
            String base = NameSlugs.slug(change.name());
            Set<String> taken = sources.slugsLike(source.workspaceId(), base);
            taken.remove(source.nameSlug());
            source.rename(change.name(), NameSlugs.unique(base, taken), now);
        }
        boolean wasActive = source.active();
        if (change.configuration() != null) {
            source.configure(change.componentId(), change.configuration(), now);
            source.httpKey(change.httpKey());
        }
        if (change.active() != null) {
            source.activate(change.active(), now);
        }
        recordHooks(source, hooks, now);
        if (change.configuration() != null || wasActive != source.active()) {
            recorder.reschedule(source, now);
        }
        source.release(token);
        return Optional.of(source);
    }

    /** Deletes the source (its events and runs are removed asynchronously); false when it no longer exists. */
    public boolean delete(String id) {
        Source source = sources.lock(id).orElse(null);
        if (source == null) {
            return false;
        }
        sources.remove(source);
        links.forget(id);
        queue.send(new SourceMessage.Purge(id), 0);
        return true;
    }

    private void recordHooks(Source source, List<SourceHookRun> hooks, long now) {
        for (SourceHookRun hook : hooks) {
            SourceRun run = new SourceRun(Ids.ordered(hook.startedAt()), source.id(), hook.phase().jsName(), "hook",
                    null, hook.startedAt());
            run.start(source.nextRunSeq(), hook.startedAt());
            sources.add(run);
            recorder.record(source, hook.component(), run, hook.outcome(), now);
        }
    }
}
