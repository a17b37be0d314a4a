package io.millrace.infrastructure.runtime;

import io.millrace.runtime.StepInvocation;
import io.millrace.runtime.StepListener;
import io.millrace.runtime.StepOutcome;
import io.millrace.runtime.StepRuntime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the JavaScript engine and runs one trivial step while the application starts, so that the
 * first execution after a start does not pay for it inside its own time limit (on a loaded machine,
 * creating the engine took longer than a workflow's 30 s).
 */
@Singleton
@Startup
public class RuntimeWarmUp {
    private static final Logger LOG = Logger.getLogger(RuntimeWarmUp.class.getName());
    private static final String TRIVIAL = "export default defineComponent({ async run({ steps, $ }) { return 1 } })";

    @Inject
    StepRuntime runtime;

    private volatile boolean done;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void warmUp() {
        try {
            StepOutcome outcome = runtime.run(new StepInvocation("warm_up", TRIVIAL, "{}",
                    "{\"trigger\":{\"event\":{},\"context\":{}}}", Instant.now().plusSeconds(300)), StepListener.NONE);
            if (!outcome.succeeded()) {
                LOG.warning("the JavaScript runtime's warm-up step failed: " + outcome.error());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the JavaScript runtime could not be warmed up", e);
        }
        done = true;
    }

    /** True once the runtime has been created (whether or not its warm-up step succeeded). */
    public boolean done() {
        return done;
    }
}
