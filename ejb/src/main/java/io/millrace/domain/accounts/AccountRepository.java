package io.millrace.domain.accounts;

import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.Optional;

/** Connected accounts and pending OAuth authorizations. */
public interface AccountRepository {
    Optional<ConnectedAccount> account(String id);

    /** The account, locked for update (a refresh), or empty. */
    Optional<ConnectedAccount> accountForUpdate(String id);

    /** The query's accounts, newest first. */
    Page<ConnectedAccount> accounts(AccountQuery query, PageRequest page);

    void add(ConnectedAccount account);

    void remove(ConnectedAccount account);

    void add(PendingAuthorization pending);

    /** Removes and returns the pending authorization of this state digest, once. */
    Optional<PendingAuthorization> takePending(String stateDigest);

    /** Removes pending authorizations that expired before {@code now}; how many. */
    int removeExpiredPending(long now);
}
