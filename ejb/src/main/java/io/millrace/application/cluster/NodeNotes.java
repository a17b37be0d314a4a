package io.millrace.application.cluster;

/**
 * The port to the other nodes: a topic every node listens to. With one node ({@code millrace.cluster=false},
 * the default) nothing is sent.
 */
public interface NodeNotes {
    /** Whether other nodes may be listening (the server variable {@code millrace.cluster}). */
    boolean clustered();

    /**
     * Sends the note to every node (this one ignores its own). Outside a transaction; it returns once the broker
     * has it, so two notes sent one after the other by one thread reach every node in that order.
     */
    void send(Note note);
}
