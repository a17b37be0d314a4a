package io.millrace.application.source;

import io.millrace.domain.source.SourceMessage;

/**
 * Hands source work to the source workers through the durable {@code millrace.sources} queue. Inside
 * a JTA transaction the send is part of it, so a run is queued exactly when its row is committed, and
 * a timer's next tick exactly when its schedule is.
 */
public interface SourceQueue {
    /** Delivers the message no earlier than {@code delayMillis} from now (0: at once). */
    void send(SourceMessage message, long delayMillis);
}
