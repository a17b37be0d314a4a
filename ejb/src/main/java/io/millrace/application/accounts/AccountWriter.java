package io.millrace.application.accounts;

import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.PendingAuthorization;
import io.millrace.domain.audit.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The short transactions that change accounts and pending authorizations (input checked, secrets sealed before), each
 * with its audit event.
 */
@ApplicationScoped
@Transactional
public class AccountWriter {
    @Inject
    AccountRepository accounts;
    @Inject
    AccountAudit audit;

    public ConnectedAccount add(ConnectedAccount account) {
        return add(null, account);
    }

    /** @param actor who connects it when the request names nobody (an OAuth callback); null: the request's caller */
    public ConnectedAccount add(Actor actor, ConnectedAccount account) {
        accounts.add(account);
        audit.created(actor, account);
        return account;
    }

    /** Changes the name (null: keep) and sharing (null: keep); empty when the account is gone. */
    public Optional<ConnectedAccount> update(String id, String name, Boolean shared) {
        Optional<ConnectedAccount> found = accounts.account(id);
        long now = System.currentTimeMillis();
        found.ifPresent(a -> {
            List<String> changed = new ArrayList<>();
            if (name != null && !name.equals(a.name())) {
                a.rename(name, now);
                changed.add("name");
            }
            if (shared != null && !Objects.equals(shared, a.shared())) {
                a.share(shared, now);
                changed.add("shared");
            }
            if (!changed.isEmpty()) {
                audit.updated(a, changed);
            }
        });
        return found;
    }

    /**
     * New credentials for an existing account (a key-based app's, connected again): healthy again, renamed when a
     * name is given; empty when the account is gone.
     */
    public Optional<ConnectedAccount> reconnect(String id, String sealedCredentials, String name) {
        Optional<ConnectedAccount> found = accounts.account(id);
        long now = System.currentTimeMillis();
        found.ifPresent(a -> {
            a.refreshed(sealedCredentials, null, null, now);
            List<String> changed = new ArrayList<>(List.of("credentials"));
            if (name != null && !name.isBlank() && !name.equals(a.name())) {
                a.rename(name, now);
                changed.add("name");
            }
            audit.updated(a, changed);
        });
        return found;
    }

    /** @return false when the account no longer exists */
    public boolean delete(String id) {
        Optional<ConnectedAccount> found = accounts.account(id);
        found.ifPresent(a -> {
            accounts.remove(a);
            audit.deleted(a);
        });
        return found.isPresent();
    }

    public void addPending(PendingAuthorization pending) {
        accounts.removeExpiredPending(System.currentTimeMillis());
        accounts.add(pending);
    }

    public Optional<PendingAuthorization> takePending(String stateDigest) {
        return accounts.takePending(stateDigest);
    }
}
