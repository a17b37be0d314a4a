package io.millrace.web.api.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open {@link SseStream}s of one kind: each gets a {@code :keepalive} comment every few seconds (which also
 * notices clients that went away), from a daemon thread of its own, until {@link #closeAll}.
 *
 * @param <S> the kind of stream
 */
public final class OpenStreams<S extends SseStream<S>> {
    private final Set<S> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepalive;

    /** Starts the keepalive thread, named {@code threadName}, sending every {@code keepaliveSeconds}. */
    public OpenStreams(String threadName, int keepaliveSeconds) {
        keepalive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        keepalive.scheduleAtFixedRate(() -> open.forEach(SseStream::keepalive), keepaliveSeconds, keepaliveSeconds,
                TimeUnit.SECONDS);
    }

    public void add(S stream) {
        open.add(stream);
    }

    public void remove(S stream) {
        open.remove(stream);
    }

    /** Stops the keepalives and closes every open stream. */
    public void closeAll() {
        keepalive.shutdownNow();
        open.forEach(SseStream::close);
    }
}
