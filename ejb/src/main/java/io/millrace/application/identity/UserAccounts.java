package io.millrace.application.identity;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.domain.workspace.User;
import io.millrace.domain.workspace.UserRequest;
import io.millrace.domain.workspace.WorkspaceRepository;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * Users: a user changes its own email address (where {@code $.send.email} of its workspace's workflows
 * goes when it owns the workspace); an administrator creates users. Checks happen here, outside any
 * transaction; changes go through {@link UserWriter}.
 */
@ApplicationScoped
public class UserAccounts {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    UserWriter writer;
    @Inject
    Passwords passwords;
    @Inject
    SignInWriter signIn;

    /** {@code PUT /v1/users/me} with {@code {"email": "…" | null}}: the caller after the change. */
    public User changeEmail(User caller, JsonValue body) {
        String email = UserRequest.email(body, caller.admin());
        return writer.changeEmail(caller.id(), email)
                .orElseThrow(() -> new NotFoundException("user " + Quoted.value(caller.id()) + " not found"));
    }

    /**
     * Creates a user with a new API key, in workspace {@code org_id} or, without it, in a new workspace
     * of its own (named after the user, with a project {@code default}); with {@code password}, the user
     * can also sign in with it.
     */
    public UserWriter.CreatedUser create(JsonValue body) {
        String password = NewPassword.of(body);
        UserRequest request = UserRequest.forCreate(NewPassword.without(body));
        if (workspaces.userByUsername(request.username()).isPresent()) {
            throw new InvalidInputException("username", "a user named " + Quoted.of(request.username()) + " already exists");
        }
        if (request.orgId() != null && workspaces.workspace(request.orgId()).isEmpty()) {
            throw new InvalidInputException("org_id", "no workspace " + Quoted.value(request.orgId()));
        }
        if (request.orgId() == null && workspaces.workspaceByOrgname(request.username()).isPresent()) {
            throw new InvalidInputException("username", "a workspace named " + Quoted.of(request.username())
                    + " already exists: give org_id to add the user to it");
        }
        String hash = password == null ? null : passwords.hashForNewUser(password, request.username(), request.email());
        try {
            return hash == null ? writer.create(request) : signIn.createWithPassword(request, hash);
        } catch (RuntimeException e) {
            if (workspaces.userByUsername(request.username()).isPresent()) { // lost a race for the name
                throw new InvalidInputException("username", "a user named " + Quoted.of(request.username()) + " already exists");
            }
            throw e;
        }
    }
}
