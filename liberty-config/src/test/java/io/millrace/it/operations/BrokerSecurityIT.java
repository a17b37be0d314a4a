package io.millrace.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.it.support.LibertyServer;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker requires credentials: nobody connects without them or with a wrong password;
 * the password generated in the data directory (owner-only), which the resource adapter uses, works.
 */
class BrokerSecurityIT {
    private static final String URL = "tcp://127.0.0.1:" + System.getProperty("millrace.it.broker.port")
            + "?reconnectAttempts=0&initialConnectAttempts=1";

    @Test
    void theEmbeddedBrokerRefusesConnectionsWithoutItsPassword() throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL)) {
            assertThrows(JMSException.class, () -> factory.createConnection().close());
            assertThrows(JMSException.class, () -> factory.createConnection("millrace", "wrong").close());
            Path file = LibertyServer.itServer().directory().resolve("data/broker.password");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            try (Connection connection = factory.createConnection("millrace", Files.readString(file).trim())) {
                connection.start();
            }
        }
    }
}
