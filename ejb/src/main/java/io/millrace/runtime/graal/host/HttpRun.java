package io.millrace.runtime.graal.host;

import java.time.Instant;

/** The run the requests of a {@link HostHttp} belong to, as they need it. */
public interface HttpRun {

    /** The loop the requests' completions run on. */
    EventLoop loop();

    /** When the run must end (null: never); no request outlives it. */
    Instant deadline();

    /** False while a step is validated: no request may go out. */
    boolean httpAllowed();

    /** The largest response body a request may receive. */
    long maxResponseBytes();

    /** Records a log line of the run; false when it was not recorded (the payload limit was exceeded). */
    boolean record(String level, String message);

    /** {@code text} with the values of the run's secrets masked. */
    String redact(String text);
}
