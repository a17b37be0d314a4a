package io.millrace.application.invitation;

import io.millrace.application.audit.AuditLog;
import io.millrace.application.identity.SignInWriter;
import io.millrace.application.identity.UserWriter;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.ActorType;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.domain.invitation.Invitation;
import io.millrace.domain.invitation.InvitationRepository;
import io.millrace.domain.workspace.Membership;
import io.millrace.domain.workspace.MembershipRepository;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.shared.Ids;
import io.millrace.shared.Jsonp;
import io.millrace.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

/**
 * The transactions of invitations, each with its audit events. An email invitation is deleted by the
 * transaction that uses it, with one conditional delete, so two requests cannot both use it.
 */
@ApplicationScoped
@Transactional
public class InvitationWriter {
    @Inject
    InvitationRepository invitations;
    @Inject
    MembershipRepository memberships;
    @Inject
    SignInWriter accounts;
    @Inject
    AuditLog audit;

    /**
     * Stores the invitation, records {@code invitation.sent} and runs {@code deliver} (the mail) in the same
     * transaction: when delivery fails, nothing is stored.
     */
    public void add(Invitation invitation, Runnable deliver) {
        invitations.add(invitation);
        audit.record(invitation.workspaceId(), AuditActions.INVITATION_SENT, target(invitation),
                details(invitation).add("expires_at", invitation.expiresAt()).build());
        deliver.run();
    }

    /** Revokes (deletes) it and records {@code invitation.revoked}; false when it was gone. */
    public boolean revoke(Invitation invitation) {
        if (!invitations.remove(invitation.id())) {
            return false;
        }
        audit.record(invitation.workspaceId(), AuditActions.INVITATION_REVOKED, target(invitation),
                details(invitation).build());
        return true;
    }

    /** An existing user joins with the invitation's role. */
    public Membership accept(Invitation invitation, User user) {
        consume(invitation);
        Membership m = new Membership(Ids.random("mem_"), invitation.workspaceId(), user.id(), invitation.role(),
                System.currentTimeMillis());
        memberships.add(m);
        recordJoined(invitation, user);
        return m;
    }

    /** A new person: a user with a local password, a member of the invitation's workspace. */
    public User acceptAsNewUser(Invitation invitation, UserRequest request, String passwordHash) {
        consume(invitation);
        User user = accounts.createWithPassword(request, passwordHash).user();
        recordJoined(invitation, user);
        return user;
    }

    private void consume(Invitation invitation) {
        if (invitation.kind() == Invitation.Kind.EMAIL && !invitations.remove(invitation.id())) {
            throw new NotFoundException(Invitations.GONE);
        }
    }

    private void recordJoined(Invitation invitation, User user) {
        Actor actor = new Actor(ActorType.USER, user.id(), user.username());
        audit.record(actor, invitation.workspaceId(), AuditActions.INVITATION_ACCEPTED, target(invitation),
                details(invitation).add("user_id", user.id()).add("username", user.username()).build());
        audit.record(actor, invitation.workspaceId(), AuditActions.MEMBER_ADDED, new Target("user", user.id()),
                Jsonp.createObjectBuilder().add("username", user.username()).add("role", invitation.role().json())
                        .add("invitation_id", invitation.id()).build());
    }

    private static Target target(Invitation invitation) {
        return new Target(invitation.kind() == Invitation.Kind.EMAIL ? "invitation" : "invite_link", invitation.id());
    }

    private static JsonObjectBuilder details(Invitation invitation) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("role", invitation.role().json());
        if (invitation.kind() == Invitation.Kind.EMAIL) {
            b.add("email", invitation.email());
        } else {
            b.add("allowed_domains", Jsonp.createArrayBuilder(invitation.allowedDomains()));
        }
        return b;
    }
}
