package io.millrace.infrastructure.messaging;

import io.millrace.infrastructure.broker.BrokerPassword;
import io.millrace.infrastructure.config.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code millrace.broker=embedded} (the default), runs an Artemis broker inside this server:
 * persistent journal under the data directory, a netty acceptor on 127.0.0.1 only, and security on:
 * only the user {@code millrace.broker.user} with its password ({@link #password()}) may connect. The
 * resource adapter connects to it with them like to any external broker, so message-driven beans
 * work the same way.
 */
@Singleton
@Startup
public class EmbeddedBroker {
    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    /** The generated password's file in the data directory (profiles/messaging.xml names it too). */
    static final String PASSWORD_FILE = "broker.password";

    @Inject
    @ConfigProperty(name = "millrace.broker", defaultValue = "embedded")
    String mode;
    @Inject
    @ConfigProperty(name = "millrace.broker.port", defaultValue = "61616")
    int port;
    @Inject
    @ConfigProperty(name = "millrace.broker.user", defaultValue = "millrace")
    String user;
    @Inject
    @ConfigProperty(name = "millrace.broker.password")
    Optional<String> password;
    @Inject
    DataDirectory dataDirectory;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!embedded()) {
            LOG.info("Using the external Artemis broker configured for the resource adapter");
            return;
        }
        Path dir = dataDirectory.path().resolve("artemis");
        try {
            broker = new EmbeddedActiveMQ().setConfiguration(configuration(dir))
                    .setSecurityManager(new BrokerLogin(user, password()));
            broker.start();
            LOG.info("Embedded Artemis broker started on 127.0.0.1:" + port + ", journal in " + dir);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Artemis broker did not start", e);
        }
    }

    @PreDestroy
    void stop() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning("embedded broker stop: " + e);
            }
        }
    }

    /**
     * The password connections must present: {@code millrace.broker.password}, or when it is unset or
     * {@code ENC(...)} (the default), the one generated in the data directory, which the resource adapter
     * reads too ({@code io.millrace.infrastructure.broker.DataFilePasswordCodec}).
     */
    String password() {
        String configured = password.map(String::trim).orElse("");
        if (configured.isEmpty() || configured.startsWith("ENC(") && configured.endsWith(")")) {
            return BrokerPassword.readOrCreate(dataDirectory.path().resolve(PASSWORD_FILE));
        }
        return configured;
    }

    public boolean embedded() {
        return "embedded".equalsIgnoreCase(mode);
    }

    /** Consumers attached to the executions queue, or -1 when the broker is external. */
    public int workerConsumers() {
        if (broker == null) {
            return -1;
        }
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(BrokerSettings.EXECUTIONS_QUEUE));
        return queue == null ? 0 : queue.getConsumerCount();
    }

    private Configuration configuration(Path dir) throws Exception {
        Configuration c = new ConfigurationImpl()
                .setName("millrace-embedded")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .addAcceptorConfiguration("netty", "tcp://127.0.0.1:" + port);
        c.addAddressSetting("millrace.#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(BrokerSettings.DEAD_LETTER_QUEUE))
                .setMaxDeliveryAttempts(10)
                .setRedeliveryDelay(1000));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.EXECUTIONS_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.DISPATCH_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.SOURCES_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.DELIVERIES_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.WEBHOOKS_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        c.addQueueConfiguration(QueueConfiguration.of(BrokerSettings.DEAD_LETTER_QUEUE)
                .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        return c;
    }
}
