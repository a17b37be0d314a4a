package io.millrace.application.intake;

import io.millrace.application.response.Accepted;
import io.millrace.application.response.ResponseHub;
import io.millrace.application.source.SourceHttpIntake;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Ids;
import io.millrace.application.identity.OAuthTokens;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.TriggerAuth;
import io.millrace.domain.workflow.TriggerSpec;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts events sent to HTTP endpoints ({@code /e/<key>}): {@link #find} tells what the key belongs to
 * (an active workflow's HTTP trigger, else an active source's HTTP interface); {@link #accept} stores and
 * queues the event before the caller is answered (for a workflow see {@link EventRecorder}; for a source
 * {@link SourceHttpIntake}), so an answered request is never lost.
 */
@ApplicationScoped
public class HttpTriggerIntake {
    @Inject
    WorkflowRepository workflows;
    @Inject
    EventRecorder recorder;
    @Inject
    ResponseHub responses;
    @Inject
    SourceHttpIntake sources;
    @Inject
    OAuthTokens oauthTokens;

    /** What the key belongs to, or empty when no active workflow or source has it. */
    public Optional<Endpoint> find(String key) {
        Optional<Endpoint> workflow = workflowTarget(key);
        return workflow.isPresent() ? workflow : sources.find(key).map(Endpoint.OfSource::new);
    }

    /** @throws QueueFullException when the workflow's queue is full; the refusal is recorded */
    public Accepted accept(Endpoint endpoint, JsonObject event) {
        if (endpoint instanceof Endpoint.OfSource s) {
            return sources.accept(s.source(), event);
        }
        TriggerTarget target = ((Endpoint.OfWorkflow) endpoint).target();
        String id = Ids.ordered(System.currentTimeMillis());
        CompletableFuture<HttpReply> reply = target.deployment().customResponse() ? responses.expect(id) : null;
        boolean admitted;
        try {
            admitted = recorder.admit(target, event, id);
        } catch (RuntimeException e) {
            responses.forget(id);
            throw e;
        }
        if (!admitted) {
            responses.forget(id);
            QueueFullException full = new QueueFullException(target.deployment().controls());
            recorder.refuse(target, event, QueueFullException.NAME, full.getMessage());
            throw full;
        }
        return new Accepted(id, reply, target.deployment().definition().timeoutSeconds());
    }

    /** Records an event that was refused at the door (e.g. a body over the size limit). */
    public void reject(Endpoint endpoint, JsonObject event, String errorName, String errorMessage) {
        if (endpoint instanceof Endpoint.OfSource s) {
            sources.reject(s.source(), event, errorName, errorMessage);
        } else {
            recorder.refuse(((Endpoint.OfWorkflow) endpoint).target(), event, errorName, errorMessage);
        }
    }

    /**
     * Whether a request with this {@code Authorization} header may use the endpoint: always for a public
     * trigger or a source; for {@code custom_token} and {@code oauth} triggers only with the right Bearer token.
     */
    public boolean authorized(Endpoint endpoint, String authorization) {
        return !(endpoint instanceof Endpoint.OfWorkflow w) || authorization(w, authorization);
    }

    private boolean authorization(Endpoint.OfWorkflow endpoint, String header) {
        TriggerAuth auth = endpoint.auth();
        if (auth.isPublic()) {
            return true;
        }
        String token = bearer(header);
        if (token == null) {
            return false;
        }
        if (TriggerAuth.CUSTOM_TOKEN.equals(auth.type())) {
            return auth.matchesToken(token);
        }
        String workspaceId = endpoint.target().workflow().workspaceId();
        return oauthTokens.caller(token).filter(u -> workspaceId.equals(u.workspaceId())).isPresent();
    }

    private static String bearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private Optional<Endpoint> workflowTarget(String key) {
        Optional<HttpTrigger> trigger = workflows.httpTriggerByKey(key);
        Optional<Workflow> workflow = trigger.flatMap(t -> workflows.workflow(null, t.workflowId()))
                .filter(Workflow::active);
        return workflow.map(w -> {
            WorkflowDeployment deployment = workflows.deployment(w.deploymentId()).orElseThrow();
            List<TriggerSpec> http = deployment.definition().triggers().stream()
                    .filter(t -> TriggerSpec.HTTP.equals(t.type())).toList();
            int position = trigger.get().position();
            TriggerAuth auth = position < http.size() ? http.get(position).auth() : TriggerAuth.PUBLIC;
            return new Endpoint.OfWorkflow(new TriggerTarget(trigger.get().id(), null, w, deployment, 0), auth);
        });
    }
}
