package io.millrace.batch;

import io.millrace.application.replay.ReplayRecovery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Restarts, shortly after the server started, the replay jobs a crash interrupted ({@link ReplayRecovery}); tries
 * again every {@value #RETRY_MS} ms while some are left (the batch runtime first has to mark the executions it found
 * in flight as failed), for at most {@value #ATTEMPTS} attempts.
 */
@Singleton
@Startup
public class ReplayStartup {
    private static final Logger LOG = Logger.getLogger(ReplayStartup.class.getName());
    static final long FIRST_MS = 3_000;
    static final long RETRY_MS = 5_000;
    static final int ATTEMPTS = 60;

    @Resource
    TimerService timers;
    @Inject
    ReplayRecovery recovery;

    private int attempts;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(FIRST_MS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        attempts++;
        int left;
        try {
            left = recovery.recover();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "replay recovery failed (attempt " + attempts + ")", e);
            left = 1;
        }
        if (left > 0 && attempts < ATTEMPTS) {
            timers.createSingleActionTimer(RETRY_MS, new TimerConfig(null, false));
        }
    }
}
