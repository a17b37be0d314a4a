package io.millrace.application.accounts;

import io.millrace.domain.accounts.AccountRepository;
import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.accounts.PendingAuthorization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The short transactions that change accounts and pending authorizations (input checked, secrets sealed before). */
@ApplicationScoped
@Transactional
public class AccountWriter {
    @Inject
    AccountRepository accounts;

    public ConnectedAccount add(ConnectedAccount account) {
        accounts.add(account);
        return account;
    }

    /** Changes the name (null: keep) and sharing (null: keep); empty when the account is gone. */
    public Optional<ConnectedAccount> update(String id, String name, Boolean shared) {
        Optional<ConnectedAccount> found = accounts.account(id);
        long now = System.currentTimeMillis();
        found.ifPresent(a -> {
            if (name != null) {
                a.rename(name, now);
            }
            if (shared != null) {
                a.share(shared, now);
            }
        });
        return found;
    }

    /** @return false when the account no longer exists */
    public boolean delete(String id) {
        Optional<ConnectedAccount> found = accounts.account(id);
        found.ifPresent(accounts::remove);
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
