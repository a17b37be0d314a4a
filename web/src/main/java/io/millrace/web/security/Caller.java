package io.millrace.web.security;

import io.millrace.application.identity.ActingMember;
import io.millrace.application.identity.Authenticated;
import io.millrace.application.identity.Memberships;
import io.millrace.application.project.ProjectAccess;
import io.millrace.domain.workspace.Role;
import io.millrace.domain.workspace.User;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Quoted;
import io.millrace.web.error.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;

/**
 * The caller of the current request, as {@link ApiKeyFilter} authenticated it, in the workspace the
 * request works in: the one its {@code org_id} names (path, query or body; see {@code CommonParameters}),
 * else the user's default workspace. Resources inject it. Requests that need no Bearer (the OAuth token
 * endpoints, ping, the flow URLs) have none: {@link #present()} is false there and {@link #user()} must
 * not be called. Once it knows the workspace, it tells {@link ProjectAccess} who acts, so that services
 * hide the restricted projects the caller may not see.
 */
@RequestScoped
public class Caller {
    @Inject
    Memberships memberships;
    @Inject
    ProjectAccess projectAccess;

    private Authenticated authenticated;
    private ActingMember acting;

    void authenticated(Authenticated caller) {
        this.authenticated = caller;
    }

    /**
     * Makes the request work in workspace {@code orgId} (null: the default one).
     *
     * @throws NotFoundException when the caller is not a member there
     */
    public void worksIn(String orgId) {
        Authenticated who = authenticated();
        if (who.viaOAuth()) { // a token acts for its client's workspace only, as a member
            if (orgId != null && !orgId.equals(who.user().workspaceId())) {
                throw new NotFoundException("workspace " + Quoted.value(orgId) + " not found");
            }
            acting = new ActingMember(who.user(), Role.MEMBER);
            projectAccess.actAs(who.user().workspaceId(), null, Role.MEMBER);
            return;
        }
        acting = memberships.act(who.user(), orgId);
        projectAccess.actAs(acting.user().workspaceId(), acting.user().id(), acting.role());
    }

    /** Whether the request was authenticated. */
    public boolean present() {
        return authenticated != null;
    }

    /**
     * The user of the API key (or the member an OAuth access token acts as), seen in the workspace the
     * request works in: {@link User#workspaceId()} is that workspace.
     */
    public User user() {
        return acting().user();
    }

    /** The caller as a member of the workspace the request works in. */
    public ActingMember member() {
        return acting();
    }

    /** The caller as a member of the workspace the request works in; null when it belongs to no workspace. */
    public ActingMember memberOrNull() {
        try {
            return acting();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The caller's role in the workspace the request works in. */
    public Role role() {
        return acting().role();
    }

    /** The authenticated user itself, whatever workspace the request works in (none, possibly). */
    public User person() {
        return authenticated().user();
    }

    /** Whether the caller authenticated with an OAuth access token rather than a user API key. */
    public boolean viaOAuth() {
        return authenticated().viaOAuth();
    }

    /** Whether the caller is a browser session (its cookie), rather than a Bearer credential. */
    public boolean viaSession() {
        return authenticated().viaSession();
    }

    /** The id of the caller's browser session, or null for a Bearer credential. */
    public String sessionId() {
        return authenticated().sessionId();
    }

    /** Refuses callers that are not server administrators (403): the {@code /v1/admin} endpoints. */
    public void requireServerAdmin() {
        if (!person().admin()) {
            throw new ForbiddenException(ErrorBody.response(Response.Status.FORBIDDEN,
                    "only the server's administrators may do this", null));
        }
    }

    /** Refuses callers that are neither an admin nor the owner of the workspace the request works in (403). */
    public void requireWorkspaceAdmin() {
        if (!role().manages()) {
            throw new ForbiddenException(ErrorBody.response(Response.Status.FORBIDDEN,
                    "only the workspace's admins and owner may do this", null));
        }
    }

    /**
     * Refuses callers with an OAuth access token (403): for endpoints that act for a person (a user API
     * key or a browser session).
     */
    public void requireUserApiKey() {
        if (viaOAuth()) {
            throw new ForbiddenException(ErrorBody.response(Response.Status.FORBIDDEN,
                    "this endpoint needs a user API key or a browser session; OAuth access tokens act for a workspace, not a user",
                    null));
        }
    }

    private ActingMember acting() {
        if (acting == null) {
            worksIn(null);
        }
        return acting;
    }

    private Authenticated authenticated() {
        if (authenticated == null) {
            throw new IllegalStateException("this request has no authenticated caller");
        }
        return authenticated;
    }
}
