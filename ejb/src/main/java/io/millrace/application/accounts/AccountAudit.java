package io.millrace.application.accounts;

import io.millrace.application.audit.AuditLog;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.AuditActions;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The audit events of connected accounts ({@code account.created}, {@code account.updated}, {@code account.deleted},
 * {@code account.marked_dead}), recorded in the transaction of the change. Details name the account's app, name,
 * auth type and sharing, never a credential.
 */
@ApplicationScoped
public class AccountAudit {
    @Inject
    AuditLog audit;

    /** @param actor who connected it when the request names nobody (an OAuth callback); null: the request's caller */
    void created(Actor actor, ConnectedAccount a) {
        JsonObjectBuilder d = details(a).add("auth_type", a.authType().wire()).add("shared", a.shared());
        addNullable(d, "owner_id", a.ownerId());
        addNullable(d, "project_id", a.projectId());
        addNullable(d, "external_id", a.externalUserId());
        audit.record(actor, a.workspaceId(), AuditActions.ACCOUNT_CREATED, target(a), d.build());
    }

    void updated(ConnectedAccount a, List<String> changed) {
        JsonObjectBuilder d = details(a).add("shared", a.shared())
                .add("changed", Jsonp.createArrayBuilder(changed));
        audit.record(a.workspaceId(), AuditActions.ACCOUNT_UPDATED, target(a), d.build());
    }

    void deleted(ConnectedAccount a) {
        audit.record(a.workspaceId(), AuditActions.ACCOUNT_DELETED, target(a), details(a).build());
    }

    /** The account became dead: its grant was refused or cannot be refreshed. */
    void markedDead(ConnectedAccount a) {
        JsonObjectBuilder d = details(a);
        addNullable(d, "reason", a.lastError());
        audit.record(a.workspaceId(), AuditActions.ACCOUNT_MARKED_DEAD, target(a), d.build());
    }

    private static Target target(ConnectedAccount a) {
        return new Target("account", a.id());
    }

    private static JsonObjectBuilder details(ConnectedAccount a) {
        JsonObjectBuilder d = Jsonp.createObjectBuilder().add("app", a.appSlug());
        addNullable(d, "name", a.name());
        return d;
    }

    private static void addNullable(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
