package io.millrace.application.notification;

import io.millrace.application.eventing.DeliveryQueue;
import io.millrace.domain.subscription.Delivery;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.JsonText;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Error notifications (seed: /workflows/building-workflows/errors): at most one per workflow and error name per
 * 24 hours ({@link NoticeWriter}, stored), unless {@code notify_on_errors} is false in the deployment the
 * execution ran on. Each is a
 * WARNING line in the server log, an email to each of the workspace's notification addresses (the owner's
 * address when it names none) and, when the workspace has a notification webhook, a JSON POST to it with the
 * webhooks' retries ({@link DeliveryQueue#post}, {@link Delivery#NOTIFICATIONS}). Runs outside transactions, on
 * the managed executor ({@link ErrorNotifier}); a failure is logged and never reaches the execution.
 */
@ApplicationScoped
public class ErrorNotices {
    private static final Logger LOG = Logger.getLogger(ErrorNotices.class.getName());

    @Inject
    WorkflowRepository workflows;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    NoticeWriter writer;
    @Inject
    MailSender mail;
    @Inject
    DeliveryQueue deliveries;
    @Inject
    @ConfigProperty(name = "millrace.endpoint.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** Notifies the error unless the workflow is gone or silent, or the same error was notified in the last day. */
    public void deliver(ErrorNotification error) {
        try {
            Workflow workflow = workflows.workflow(null, error.workflowId()).orElse(null);
            String deploymentId = error.deploymentId() == null ? workflow == null ? null : workflow.deploymentId()
                    : error.deploymentId();
            if (workflow == null || deploymentId != null && !workflows.deployment(deploymentId)
                    .map(d -> d.retention().notifyOnErrors()).orElse(true) || !claim(error)) {
                return;
            }
            LOG.warning(line(error.workflowId(), error.executionId(), error.name(), error.message()));
            Workspace workspace = workspaces.workspace(workflow.workspaceId()).orElse(null);
            if (workspace == null) {
                return;
            }
            String url = executionUrl(error.executionId());
            for (String to : recipients(workspace)) {
                email(ErrorMail.of(to, workflow.name(), error, url));
            }
            if (workspace.notificationWebhookUrl() != null) {
                deliveries.post(new Delivery(workspace.id(), Delivery.NOTIFICATIONS, workflow.id(),
                        error.executionId() == null ? workflow.id() + "-" + error.atMs() : error.executionId(),
                        "$errors", JsonText.write(payload(workflow, error, url).build()), 1, 0), 0);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not notify an error of workflow " + error.workflowId(), e);
        }
    }

    private boolean claim(ErrorNotification error) {
        try {
            return writer.claim(error.workflowId(), error.name(), System.currentTimeMillis());
        } catch (RuntimeException lostRace) {
            LOG.log(Level.FINE, "another server notified error " + error.name() + " of " + error.workflowId(), lostRace);
            return false;
        }
    }

    private List<String> recipients(Workspace workspace) {
        List<String> named = workspace.notificationEmails();
        if (!named.isEmpty()) {
            return named;
        }
        return workspaces.owner(workspace.id()).map(User::email).filter(e -> e != null).map(List::of).orElse(List.of());
    }

    private void email(MailMessage message) {
        try {
            mail.send(message);
        } catch (MailException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "could not email an error notification to " + message.to() + ": " + e.getMessage());
        }
    }

    private String executionUrl(String executionId) {
        if (executionId == null) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/v1/executions/" + executionId;
    }

    /** The webhook's JSON: {@code {"type": "workflow_error", "workflow_id", "workflow_name", "execution_id", …}}. */
    static JsonObjectBuilder payload(Workflow workflow, ErrorNotification e, String executionUrl) {
        JsonObjectBuilder error = Jsonp.createObjectBuilder().add("name", e.name())
                .add("message", e.message() == null ? "" : e.message());
        if (e.step() == null) {
            error.addNull("step");
        } else {
            error.add("step", e.step());
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("type", "workflow_error")
                .add("workflow_id", workflow.id()).add("workflow_name", workflow.name())
                .add("workspace_id", workflow.workspaceId());
        if (e.executionId() == null) {
            b.addNull("execution_id").addNull("execution_url");
        } else {
            b.add("execution_id", e.executionId()).add("execution_url", executionUrl);
        }
        return b.add("error", error).add("ts", Instant.ofEpochMilli(e.atMs()).toString());
    }

    static String line(String workflowId, String executionId, String name, String message) {
        return "Workflow " + workflowId + " error " + name + ": " + message + " (execution "
                + (executionId == null ? "none" : executionId) + ")";
    }
}
