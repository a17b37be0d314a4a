package io.millrace.it.support;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one second Liberty for settings the main IT server cannot have: retention of 0 days for bulk replays and for
 * the IMAP mailbox's received messages (the retention job then forgets them at once), and an IMAP catch-all mailbox
 * (a GreenMail of its own, user {@code catchall}) read by polling every second with IDLE turned off
 * ({@code MILLRACE_EMAIL_IMAP_IDLE=false}); the main IT server reads its mailbox with IDLE. Its email domain and size
 * limit are the main server's ({@link #DOMAIN}, 1 MiB).
 *
 * <p>A class takes it with {@code @ExtendWith(RetentionServer.class)} and {@link #get()}; the first class starts it,
 * and JUnit stops it (with its GreenMail) when the whole test run ends, from its root store. Tests on it work in
 * workspaces of their own and must not rely on what the retention job of another class leaves.
 */
public final class RetentionServer implements BeforeAllCallback {
    public static final String DOMAIN = "mail.millrace.test";
    private static volatile Started started;

    /** The running server, its IMAP server and the mailbox's user. */
    public record Started(ProfileServer server, GreenMail imap, GreenMailUser catchAll) implements AutoCloseable {
        public Api admin() {
            return server.api();
        }

        @Override
        public void close() throws IOException {
            started = null;
            try {
                server.remove();
            } finally {
                imap.stop();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = RunServers.getOrStart(context, RetentionServer.class, Started.class, RetentionServer::start);
    }

    /** The server, once a class extended with this has begun. */
    public static Started get() {
        return RunServers.started(started, RetentionServer.class);
    }

    private static Started start() {
        int port = LibertyServer.freePort();
        GreenMail imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        ProfileServer server = null;
        try {
            GreenMailUser catchAll = imap.setUser("catchall@" + DOMAIN, "catchall", "it-imap-secret");
            server = new ProfileServer("millrace-retention-it", List.of(
                    "MILLRACE_REPLAY_RETENTION_DAYS=0",
                    "MILLRACE_EMAIL_RECEIVED_RETENTION_DAYS=0",
                    "MILLRACE_EMAIL_DOMAIN=" + DOMAIN,
                    "MILLRACE_EMAIL_MAX_BYTES=1048576",
                    "MILLRACE_EMAIL_SMTP_ENABLED=false",
                    "MILLRACE_EMAIL_IMAP_HOST=127.0.0.1",
                    "MILLRACE_EMAIL_IMAP_PORT=" + port,
                    "MILLRACE_EMAIL_IMAP_USER=catchall",
                    "MILLRACE_EMAIL_IMAP_PASSWORD=it-imap-secret",
                    "MILLRACE_EMAIL_IMAP_SSL=false",
                    "MILLRACE_EMAIL_IMAP_IDLE=false",
                    "MILLRACE_EMAIL_IMAP_POLL_SECONDS=1"));
            server.start();
            return new Started(server, imap, catchAll);
        } catch (IOException e) {
            stopAfterFailure(server, imap, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) { // not ready: stop what started, or it outlives the run
            stopAfterFailure(server, imap, e);
            throw e;
        }
    }

    private static void stopAfterFailure(ProfileServer server, GreenMail imap, Throwable failure) {
        RunServers.stopAfterFailure(failure, () -> {
            if (server != null) {
                server.remove();
            }
        }, imap::stop);
    }
}
