package io.millrace.infrastructure.config;

import io.millrace.shared.egress.AllowList;
import io.millrace.shared.egress.EgressGuard;
import io.millrace.shared.egress.EgressPolicy;
import io.millrace.shared.egress.LocalAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The egress policy of this server, for steps, sources and webhooks: the allow-list
 * {@code millrace.egress.allow} (see {@link AllowList}; invalid entries are logged and left out), and the
 * server's own ports: {@code default.http.port}, {@code default.https.port} when set, the loopback port of
 * Liberty's own endpoints {@code millrace.internal.http.port}, and the embedded
 * broker's {@code millrace.broker.port}.
 */
@ApplicationScoped
public class EgressSettings {
    private static final Logger LOG = Logger.getLogger(EgressSettings.class.getName());

    @Inject
    @ConfigProperty(name = EgressPolicy.ALLOW_VARIABLE)
    Optional<String> allow;
    @Inject
    @ConfigProperty(name = "default.http.port", defaultValue = "9080")
    int httpPort;
    @Inject
    @ConfigProperty(name = "default.https.port")
    Optional<Integer> httpsPort;
    @Inject
    @ConfigProperty(name = "millrace.internal.http.port", defaultValue = "9081")
    int internalHttpPort;
    @Inject
    @ConfigProperty(name = "millrace.broker", defaultValue = "embedded")
    String broker;
    @Inject
    @ConfigProperty(name = "millrace.broker.port", defaultValue = "61616")
    int brokerPort;

    /** One guard for the application (a pseudo-scope: EgressGuard is final, so it gets no client proxy). */
    @Produces
    @Singleton
    EgressGuard egressGuard() {
        AllowList list = AllowList.parse(allow.orElse(""));
        for (String error : list.errors()) {
            LOG.severe(EgressPolicy.ALLOW_VARIABLE + ": " + error + "; the entry is ignored");
        }
        Set<Integer> own = ownPorts(httpPort, httpsPort.orElse(-1), internalHttpPort, "embedded".equalsIgnoreCase(broker) ? brokerPort : -1);
        LOG.info("Egress policy: internal addresses and this server's ports " + own + " are refused"
                + (list.isEmpty() ? "" : ", except " + list));
        return EgressGuard.of(new EgressPolicy(list, own, LocalAddresses.ofThisHost()));
    }

    static Set<Integer> ownPorts(int... ports) {
        Set<Integer> own = new HashSet<>();
        for (int port : ports) {
            if (port > 0) {
                own.add(port);
            }
        }
        return own;
    }
}
