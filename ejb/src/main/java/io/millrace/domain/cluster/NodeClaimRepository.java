package io.millrace.domain.cluster;

/** The claims of server nodes (MR_NODE_CLAIM). Both methods run in the caller's transaction. */
public interface NodeClaimRepository {
    /**
     * Takes the claim for {@code holder} until {@code untilMs} when it is free (never taken, released, or held
     * past its time at {@code nowMs}) or already held by {@code holder}. Two nodes taking a claim never taken may
     * both try to insert it: the loser's transaction fails on the primary key.
     *
     * @return true when {@code holder} has it now
     */
    boolean claim(String name, String holder, long nowMs, long untilMs);

    /** Lets the claim go when {@code holder} has it. */
    void release(String name, String holder);
}
