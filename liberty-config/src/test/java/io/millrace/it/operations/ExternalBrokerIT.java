package io.millrace.it.operations;

import static io.millrace.it.support.JsCode.step;
import static io.millrace.it.support.JsCode.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import io.millrace.it.support.ProfileServer;
import jakarta.json.JsonObject;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production broker profile: MILLRACE_BROKER=external makes the server use an Artemis broker it
 * does not run. The test runs that broker (in the test's JVM, on a free port) and a second server.
 */
class ExternalBrokerIT {
    private final int brokerPort = LibertyServer.freePort();
    private EmbeddedActiveMQ broker;
    private ProfileServer server;

    @BeforeEach
    void startBrokerAndServer() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false).setJMXManagementEnabled(false)
                .addAcceptorConfiguration("netty", "tcp://127.0.0.1:" + brokerPort));
        broker.start();
        server = new ProfileServer("millrace-broker-it", List.of(
                "MILLRACE_BROKER=external", "MILLRACE_BROKER_HOST=127.0.0.1", "MILLRACE_BROKER_PORT=" + brokerPort));
        server.start();
    }

    @AfterEach
    void stopServerAndBroker() throws Exception {
        if (server != null) {
            server.remove();
        }
        broker.stop();
    }

    @Test
    void executionsAreQueuedOnTheExternalBroker() {
        Api api = server.api();
        assertTrue(api.raw(api.request("/health/ready").GET()).body().contains("\"broker\":\"external\""));
        JsonObject wf = api.createHttpWorkflow("via-external-broker", steps(step("s",
                "export default defineComponent({ async run({ steps }) { return steps.trigger.event.body.n * 2 } })")));
        api.trigger(wf, "{\"n\":21}");
        JsonObject ex = api.awaitFinished(wf.getString("id"));
        assertEquals("success", ex.getString("status"));
        assertEquals(42, ex.getJsonArray("steps").getJsonObject(0).getInt("$return_value"));

        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of("millrace.executions"));
        assertEquals(1, queue.getMessagesAdded(), "the execution went through the external broker");
        assertEquals(1, queue.getMessagesAcknowledged());
    }
}
