package io.millrace.application.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where notes are written and read: {@link #tell} sends one to the other nodes when there are any, and
 * {@link #tellSoon} does it on the managed executor, in the order they were given (for notes written when a
 * transaction has committed, where the caller must not wait for the broker);
 * {@link #received} hands a note another node sent to the feature that reads its kind. A node's own notes
 * are ignored (its own listeners heard the change already); a failing reader is logged, never retried.
 */
@ApplicationScoped
public class NoteBoard {
    private static final Logger LOG = Logger.getLogger(NoteBoard.class.getName());

    @Inject
    ThisNode node;
    @Inject
    NodeNotes notes;
    @Inject
    Instance<NoteReader> readers;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final Queue<Note> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    public boolean clustered() {
        return notes.clustered();
    }

    /** Tells the other nodes, when there are any; a failure to send is logged and swallowed. */
    public void tell(String kind, String key, String body) {
        if (!notes.clustered()) {
            return;
        }
        try {
            notes.send(new Note(node.id(), kind, key, body));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not tell the other nodes about " + kind + " " + key, e);
        }
    }

    /** Tells the other nodes, when there are any, soon and in order, without waiting for the broker. */
    public void tellSoon(String kind, String key, String body) {
        if (!notes.clustered()) {
            return;
        }
        pending.add(new Note(node.id(), kind, key, body));
        if (sending.compareAndSet(false, true)) {
            try {
                (executor != null ? executor : (java.util.concurrent.Executor) Runnable::run).execute(this::sendPending);
            } catch (RuntimeException e) {
                sending.set(false);
                LOG.log(Level.WARNING, "could not hand notes to the executor; sending them now", e);
                sendPending();
            }
        }
    }

    /** Sends what is pending, one note at a time; the one drain that runs at a time keeps the order. */
    private void sendPending() {
        do {
            Note note;
            while ((note = pending.poll()) != null) {
                try {
                    notes.send(note);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not tell the other nodes about " + note.kind() + " " + note.key(), e);
                }
            }
            sending.set(false);
        } while (!pending.isEmpty() && sending.compareAndSet(false, true));
    }

    public void received(Note note) {
        received(note, readers);
    }

    void received(Note note, Iterable<NoteReader> all) {
        if (note.origin().equals(node.id())) {
            return;
        }
        for (NoteReader reader : all) {
            if (reader.kind().equals(note.kind())) {
                try {
                    reader.read(note.key(), note.body());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not read the note " + note.kind() + " " + note.key(), e);
                }
            }
        }
    }
}
