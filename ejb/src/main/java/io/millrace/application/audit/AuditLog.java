package io.millrace.application.audit;

import io.millrace.domain.audit.Actor;
import io.millrace.domain.audit.AuditEvent;
import io.millrace.domain.audit.AuditRepository;
import io.millrace.domain.audit.Target;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.function.LongSupplier;

/**
 * Records an audit event. Called by the transactional writers of other features inside the transaction
 * that makes the change ({@code REQUIRED} joins it), so a change that rolls back leaves no entry; the
 * actor and address come from the request's {@link RequestOrigin}. Details must hold no secret value
 * (names of environment variables, never their values; no keys, tokens or passwords).
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    AuditRepository events;
    @Inject
    RequestOrigin origin;

    LongSupplier clock = System::currentTimeMillis;

    /** Records that the current caller did {@code action} to {@code target} in the workspace. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String workspaceId, String action, Target target, JsonObject details) {
        record(null, workspaceId, action, target, details);
    }

    /**
     * As {@link #record(String, String, Target, JsonObject)} for an actor the request did not authenticate
     * (a client whose secret was wrong); null means the request's caller.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, String workspaceId, String action, Target target, JsonObject details) {
        Actor who = actor;
        String address = null;
        try {
            who = who == null ? origin.actor() : who;
            address = origin.address();
        } catch (ContextNotActiveException e) {
            who = who == null ? Actor.system() : who;
        }
        events.add(new AuditEvent(Ids.random("ae_"), workspaceId, clock.getAsLong(), who, action, target, address,
                details == null ? "{}" : details.toString()));
    }
}
