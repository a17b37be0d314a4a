package io.millrace.infrastructure.scheduling;

import io.millrace.application.intake.ScheduleIntake;
import io.millrace.domain.source.TimerSpec;
import io.millrace.domain.workflow.Workflow;
import io.millrace.domain.workflow.WorkflowDeployment;
import io.millrace.domain.workflow.WorkflowRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires workflows' schedule triggers: every 2 seconds, reads the active workflows and starts one execution for
 * each schedule trigger whose fire time has come. The next fire times are kept in memory, per deployment and
 * trigger, starting from when this node first saw the trigger ({@link TimerSpec#first}); so a redeploy or a restart
 * starts the schedule again and ticks missed while the server was down are not run. Not yet cluster-safe: every
 * node fires (persisted timers, the missed-fire policy and exactly-once across nodes are a later slice).
 */
@Singleton
public class ScheduleTicker {
    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());
    private static final int WORKFLOWS_PER_READ = 500;

    @Inject
    WorkflowRepository workflows;
    @Inject
    ScheduleIntake intake;

    private Map<String, Long> nextFire = new HashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        long now = System.currentTimeMillis();
        Map<String, Long> seen = new HashMap<>();
        try {
            String after = null;
            List<Workflow> page;
            do {
                page = workflows.after(after, WORKFLOWS_PER_READ);
                for (Workflow w : page) {
                    if (w.active()) {
                        tick(w, now, seen);
                    }
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            } while (page.size() == WORKFLOWS_PER_READ);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "firing schedule triggers failed; the next run tries again", e);
            seen.putAll(nextFire);
        }
        nextFire = seen;
    }

    private void tick(Workflow w, long now, Map<String, Long> seen) {
        WorkflowDeployment deployment = workflows.deployment(w.deploymentId()).orElse(null);
        if (deployment == null) {
            return;
        }
        List<TimerSpec> timers = ScheduleIntake.timers(deployment);
        for (int n = 0; n < timers.size(); n++) {
            TimerSpec timer = timers.get(n);
            String key = deployment.id() + "#" + n;
            long due = nextFire.getOrDefault(key, timer.first(now));
            if (due <= now) {
                try {
                    intake.fire(w, deployment, n, timer, due);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "schedule trigger " + n + " of workflow " + w.id() + " did not fire", e);
                }
                due = timer.next(due, now);
            }
            seen.put(key, due);
        }
    }
}
