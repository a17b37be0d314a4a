package io.millrace.infrastructure.messaging;

import io.millrace.application.cluster.NodeNotes;
import io.millrace.application.cluster.Note;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notes to the other nodes on the {@code millrace.cluster} topic (docs/cluster.md): a text message with the
 * properties {@code origin}, {@code kind} and {@code key}. Sent as persistent messages so that the send blocks
 * until the broker has the note (two notes of one thread keep their order); the topic's subscriptions are
 * not durable, so nothing is written to the broker's journal and a node that is down misses the notes.
 */
@ApplicationScoped
public class JmsNodeNotes implements NodeNotes {
    static final String ORIGIN = "origin";
    static final String KIND = "kind";
    static final String KEY = "key";

    @Resource(lookup = "jms/millrace")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/cluster")
    Topic topic;
    @Inject
    @ConfigProperty(name = "millrace.cluster", defaultValue = "false")
    boolean clustered;

    @Override
    public boolean clustered() {
        return clustered;
    }

    @Override
    public void send(Note note) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(ORIGIN, note.origin()).setProperty(KIND, note.kind()).setProperty(KEY, note.key())
                    .send(topic, note.body());
        }
    }
}
