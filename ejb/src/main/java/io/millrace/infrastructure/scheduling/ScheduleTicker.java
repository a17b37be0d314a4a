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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires workflows' schedule triggers: every 2 seconds, reads the active workflows and starts one execution for
 * each schedule trigger whose fire time has come. The next fire times are kept in memory, per deployment and
 * trigger, starting from when this node first saw the trigger; each workflow's deployment is read when it changes, not on
 * every tick ({@link TimerSpec#first}); so a redeploy or a restart
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
    /** Each workflow's deployment id and its schedule triggers, so a deployment is read once, not every tick. */
    private final Map<String, Timers> known = new HashMap<>();

    /** The active workflows of the current tick; the others are forgotten at its end. */
    private final Set<String> active = new HashSet<>();

    private record Timers(String deploymentId, List<TimerSpec> specs) {
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        long now = System.currentTimeMillis();
        Map<String, Long> seen = new HashMap<>();
        active.clear();
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
            active.addAll(known.keySet());
        }
        nextFire = seen;
        known.keySet().retainAll(active);
    }

    private void tick(Workflow w, long now, Map<String, Long> seen) {
        if (w.deploymentId() == null) {
            return;
        }
        active.add(w.id());
        Timers cached = known.get(w.id());
        if (cached == null || !cached.deploymentId().equals(w.deploymentId())) {
            WorkflowDeployment deployment = workflows.deployment(w.deploymentId()).orElse(null);
            if (deployment == null) {
                return;
            }
            cached = new Timers(deployment.id(), ScheduleIntake.timers(deployment));
            known.put(w.id(), cached);
        }
        List<TimerSpec> timers = cached.specs();
        for (int n = 0; n < timers.size(); n++) {
            TimerSpec timer = timers.get(n);
            String key = cached.deploymentId() + "#" + n;
            long due = nextFire.getOrDefault(key, timer.first(now));
            if (due <= now) {
                try {
                    WorkflowDeployment deployment = workflows.deployment(cached.deploymentId()).orElseThrow();
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
