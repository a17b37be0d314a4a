package io.millrace.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that nodes starting together must not do at the same time (the start-up sweeps: schema, first seed,
 * registry, interrupted replays): {@link #alone} waits until this node holds the named claim (MR_NODE_CLAIM),
 * runs the work and lets the claim go. The claim is held for at most {@code hold}: a node killed while holding
 * it delays the others by that much, no more. The work must be safe to run again on the next node (it checks
 * what is left to do), since each node runs it in turn.
 */
@ApplicationScoped
public class NodeClaims {
    private static final Logger LOG = Logger.getLogger(NodeClaims.class.getName());
    static final long POLL_MILLIS = 250;

    @Inject
    ThisNode node;
    @Inject
    ClaimWriter writer;

    public void alone(String name, Duration hold, Runnable work) {
        alone(name, hold, () -> {
            work.run();
            return null;
        });
    }

    public <T> T alone(String name, Duration hold, Supplier<T> work) {
        long giveUp = System.currentTimeMillis() + hold.toMillis() + POLL_MILLIS;
        boolean held = false;
        while (!held && System.currentTimeMillis() < giveUp) {
            held = tryClaim(name, hold);
            if (!held) {
                pause();
            }
        }
        if (!held) {
            LOG.warning(() -> "the claim " + name + " stayed taken for " + hold + "; going on without it");
        }
        try {
            return work.get();
        } finally {
            if (held) {
                try {
                    writer.release(name, node.id());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not let the claim " + name + " go; it ends by itself", e);
                }
            }
        }
    }

    private boolean tryClaim(String name, Duration hold) {
        long now = System.currentTimeMillis();
        try {
            return writer.claim(name, node.id(), now, now + hold.toMillis());
        } catch (RuntimeException e) { // another node inserted the claim first
            LOG.log(Level.FINE, "claim " + name + " taken by another node", e);
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a claim", e);
        }
    }
}
