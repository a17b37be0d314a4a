package io.millrace.application.intake;

import io.millrace.application.response.Accepted;
import io.millrace.application.response.ResponseHub;
import io.millrace.application.source.SourceHttpIntake;
import io.millrace.runtime.HttpReply;
import io.millrace.shared.Ids;
import io.millrace.domain.workflow.HttpTrigger;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

    /** What the key belongs to, or empty when no active workflow or source has it. */
    public Optional<Endpoint> find(String key) {
        Optional<Endpoint> workflow = workflowTarget(key).map(Endpoint.OfWorkflow::new);
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

    private Optional<TriggerTarget> workflowTarget(String key) {
        Optional<HttpTrigger> trigger = workflows.httpTriggerByKey(key);
        Optional<Workflow> workflow = trigger.flatMap(t -> workflows.workflow(null, t.workflowId()))
                .filter(Workflow::active);
        return workflow.map(w -> new TriggerTarget(trigger.get().id(), null, w,
                workflows.deployment(w.deploymentId()).orElseThrow(), 0));
    }
}
