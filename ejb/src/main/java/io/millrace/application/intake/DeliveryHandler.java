package io.millrace.application.intake;

import io.millrace.application.source.SourceRunStore;
import io.millrace.shared.Ids;
import io.millrace.shared.JsonText;
import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.subscription.EmitterIds;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Hands a delivered event to its listener, in the delivery worker's transaction (which also consumes
 * the message, so the listener gets the event once): a workflow gets an execution, through its gate as
 * for HTTP events ({@link EventRecorder}); a source gets a queued {@code run(event)}. Listeners that are
 * gone or inactive are skipped.
 */
@ApplicationScoped
@Transactional
public class DeliveryHandler {
    private static final Logger LOG = Logger.getLogger(DeliveryHandler.class.getName());

    @Inject
    WorkflowRepository workflows;
    @Inject
    EventRecorder recorder;
    @Inject
    SourceRunStore sourceRuns;

    public void handle(String body) {
        Delivery delivery = Delivery.parse(body);
        if (delivery.listenerId().startsWith(EmitterIds.WORKFLOW)) {
            toWorkflow(delivery);
        } else if (delivery.listenerId().startsWith(EmitterIds.SOURCE)) {
            sourceRuns.queueEventRun(delivery.workspaceId(), delivery.listenerId(), delivery.eventJson(),
                    delivery.hops());
        } else {
            LOG.warning(() -> "delivery to an unknown kind of listener " + delivery.listenerId() + " dropped");
        }
    }

    private void toWorkflow(Delivery delivery) {
        Workflow workflow = workflows.workflow(delivery.workspaceId(), delivery.listenerId())
                .filter(Workflow::active).orElse(null);
        if (workflow == null) {
            return;
        }
        WorkflowDeployment deployment = workflows.deployment(workflow.deploymentId()).orElseThrow();
        TriggerTarget target = new TriggerTarget(delivery.emitterId(), delivery.eventId(), workflow, deployment,
                delivery.hops());
        JsonValue event = JsonText.parse(delivery.eventJson());
        if (!recorder.admit(target, event, Ids.ordered(System.currentTimeMillis()))) {
            recorder.refuse(target, event, QueueFullException.NAME,
                    QueueFullException.message(deployment.controls().queueSize()));
        }
    }
}
