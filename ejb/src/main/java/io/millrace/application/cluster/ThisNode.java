package io.millrace.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** This server node's id: new at every start, so a node's own notes come back to it recognisable. */
@ApplicationScoped
public class ThisNode {
    private final String id = "n_" + UUID.randomUUID().toString().replace("-", "");

    public String id() {
        return id;
    }
}
