package io.millrace.web.api.identity;

import io.millrace.web.api.support.Renders;
import io.millrace.application.identity.UserView;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.Workspace;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Workspaces and the current user in the seeds' shapes. Millrace has no quotas and meters no credits,
 * so the quota and credit fields are null; the used counts are real (see {@link UserView}). A user's
 * API key is never shown (only its hash is stored), so {@code api_key} is absent.
 */
final class WorkspaceJson {
    private WorkspaceJson() {
    }

    /** The workspace, with the caller's {@code role} there (Millrace's addition). */
    static JsonObjectBuilder workspace(Workspace w, Role role) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", w.id()).add("orgname", w.orgname())
                .add("name", w.name());
        Renders.addNullable(b, "email", w.email());
        b.addNull("daily_credits_quota").addNull("daily_credits_used");
        return role == null ? b : b.add("role", role.json());
    }

    /**
     * The workspace with its settings (Millrace's additions): {@code GET /v1/workspaces/{org_id}}; where its error
     * notifications go only for its admins and owner, who manage them.
     */
    static JsonObjectBuilder withSettings(Workspace w, Role role) {
        JsonObjectBuilder b = workspace(w, role).add("require_two_factor", w.requireTwoFactor())
                .add("login_methods", w.loginMethods().json())
                .add("sso_domains", Jsonp.createArrayBuilder(w.ssoDomains()));
        if (role == Role.OWNER || role == Role.ADMIN) {
            b.add("notification_emails", Jsonp.createArrayBuilder(w.notificationEmails()));
            Renders.addNullable(b, "notification_webhook_url", w.notificationWebhookUrl());
        }
        return b;
    }

    static JsonObjectBuilder me(UserView view) {
        JsonArrayBuilder orgs = Jsonp.createArrayBuilder();
        view.orgs().forEach(o -> orgs.add(workspace(o.workspace(), o.role())));
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("id", view.user().id())
                .add("username", view.user().username());
        Renders.addNullable(b, "email", view.user().email());
        return b.add("admin", view.user().admin())
                .addNull("daily_compute_time_quota")
                .add("daily_compute_time_used", view.computeMillisToday())
                .addNull("daily_invocations_quota")
                .add("daily_invocations_used", view.invocationsToday())
                .add("orgs", orgs);
    }
}
