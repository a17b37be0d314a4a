package io.millrace.jms;

import io.millrace.application.cluster.Note;
import io.millrace.application.cluster.NoteBoard;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes the notes other nodes send on the {@code millrace.cluster} topic (one session, so in the order they
 * were sent) and hands them to the {@link NoteBoard}. Outside a transaction: a note is a live update, not work.
 */
@Interceptors(OutOfMemoryWatch.class)
@MessageDriven
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteWorker implements MessageListener {
    @Inject
    NoteBoard board;

    @Override
    public void onMessage(Message message) {
        try {
            board.received(new Note(message.getStringProperty("origin"), message.getStringProperty("kind"),
                    message.getStringProperty("key"), message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable note", e);
        }
    }
}
