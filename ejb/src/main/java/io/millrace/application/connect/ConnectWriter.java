package io.millrace.application.connect;

import io.millrace.domain.connect.ConnectRepository;
import io.millrace.domain.connect.ConnectToken;
import io.millrace.domain.connect.ConnectTrigger;
import io.millrace.domain.connect.ExternalUser;
import io.millrace.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.function.Consumer;

/** The transactions of the Connect API; everything is checked before it gets here. */
@ApplicationScoped
@Transactional
public class ConnectWriter {
    @Inject
    ConnectRepository connect;

    /** The scope's user with this external id, created when it is new (an existing one is only read: no row lock). */
    public ExternalUser user(ConnectScope scope, String externalId) {
        long now = System.currentTimeMillis();
        return connect.user(scope.projectId(), scope.environment(), externalId).orElseGet(() -> {
            ExternalUser user = new ExternalUser(Ids.random("exu_"), scope.workspaceId(), scope.projectId(),
                    scope.environment(), externalId, now);
            connect.add(user);
            return user;
        });
    }

    /** Stores the token (expired tokens are dropped by {@link #removeExpiredTokens}, not here: no table scan per token). */
    public void issue(ConnectToken token) {
        connect.add(token);
    }

    /** Uses up the token (a Connect token connects one account); false when another request used it first. */
    public boolean consumeToken(String tokenHash) {
        return connect.removeToken(tokenHash);
    }

    /** Drops the tokens that expired; returns how many. */
    public int removeExpiredTokens() {
        return connect.removeExpiredTokens(System.currentTimeMillis());
    }

    public void removeUser(String userId) {
        connect.userById(userId).ifPresent(connect::remove);
    }

    public void addTrigger(ConnectTrigger trigger) {
        connect.add(trigger);
    }

    public void removeTrigger(String sourceId) {
        connect.trigger(sourceId).ifPresent(connect::remove);
    }

    /** Changes the trigger's listeners; returns it afterwards (null when it is gone). */
    public ConnectTrigger changeTrigger(String sourceId, Consumer<ConnectTrigger> change) {
        return connect.trigger(sourceId).map(t -> {
            change.accept(t);
            return t;
        }).orElse(null);
    }
}
