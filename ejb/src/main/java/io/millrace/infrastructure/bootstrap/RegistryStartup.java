package io.millrace.infrastructure.bootstrap;

import io.millrace.application.cluster.NodeClaims;
import java.time.Duration;

import io.millrace.application.component.ComponentRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs Millrace's registry components soon after the application has started, on a container
 * timer thread, so that describing them (which warms up the JavaScript engine) does not delay the
 * start. A request that needs the registry earlier installs it itself ({@link ComponentRegistry}). Nodes that start
 * together install it one after the other ({@link NodeClaims}).
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class RegistryStartup {
    private static final Logger LOG = Logger.getLogger(RegistryStartup.class.getName());

    @Resource
    TimerService timers;
    @Inject
    ComponentRegistry registry;
    @Inject
    NodeClaims claims;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void install() {
        try {
            claims.alone("registry-install", Duration.ofMinutes(2), () -> registry.installShipped());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the component registry could not be installed", e);
        }
    }
}
