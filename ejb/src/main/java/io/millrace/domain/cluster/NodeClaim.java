package io.millrace.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named claim held by one server node until a time (a node killed while holding it lets it go then). Taken by
 * one conditional UPDATE, or the INSERT of the row the first time; the database decides which node wins.
 */
@Entity
@Table(name = "MR_NODE_CLAIM")
public class NodeClaim {
    @Id
    @Column(length = 100)
    private String name;
    @Column(nullable = false, length = 64)
    private String holder;
    private long untilMs;

    protected NodeClaim() {
    }

    public NodeClaim(String name, String holder, long untilMs) {
        this.name = name;
        this.holder = holder;
        this.untilMs = untilMs;
    }

    public String name() { return name; }
    public String holder() { return holder; }
    public long untilMs() { return untilMs; }
}
