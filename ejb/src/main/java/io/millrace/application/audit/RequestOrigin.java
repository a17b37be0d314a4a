package io.millrace.application.audit;

import io.millrace.domain.audit.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who makes the current request and from which address. The web layer fills it once the caller is
 * authenticated (the address even before, for every request); {@link AuditLog} reads it. Outside an API
 * request (workers, timers, start-up) it stays empty and the actor is the system.
 */
@RequestScoped
public class RequestOrigin {
    private Actor actor;
    private String address;

    /** The authenticated caller. */
    public void identify(Actor caller) {
        this.actor = caller;
    }

    /** The client's address (IP) of the request. */
    public void from(String clientAddress) {
        this.address = clientAddress;
    }

    /** The caller, or the system when nobody was authenticated. */
    public Actor actor() {
        return actor == null ? Actor.system() : actor;
    }

    /** The client's address, or null outside a request. */
    public String address() {
        return address;
    }
}
