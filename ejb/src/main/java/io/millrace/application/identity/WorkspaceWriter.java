package io.millrace.application.identity;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.Project;
import io.millrace.domain.workspace.Role;
import io.millrace.shared.Ids;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.Workspace;
import io.millrace.domain.workspace.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.domain.workspace.LoginMethods;
import io.millrace.shared.NotFoundException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The transactions that store a new workspace with its project and its owner, and that change a
 * workspace's settings (checked before, except what depends on the stored settings).
 */
@ApplicationScoped
@Transactional
public class WorkspaceWriter {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    MembershipRepository memberships;
    @Inject
    AuditLog audit;
    @Inject
    io.millrace.domain.signin.SignInRepository signIn;

    public void create(Workspace workspace, Project project, User user) {
        workspaces.add(workspace);
        workspaces.add(project);
        workspaces.add(user);
        memberships.add(new Membership(Ids.random("mem_"), workspace.id(), user.id(), Role.OWNER, user.createdAt()));
        audit.record(workspace.id(), AuditActions.WORKSPACE_CREATED, new Target("workspace", workspace.id()),
                Jsonp.createObjectBuilder().add("orgname", workspace.orgname()).add("name", workspace.name()).build());
        audit.record(workspace.id(), AuditActions.USER_CREATED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("admin", user.admin())
                        .add("role", Role.OWNER.json()).build());
    }

    /** Ends the browser sessions of the members with a password and without 2FA, except {@code keepId}. */
    private int signOutMembersWithoutTwoFactor(String workspaceId, String keepId) {
        int revoked = 0;
        for (MembershipRepository.Member m : memberships.members(workspaceId)) {
            boolean mustEnrol = signIn.account(m.user().id())
                    .map(a -> a.hasPassword() && !a.twoFactorEnabled()).orElse(false);
            if (mustEnrol) {
                revoked += signIn.removeSessionsOf(m.user().id(), keepId);
            }
        }
        return revoked;
    }

    /**
     * What to change; null fields stay as they are. {@code notificationWebhookUrl} "" removes the URL.
     */
    public record Change(String name, Boolean requireTwoFactor, LoginMethods loginMethods, List<String> ssoDomains,
                         List<String> notificationEmails, String notificationWebhookUrl) {
    }

    /** The workspace after the change, and whether 2FA became required by it. */
    public record Changed(Workspace workspace, boolean twoFactorNowRequired) {
    }

    /** Applies the change and records {@code workspace.updated} with the changed fields (nothing when none). */
    public Changed update(String workspaceId, Change change, String keepSessionId) {
        Workspace w = workspaces.workspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("workspace not found"));
        JsonArrayBuilder names = Jsonp.createArrayBuilder();
        JsonObjectBuilder details = Jsonp.createObjectBuilder();
        boolean any = false;
        boolean twoFactorNow = false;
        if (change.name() != null && !change.name().equals(w.name())) {
            details.add("from_name", w.name()).add("name", change.name());
            w.rename(change.name());
            names.add("name");
            any = true;
        }
        if (change.requireTwoFactor() != null && change.requireTwoFactor() != w.requireTwoFactor()) {
            twoFactorNow = change.requireTwoFactor();
            w.requireTwoFactor(change.requireTwoFactor());
            details.add("require_two_factor", change.requireTwoFactor());
            names.add("require_two_factor");
            any = true;
        }
        if (change.loginMethods() != null && change.loginMethods() != w.loginMethods()) {
            w.loginMethods(change.loginMethods());
            details.add("login_methods", change.loginMethods().json());
            names.add("login_methods");
            any = true;
        }
        if (change.ssoDomains() != null && !change.ssoDomains().equals(w.ssoDomains())) {
            w.ssoDomains(change.ssoDomains());
            details.add("sso_domains", Jsonp.createArrayBuilder(change.ssoDomains()));
            names.add("sso_domains");
            any = true;
        }
        if (change.notificationEmails() != null && !change.notificationEmails().equals(w.notificationEmails())) {
            w.notificationEmails(change.notificationEmails());
            details.add("notification_emails", Jsonp.createArrayBuilder(change.notificationEmails()));
            names.add("notification_emails");
            any = true;
        }
        String url = "".equals(change.notificationWebhookUrl()) ? null : change.notificationWebhookUrl();
        if (change.notificationWebhookUrl() != null && !java.util.Objects.equals(url, w.notificationWebhookUrl())) {
            w.notificationWebhookUrl(url);
            // the URL may carry a token in its path or query: the audit log names the host only
            details.add("notification_webhook_host", url == null ? "" : java.net.URI.create(url).getHost());
            names.add("notification_webhook_url");
            any = true;
        }
        if (twoFactorNow) {
            details.add("sessions_revoked", signOutMembersWithoutTwoFactor(workspaceId, keepSessionId));
        }
        if (any) {
            audit.record(workspaceId, AuditActions.WORKSPACE_UPDATED, new Target("workspace", workspaceId),
                    details.add("changed", names).build());
        }
        return new Changed(w, twoFactorNow);
    }
}
