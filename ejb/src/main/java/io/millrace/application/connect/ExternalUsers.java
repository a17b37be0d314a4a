package io.millrace.application.connect;

import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectTrigger;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.NotFoundException;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The external users of a project's environment: {@code GET /users}, {@code DELETE /users/{external_user_id}}. */
@ApplicationScoped
public class ExternalUsers {
    @Inject
    ConnectRepository connect;
    @Inject
    ConnectWriter writer;
    @Inject
    ConnectTriggers triggers;
    @Inject
    ConnectAccounts accounts;

    public Page<ExternalUser> list(ConnectScope scope, PageRequest page) {
        return connect.users(scope.projectId(), scope.environment(), page);
    }

    /** The user with this external id; 404 when the environment does not know it. */
    public ExternalUser require(ConnectScope scope, String externalId) {
        return connect.user(scope.projectId(), scope.environment(), checked(externalId, "external_user_id"))
                .orElseThrow(() -> new NotFoundException("external user " + Quoted.value(externalId) + " not found"));
    }

    /** The user with this external id, created when new. */
    public ExternalUser ensure(ConnectScope scope, String externalId) {
        String id = checked(externalId, "external_user_id");
        try {
            return writer.user(scope, id);
        } catch (RuntimeException e) { // two first requests for one new user at once: the other one created it
            return connect.user(scope.projectId(), scope.environment(), id).orElseThrow(() -> e);
        }
    }

    /** Deletes the user, its deployed triggers (their sources), its accounts (OAuth grants revoked), its tokens. */
    public void delete(ConnectScope scope, String externalId) {
        ExternalUser user = require(scope, externalId);
        for (ConnectTrigger trigger : connect.triggers(user.id())) {
            triggers.deleteSource(scope, trigger.sourceId());
        }
        accounts.deleteOfUser(scope, user.externalId());
        writer.removeUser(user.id());
    }

    /** An external user id: 1 to 250 characters without control characters; else 400 naming {@code field}. */
    static String checked(String externalId, String field) {
        if (externalId == null || externalId.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (externalId.length() > ExternalUser.MAX_EXTERNAL_ID) {
            throw new InvalidInputException(field, field + " is longer than " + ExternalUser.MAX_EXTERNAL_ID + " characters");
        }
        if (externalId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " contains a control character");
        }
        return externalId;
    }
}
