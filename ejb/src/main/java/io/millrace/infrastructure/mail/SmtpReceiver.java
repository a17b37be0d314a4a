package io.millrace.infrastructure.mail;

import io.millrace.application.email.EmailIntake;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The built-in SMTP receiver of email triggers (SubEthaSMTP), started with the application on
 * {@code millrace.email.smtp.port} (2525) of {@code millrace.email.smtp.host} ({@code *}: every interface), off with
 * {@code millrace.email.smtp.enabled=false}. Its sessions run on threads of the container's
 * {@code DefaultManagedThreadFactory}, so they reach the application's services and transactions. A port that
 * cannot be opened is logged; the server runs on without the receiver.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class SmtpReceiver {
    /** How long after the application's start mail is taken in. */
    static final long START_DELAY_MS = 2_000;
    private static final Logger LOG = Logger.getLogger(SmtpReceiver.class.getName());
    /** SMTP connections served at once. */
    static final int MAX_CONNECTIONS = 64;

    @Inject
    @ConfigProperty(name = "millrace.email.smtp.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "millrace.email.smtp.host", defaultValue = "*")
    String host;
    @Inject
    @ConfigProperty(name = "millrace.email.smtp.port", defaultValue = "2525")
    int port;
    @Inject
    EmailIntake intake;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Resource
    TimerService timers;

    private SMTPServer server;
    private ExecutorService sessions;

    /** Starts once the application has started (an EJB timer fires only then), not during its start. */
    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(START_DELAY_MS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (!enabled) {
            LOG.info("the SMTP receiver of email triggers is off (millrace.email.smtp.enabled=false)");
            return;
        }
        try {
            sessions = Executors.newCachedThreadPool(threads);
            SMTPServer.Builder builder = SMTPServer.port(port).hostName(intake.domain()).softwareName("Millrace")
                    .maxConnections(MAX_CONNECTIONS).connectionTimeoutMs(60_000).executorService(sessions)
                    .messageHandlerFactory(context -> new SmtpDelivery(intake));
            if (!"*".equals(host.trim()) && !host.isBlank()) {
                builder.bindAddress(InetAddress.getByName(host.trim()));
            }
            server = builder.build();
            server.start();
            LOG.info(() -> "the SMTP receiver of email triggers listens on " + host + ":" + port + " for mail to *@"
                    + intake.domain());
        } catch (UnknownHostException | RuntimeException e) {
            LOG.log(Level.SEVERE, "the SMTP receiver of email triggers could not start on " + host + ":" + port, e);
            stop();
        }
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "stopping the SMTP receiver failed", e);
            }
            server = null;
        }
        if (sessions != null) {
            sessions.shutdownNow();
            sessions = null;
        }
    }
}
